package kg.kozomol.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.FindingDraft;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.support.Fixtures;

/** A CSO with a researcher, a study of it, and a brief with one finding to cite an analysis from. */
final class AnalysisWorld {

    final Fixtures fixtures;
    final Organisation cso;
    final KozomolPrincipal researcher;
    final Study study;
    final Brief brief;
    final Finding finding;

    AnalysisWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        researcher = member(Role.RESEARCHER, cso);
        Theme theme = tx.execute(s -> context.getBean(Themes.class).create(new ThemeDraft("analysis-theme-" + System.nanoTime(),
                "Тема", "Тема", "Theme", true), false));
        study = as(researcher, () -> context.getBean(Studies.class).create(new StudyDraft(cso.id(), theme.id(),
                "Опрос домохозяйств", null, "Сколько платят?", List.of(StudyMethod.HOUSEHOLD_SURVEY), "Домохозяйства",
                List.of(Oblast.TALAS), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), List.of(), "Устное согласие",
                Map.of()), researcher, false));
        brief = as(researcher, () -> context.getBean(Briefs.class).create(new BriefDraft(cso.id(), theme.id(), "ru",
                new Bilingual("Записка об алиментах", null), Bilingual.EMPTY, Bilingual.EMPTY,
                new Methodology(Bilingual.EMPTY, null, null, null), List.of(researcher.id())), researcher, false));
        finding = as(researcher, () -> context.getBean(Findings.class).add(brief.id(),
                new FindingDraft(new Bilingual("Доходы низкие", null), Bilingual.EMPTY)));
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        var user = fixtures.user(role, organisation);
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    static <T> T as(KozomolPrincipal user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
