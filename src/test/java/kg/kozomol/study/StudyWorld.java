package kg.kozomol.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.sampling.Allocation;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.Estimate;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;
import kg.kozomol.support.Fixtures;

/** A CSO with a researcher, a theme, a state body with a focal point, and studies made through the real services. */
final class StudyWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final Studies studies;
    final StudyPlans plans;
    final StudyReviews reviews;
    final StudyComments comments;
    final TransactionTemplate tx;
    final Organisation cso;
    final Theme theme;
    final KozomolPrincipal researcher;
    final Organisation body;
    final KozomolPrincipal focal;

    StudyWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        studies = context.getBean(Studies.class);
        plans = context.getBean(StudyPlans.class);
        reviews = context.getBean(StudyReviews.class);
        comments = context.getBean(StudyComments.class);
        tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        int n = SEQUENCE.incrementAndGet();
        theme = tx.execute(s -> context.getBean(Themes.class).create(
                new ThemeDraft("study-theme-" + n + "-" + System.nanoTime(), "Тема " + n, "Тема " + n, "Theme " + n, true), false));
        researcher = member(Role.RESEARCHER, cso);
        body = fixtures.organisation(OrganisationKind.STATE_BODY);
        focal = member(Role.STATE_FOCAL_POINT, body);
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        return principal(fixtures.user(role, organisation), organisation, role);
    }

    static KozomolPrincipal principal(UserAccount user, Organisation organisation, Role role) {
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    Study study(String title) {
        return as(researcher, () -> studies.create(new StudyDraft(cso.id(), theme.id(), title, null, "Есть ли пандусы в школах?",
                List.of(StudyMethod.HOUSEHOLD_SURVEY, StudyMethod.SITE_AUDIT), "Домохозяйства Каракола",
                List.of(Oblast.ISSYK_KUL), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
                List.of(new Instrument("Анкета", "https://example.org/anketa")), "Устное согласие", Map.of()), researcher, false));
    }

    StudyPlan plan(Study study) {
        return as(researcher, () -> plans.save(study.id(), plans.find(study.id()).map(StudyPlan::version).orElse(null),
                karakolPlan(1_600L)));
    }

    /** 20,000 households in three districts; households with a child with a disability (6%) are a thin domain. */
    static SamplingPlan karakolPlan(Long planned) {
        return new SamplingPlan(Estimate.PROPORTION, 20_000L, 0.5, null, ConfidenceLevel.P95, 5.0, 1.5, 0.8,
                Allocation.PROPORTIONAL, planned, List.of(new Stratum("Каракол", 6_000L, null),
                        new Stratum("Ак-Суу", 9_000L, null), new Stratum("Жети-Огуз", 5_000L, null)),
                List.of(new Stage("Школа", 40L), new Stage("Домохозяйство", 40L)),
                List.of(new Domain("Ак-Суу", null, null, "Ак-Суу"), new Domain("Семьи с ребёнком с инвалидностью", 0.06, null, null)));
    }

    static <T> T as(KozomolPrincipal user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
