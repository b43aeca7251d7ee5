package kg.kozomol.tracker;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;

/** A CSO with a researcher, two state bodies with a focal point each, and a third body without one. */
final class TrackerScenario {

    final Fixtures fixtures;
    final Recommendations recommendations;
    final StateResponses responses;
    final Addressees addressees;
    final Timeline timeline;
    final Organisation cso;
    final Organisation lead;
    final Organisation supporting;
    final Organisation third;
    final KozomolPrincipal researcher;
    final KozomolPrincipal leadFocal;
    final KozomolPrincipal supportingFocal;
    final UserAccount researcherAccount;

    TrackerScenario(ApplicationContext context) {
        fixtures = new Fixtures(context);
        recommendations = context.getBean(Recommendations.class);
        responses = context.getBean(StateResponses.class);
        addressees = context.getBean(Addressees.class);
        timeline = context.getBean(Timeline.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        lead = fixtures.organisation(OrganisationKind.STATE_BODY);
        supporting = fixtures.organisation(OrganisationKind.STATE_BODY);
        third = fixtures.organisation(OrganisationKind.STATE_BODY);
        researcherAccount = fixtures.user(Role.RESEARCHER, cso);
        researcher = principal(researcherAccount, cso, Role.RESEARCHER);
        leadFocal = principal(fixtures.user(Role.STATE_FOCAL_POINT, lead), lead, Role.STATE_FOCAL_POINT);
        supportingFocal = principal(fixtures.user(Role.STATE_FOCAL_POINT, supporting), supporting, Role.STATE_FOCAL_POINT);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    private final TransactionTemplate tx;
    private final java.util.Map<Long, Long> briefs = new java.util.HashMap<>();

    static KozomolPrincipal principal(UserAccount user, Organisation organisation, Role role) {
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    void signIn(KozomolPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    /**
     * Tests name briefs by small numbers; the scenario makes one real published brief of its CSO per number, so
     * recommendations in one test share a brief exactly when the test says so.
     */
    long brief(long label) {
        return briefs.computeIfAbsent(label, l -> publishedBrief());
    }

    long publishedBrief() {
        long theme = fixtures.jdbc().sql("insert into theme (code, name_ru, active) values (:code, 'Тема', true) returning id")
                .param("code", "scenario-" + System.nanoTime()).query(Long.class).single();
        return fixtures.jdbc().sql("""
                insert into brief (organisation_id, theme_id, original_language, status, title_ru, published_version)
                values (:org, :theme, 'ru', 'PUBLISHED', 'Записка сценария (синтетические данные)', 1) returning id
                """).param("org", cso.id()).param("theme", theme).query(Long.class).single();
    }

    RecommendationDraft draft(long briefLabel) {
        return draftIn(brief(briefLabel));
    }

    RecommendationDraft draftIn(long briefId) {
        return new RecommendationDraft(briefId, 1, cso.id(), "Обеспечить пандусы во всех школах Каракола (синтетические данные).",
                null, "ru", null, ActionType.BUDGET, Priority.HIGH, null, lead.id(), List.of(supporting.id()), List.of("4.a", "10.2"));
    }

    Recommendation released(long briefLabel) {
        return releasedIn(brief(briefLabel));
    }

    Recommendation releasedIn(long briefId) {
        signIn(researcher);
        Recommendation created = recommendations.create(draftIn(briefId));
        return recommendations.release(created.id(), created.version());
    }

    Addressee addressee(Recommendation recommendation, Organisation body) {
        return addressees.find(recommendation.id(), body.id()).orElseThrow();
    }

    static PositionDraft position(Position position, String reasoning) {
        return new PositionDraft(position, reasoning, null, null, null, "01-12/345", null, null, "Управление образования", List.of());
    }

    Recommendation released(RecommendationDraft draft) {
        signIn(researcher);
        Recommendation created = recommendations.create(draft);
        return recommendations.release(created.id(), created.version());
    }

    RecommendationDraft draft(long briefLabel, Long themeId, java.time.LocalDate proposedDate, List<Long> supporting) {
        return new RecommendationDraft(brief(briefLabel), 1, cso.id(), "Синтетическая рекомендация для проверки сводки.", null, "ru",
                themeId, ActionType.POLICY, Priority.MEDIUM, proposedDate, lead.id(), supporting, List.of());
    }

    /** Noon of a day counted back from today in the platform's time zone, so dates never depend on the test's hour. */
    java.sql.Timestamp noon(int daysAgo) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Bishkek");
        return java.sql.Timestamp.from(recommendations.today().minusDays(daysAgo).atTime(12, 0).atZone(zone).toInstant());
    }

    /** Moves the writing and the release of a recommendation, and the addressing of its bodies, back in time. */
    void releasedDaysAgo(Recommendation r, int days) {
        fixtures.jdbc().sql("update recommendation set created_at = :at, released_at = :at where id = :id")
                .param("at", noon(days)).param("id", r.id()).update();
        fixtures.jdbc().sql("update addressee set created_at = :at where recommendation_id = :id")
                .param("at", noon(days)).param("id", r.id()).update();
    }

    /** The body's focal point drafts and releases a position, dated {@code daysAgo}. */
    StatePosition answer(Addressee addressee, KozomolPrincipal focal, PositionDraft draft, int daysAgo) {
        signIn(focal);
        StatePosition p = responses.saveDraft(addressee.id(), draft, false);
        StatePosition released = responses.release(p.id(), p.version());
        fixtures.jdbc().sql("update state_position set released_at = :at where id = :id")
                .param("at", noon(daysAgo)).param("id", released.id()).update();
        inTransaction(() -> {
            addressees.refreshDerived(addressee.recommendationId());
            return null;
        });
        return released;
    }

    void due(Addressee addressee, java.time.LocalDate date) {
        fixtures.jdbc().sql("update addressee set due_date = :d, original_due_date = :d where id = :id")
                .param("d", date).param("id", addressee.id()).update();
    }

    <T> T inTransaction(java.util.function.Supplier<T> work) {
        return tx.execute(s -> work.get());
    }
}
