package kg.kozomol.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import kg.kozomol.brief.Methodology;
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
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;

/**
 * The organising CSO with a researcher and a field monitor, a participating body with a focal point, a body that
 * is addressed but not at the table, an outside CSO, and a published brief with a released recommendation to both bodies.
 */
final class DialogueWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final TransactionTemplate tx;
    final Meetings meetings;
    final Agenda agenda;
    final Decisions decisions;
    final Briefs briefs;
    final Recommendations recommendations;
    final Addressees addressees;
    final Organisation cso;
    final Organisation body;
    final Organisation absentBody;
    final Organisation outsiderCso;
    final KozomolPrincipal researcher;
    final KozomolPrincipal monitor;
    final KozomolPrincipal focal;
    final KozomolPrincipal absentFocal;
    final KozomolPrincipal outsider;
    final long themeId;
    final ZoneId zone = ZoneId.of("Asia/Bishkek");

    DialogueWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        tx = context.getBean(TransactionTemplate.class);
        meetings = context.getBean(Meetings.class);
        agenda = context.getBean(Agenda.class);
        decisions = context.getBean(Decisions.class);
        briefs = context.getBean(Briefs.class);
        recommendations = context.getBean(Recommendations.class);
        addressees = context.getBean(Addressees.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        body = fixtures.organisation(OrganisationKind.STATE_BODY);
        absentBody = fixtures.organisation(OrganisationKind.STATE_BODY);
        outsiderCso = fixtures.organisation(OrganisationKind.CSO);
        researcher = member(Role.RESEARCHER, cso);
        monitor = member(Role.FIELD_MONITOR, cso);
        focal = member(Role.STATE_FOCAL_POINT, body);
        absentFocal = member(Role.STATE_FOCAL_POINT, absentBody);
        outsider = member(Role.RESEARCHER, outsiderCso);
        int n = SEQUENCE.incrementAndGet();
        themeId = tx.execute(s -> context.getBean(Themes.class)
                .create(new ThemeDraft("dialogue-theme-" + n + "-" + System.nanoTime(), "Тема " + n, null, null, true), false).id());
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        UserAccount user = fixtures.user(role, organisation);
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    <T> T as(KozomolPrincipal user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                user.getAuthorities()));
        try {
            return tx.execute(s -> work.get());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    Brief publishedBrief(String title) {
        return as(researcher, () -> {
            Brief brief = briefs.create(new BriefDraft(cso.id(), themeId, "ru", new Bilingual(title, null),
                    new Bilingual("<p>Кратко (синтетические данные)</p>", null), Bilingual.EMPTY,
                    new Methodology(Bilingual.EMPTY, null, null, null), List.of(researcher.id())), researcher, false);
            Brief reviewed = briefs.move(brief.id(), brief.version(), BriefStatus.INTERNAL_REVIEW);
            return briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
    }

    void withdraw(Brief brief) {
        as(researcher, () -> briefs.move(brief.id(), briefs.require(brief.id()).version(), BriefStatus.WITHDRAWN));
    }

    /** Addressed to the participating body (lead) and the absent one (supporting). */
    Recommendation releasedRecommendation(Brief brief) {
        return as(researcher, () -> {
            Recommendation created = recommendations.create(new RecommendationDraft(brief.id(), 1, cso.id(),
                    "Обеспечить пандусы во всех школах (синтетические данные).", null, "ru", null, ActionType.BUDGET,
                    Priority.HIGH, null, body.id(), List.of(absentBody.id()), List.of()));
            return recommendations.release(created.id(), created.version());
        });
    }

    Addressee addressee(Recommendation recommendation, Organisation organisation) {
        return addressees.find(recommendation.id(), organisation.id()).orElseThrow();
    }

    /** A meeting of the CSO with the participating body, yesterday from ten to noon. */
    MeetingDraft draft(String title) {
        return new MeetingDraft(title, null, today().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Бишкек, Институт нормотворчества, зал 2", false, null, cso.id(), List.of(body.id()));
    }

    Meeting meeting(String title) {
        return as(researcher, () -> meetings.create(draft(title), researcher));
    }

    Meeting heldMeeting(String title) {
        Meeting planned = meeting(title);
        return as(researcher, () -> meetings.move(planned.id(), planned.version(), MeetingStatus.HELD));
    }

    AgendaItem point(Meeting meeting, String title, List<String> references) {
        return as(researcher, () -> agenda.add(meeting.id(), new AgendaItemDraft(title, List.of(), references), researcher));
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }
}
