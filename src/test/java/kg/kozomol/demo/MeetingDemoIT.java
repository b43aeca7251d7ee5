package kg.kozomol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
class MeetingDemoIT {

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;

    @Test
    void loadsThreeSyntheticMeetingsOnTheDemoBriefsOneAtEachStage() {
        Fixtures fixtures = new Fixtures(context);
        Map<String, Organisation> organisations = new HashMap<>();
        organisations.put("cso-law", fixtures.organisation(OrganisationKind.CSO));
        organisations.put("cso-inclusion", fixtures.organisation(OrganisationKind.CSO));
        organisations.put("coordinator", fixtures.organisation(OrganisationKind.COORDINATOR));
        organisations.put("experts", fixtures.organisation(OrganisationKind.EXPERT_GROUP));
        for (String body : List.of("minjust", "institute", "mineducation", "karakol", "minlabour", "mininterior", "ombudsman")) {
            organisations.put(body, fixtures.organisation(OrganisationKind.STATE_BODY));
        }
        Map<Role, UserAccount> users = new EnumMap<>(Role.class);
        users.put(Role.RESEARCHER, fixtures.user(Role.RESEARCHER, organisations.get("cso-law")));
        users.put(Role.COORDINATOR, fixtures.user(Role.COORDINATOR, organisations.get("coordinator")));
        users.put(Role.STATE_FOCAL_POINT, fixtures.user(Role.STATE_FOCAL_POINT, organisations.get("minjust")));
        tx.executeWithoutResult(s -> {
            for (String code : List.of("green-skills-migration", "karakol-school-accessibility", "unscr-1325",
                    "talas-social-contract", "inclusive-environment", "women-probation", "alimony")) {
                context.getBean(Themes.class).create(new ThemeDraft(code, code, code, code, true), true);
            }
            var briefs = context.getBean(DemoBriefs.class).load(users.get(Role.RESEARCHER), organisations.get("cso-law").id());
            context.getBean(DemoMeetings.class).load(organisations, users, briefs);
        });
        assertThat(fixtures.jdbc().sql("select status from meeting where title_ru like '[Демо]%' order by starts_at")
                .query(String.class).list()).containsExactly("MINUTES_APPROVED", "HELD", "PLANNED");
        assertThat(fixtures.count("select count(*) from agenda_item_brief")).isEqualTo(3);
        assertThat(fixtures.count("select count(*) from meeting_decision where kind = 'ACTION'")).isEqualTo(2);
        assertThat(fixtures.count("select count(*) from minutes_comment")).isEqualTo(1);
    }
}
