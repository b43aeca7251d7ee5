package kg.kozomol.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.FindingDraft;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.Methodology;
import kg.kozomol.brief.NewEvidence;
import kg.kozomol.brief.Precision;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.Assessment;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Confidence;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.PositionDraft;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.ProgressReport;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.StateResponses;
import kg.kozomol.tracker.Timeline;

/**
 * A CSO with a researcher, two state bodies with a focal point each, and a theme; briefs, recommendations,
 * positions and timeline entries are made through the real services, as users would make them.
 */
final class PortalWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final Briefs briefs;
    final Findings findings;
    final Recommendations recommendations;
    final Addressees addressees;
    final StateResponses responses;
    final Timeline timeline;
    final TransactionTemplate tx;
    final Organisation cso;
    final Organisation lead;
    final Organisation supporting;
    final Theme theme;
    final UserAccount researcherAccount;
    final KozomolPrincipal researcher;
    final KozomolPrincipal leadFocal;
    final KozomolPrincipal supportingFocal;

    PortalWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        briefs = context.getBean(Briefs.class);
        findings = context.getBean(Findings.class);
        recommendations = context.getBean(Recommendations.class);
        addressees = context.getBean(Addressees.class);
        responses = context.getBean(StateResponses.class);
        timeline = context.getBean(Timeline.class);
        tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        lead = fixtures.organisation(OrganisationKind.STATE_BODY);
        supporting = fixtures.organisation(OrganisationKind.STATE_BODY);
        int n = SEQUENCE.incrementAndGet();
        theme = tx.execute(s -> context.getBean(Themes.class).create(new ThemeDraft("portal-theme-" + n + "-" + System.nanoTime(),
                "Доступная среда " + n, "Жеткиликтүү чөйрө " + n, "Accessible environment " + n, true), false));
        researcherAccount = fixtures.user(Role.RESEARCHER, cso);
        researcher = principal(researcherAccount, cso, Role.RESEARCHER);
        leadFocal = principal(fixtures.user(Role.STATE_FOCAL_POINT, lead), lead, Role.STATE_FOCAL_POINT);
        supportingFocal = principal(fixtures.user(Role.STATE_FOCAL_POINT, supporting), supporting, Role.STATE_FOCAL_POINT);
    }

    static KozomolPrincipal principal(UserAccount user, Organisation organisation, Role role) {
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    Brief draftBrief(String titleRu, String titleKy, String summaryRu) {
        return as(researcher, () -> briefs.create(new BriefDraft(cso.id(), theme.id(), "ru", new Bilingual(titleRu, titleKy),
                new Bilingual(summaryRu, null), new Bilingual("<p>Проблема (синтетические данные).</p>", null),
                new Methodology(new Bilingual("<p>Опрос (синтетический).</p>", null), "Исследование 2026", 400, null),
                List.of(researcher.id())), researcher, false));
    }

    Brief reviewedBrief(String titleRu, String summaryRu) {
        Brief draft = draftBrief(titleRu, null, summaryRu);
        return as(researcher, () -> briefs.move(draft.id(), draft.version(), BriefStatus.INTERNAL_REVIEW));
    }

    Brief publish(Brief draft) {
        return as(researcher, () -> {
            Brief current = briefs.require(draft.id());
            Brief reviewed = briefs.move(current.id(), current.version(), BriefStatus.INTERNAL_REVIEW);
            return briefs.move(current.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
    }

    Brief publishedBrief(String titleRu, String summaryRu) {
        return publish(draftBrief(titleRu, null, summaryRu));
    }

    Brief withdraw(Brief brief) {
        return as(researcher, () -> briefs.move(brief.id(), briefs.require(brief.id()).version(), BriefStatus.WITHDRAWN));
    }

    Finding finding(Brief brief, String titleRu, String textRu) {
        return as(researcher, () -> findings.add(brief.id(), new FindingDraft(new Bilingual(titleRu, null),
                new Bilingual(textRu, null))));
    }

    void estimate(Brief brief, Finding finding, String title, int n, String margin) {
        as(researcher, () -> findings.attach(brief.id(), finding.id(), new NewEvidence(cso.id(), EvidenceKind.ESTIMATE, title,
                "Доля (синтетические данные)", null, null, "Опрос 2026", new Precision(n, new java.math.BigDecimal(margin), null))));
    }

    Recommendation draftRecommendation(Brief brief, String textRu, String textKy, List<Long> findingIds) {
        return as(researcher, () -> recommendations.create(new RecommendationDraft(brief.id(), 1, cso.id(), textRu, textKy,
                textRu != null ? "ru" : "ky", theme.id(), ActionType.BUDGET, Priority.HIGH, null, lead.id(),
                List.of(supporting.id()), List.of("4.a"), null, findingIds)));
    }

    Recommendation released(Brief brief, String textRu) {
        return release(draftRecommendation(brief, textRu, null, List.of()));
    }

    Recommendation release(Recommendation draft) {
        return as(researcher, () -> recommendations.release(draft.id(), recommendations.require(draft.id()).version()));
    }

    Addressee addressee(Recommendation recommendation, Organisation body) {
        return addressees.find(recommendation.id(), body.id()).orElseThrow();
    }

    KozomolPrincipal focalOf(Organisation body) {
        return body.id() == lead.id() ? leadFocal : supportingFocal;
    }

    StatePosition draftPosition(Recommendation recommendation, Organisation body, Position position, String reasoning) {
        Addressee addressee = addressee(recommendation, body);
        return as(focalOf(body), () -> responses.saveDraft(addressee.id(), new PositionDraft(position, reasoning,
                position.requiresEvidence() ? "https://example.org/evidence" : null, null, null, "01-12/345", null, null,
                "Управление (синтетическое)", List.of()), false));
    }

    StatePosition answer(Recommendation recommendation, Organisation body, Position position, String reasoning) {
        StatePosition draft = draftPosition(recommendation, body, position, reasoning);
        return as(focalOf(body), () -> responses.release(draft.id(), draft.version()));
    }

    void progress(Recommendation recommendation, Organisation body, Completion completion, String text) {
        Addressee addressee = addressee(recommendation, body);
        as(focalOf(body), () -> timeline.reportProgress(addressee.id(), new ProgressReport(null, completion, text, null)));
    }

    void assess(Recommendation recommendation, Organisation body, Completion completion, String method) {
        Addressee addressee = addressee(recommendation, body);
        as(researcher, () -> timeline.assess(addressee.id(), new Assessment(null, completion, null, method, Confidence.HIGH,
                null, null)));
    }

    /** Moves a recommendation's release (and its bodies' clocks) into the past, as time would. */
    void releasedOn(Recommendation recommendation, LocalDate day) {
        fixtures.jdbc().sql("update recommendation set released_at = cast(:day as date) + time '12:00' at time zone 'Asia/Bishkek' where id = :id")
                .param("day", day).param("id", recommendation.id()).update();
        fixtures.jdbc().sql("update addressee set due_date = cast(:day as date) + 30, original_due_date = cast(:day as date) + 30 "
                + "where recommendation_id = :id").param("day", day).param("id", recommendation.id()).update();
    }

    <T> T as(KozomolPrincipal user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return tx.execute(s -> action.get());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
