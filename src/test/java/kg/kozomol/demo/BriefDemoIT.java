package kg.kozomol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class BriefDemoIT {

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;

    @Test
    void loadsOnePublishedSyntheticBriefPerDemoThemeWithTwoFindingsAndABadgedEstimate() {
        Fixtures fixtures = new Fixtures(context);
        Organisation cso = fixtures.organisation(OrganisationKind.CSO);
        UserAccount researcher = fixtures.user(Role.RESEARCHER, cso);
        tx.executeWithoutResult(s -> {
            for (String code : List.of("green-skills-migration", "karakol-school-accessibility", "unscr-1325",
                    "talas-social-contract", "inclusive-environment", "women-probation", "alimony")) {
                context.getBean(Themes.class).create(new ThemeDraft(code, code, code, code, true), true);
            }
            context.getBean(DemoBriefs.class).load(researcher, cso.id());
        });
        assertThat(fixtures.count("select count(*) from brief where status = 'PUBLISHED' and demo and title_ru like '[Синтетические%'"))
                .isEqualTo(7);
        assertThat(fixtures.count("select count(distinct theme_id) from brief")).isEqualTo(7);
        assertThat(fixtures.count("select count(*) from brief_finding")).isEqualTo(14);
        assertThat(fixtures.count("select count(*) from evidence_item where margin_of_error > 5")).isEqualTo(7);
        assertThat(fixtures.count("select count(*) from brief_version where number = 1")).isEqualTo(7);
    }
}
