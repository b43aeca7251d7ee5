package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.DashboardFigures.BodyFigures;
import kg.kozomol.tracker.DashboardFigures.GroupCount;
import kg.kozomol.tracker.DashboardFigures.OverdueItem;
import kg.kozomol.tracker.DashboardFigures.PositionCount;
import kg.kozomol.tracker.DashboardFigures.StatusCount;

/**
 * The dashboard's figures on a constructed set: one CSO's five recommendations to a lead body (L) and a
 * supporting one (S), with answers after a known number of days. T is today.
 * <pre>
 * R1 theme A, released T-20: L accepted after 4 days; S silent, due T-5 (response overdue 5 days)
 * R2 theme A, released T-10, implementation proposed for T-1: L rejected after 10 days; S noted after 2 days
 *    (implementation overdue 1 day)
 * R3 theme B, released T-40, proposed T+30: L silent, due T+10; S partially accepted after 7 days with a measure
 *    due T-3 (implementation overdue 3 days: the body's measure replaces the proposed date)
 * R4 theme A, a draft
 * R5 theme B, released T-30 to L only, proposed T-5: L accepted after 3 days, then reported it complete (closed)
 * </pre>
 */
@KozomolTest
class TrackerDashboardIT {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TrackerDashboard dashboard;
    @Autowired NoResponseSweep sweep;
    @Autowired Themes themes;
    TrackerScenario s;
    Theme themeA;
    Theme themeB;
    Recommendation r1;
    Recommendation r2;
    Recommendation r3;
    LocalDate today;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
        today = s.recommendations.today();
        themeA = s.inTransaction(() -> themes.create(new ThemeDraft("dash-a-" + s.cso.id(), "Тема А", "А темасы", "Theme A", true), false));
        themeB = s.inTransaction(() -> themes.create(new ThemeDraft("dash-b-" + s.cso.id(), "Тема Б", "Б темасы", "Theme B", true), false));
        List<Long> supporting = List.of(s.supporting.id());

        r1 = s.released(s.draft(401, themeA.id(), null, supporting));
        s.releasedDaysAgo(r1, 20);
        s.answer(s.addressee(r1, s.lead), s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 16);
        s.due(s.addressee(r1, s.supporting), today.minusDays(5));

        r2 = s.released(s.draft(402, themeA.id(), today.minusDays(1), supporting));
        s.releasedDaysAgo(r2, 10);
        s.answer(s.addressee(r2, s.lead), s.leadFocal, TrackerScenario.position(Position.REJECTED, "Нет средств"), 0);
        s.answer(s.addressee(r2, s.supporting), s.supportingFocal, TrackerScenario.position(Position.NOTED, "Учтём"), 8);

        r3 = s.released(s.draft(403, themeB.id(), today.plusDays(30), supporting));
        s.releasedDaysAgo(r3, 40);
        s.due(s.addressee(r3, s.lead), today.plusDays(10));
        PositionDraft withMeasure = new PositionDraft(Position.PARTIALLY_ACCEPTED, "Частично", null, null, null, "01-1/9", null,
                null, "Отдел", List.of(new PlannedMeasure("Разработать порядок", today.minusDays(3))));
        s.answer(s.addressee(r3, s.supporting), s.supportingFocal, withMeasure, 33);

        s.signIn(s.researcher);
        s.recommendations.create(s.draft(404, themeA.id(), null, supporting));

        Recommendation r5 = s.released(s.draft(405, themeB.id(), today.minusDays(5), List.of()));
        s.releasedDaysAgo(r5, 30);
        Addressee r5Lead = s.addressee(r5, s.lead);
        s.answer(r5Lead, s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 27);
        s.timeline.reportProgress(r5Lead.id(), new ProgressReport(null, Completion.COMPLETE, "Исполнено", null));

        // The recurring sweep may or may not have run yet; run it so R1's silent body is NO_RESPONSE either way.
        sweep.markMissed(today);
    }

    @Test
    void countsByStatusPositionThemeAndOrganisation() {
        DashboardFigures f = dashboard.figures(mine(null, null), today);

        assertThat(f.byStatus()).containsExactly(new StatusCount(RecommendationStatus.RELEASED, 4),
                new StatusCount(RecommendationStatus.DRAFT, 1));
        assertThat(f.byPosition()).containsExactly(new PositionCount(Position.ACCEPTED, 2, 28.6),
                new PositionCount(Position.PARTIALLY_ACCEPTED, 1, 14.3), new PositionCount(Position.NOTED, 1, 14.3),
                new PositionCount(Position.REJECTED, 1, 14.3), new PositionCount(Position.NO_RESPONSE, 1, 14.3),
                new PositionCount(null, 1, 14.3));
        assertThat(f.byTheme()).containsExactly(new GroupCount(themeA.id(), 3, 2), new GroupCount(themeB.id(), 2, 2));
        assertThat(f.byOrganisation()).containsExactly(new GroupCount(s.cso.id(), 5, 4));
    }

    @Test
    void responseRateAndMedianDaysPerBody() {
        DashboardFigures f = dashboard.figures(mine(null, null), today);

        // L: answered R1 (4 days), R2 (10), R5 (3); R3 not yet due; nothing to implement overdue.
        // S: answered R2 (2), R3 (7); R1 overdue; implementation of R2 and R3 overdue.
        assertThat(f.bodies()).containsExactly(
                new BodyFigures(s.lead.id(), 4, 3, 0, 0, 100.0, 4.0),
                new BodyFigures(s.supporting.id(), 3, 2, 1, 2, 66.7, 4.5));
    }

    @Test
    void overdueListsNameTheBodyTheDateAndHowLate() {
        DashboardFigures f = dashboard.figures(mine(null, null), today);

        assertThat(f.responseOverdue().total()).isEqualTo(1);
        assertThat(f.responseOverdue().items()).containsExactly(new OverdueItem(r1.id(), r1.reference(),
                s.addressee(r1, s.supporting).id(), s.supporting.id(), today.minusDays(5), 5, null));
        assertThat(f.implementationOverdue().total()).isEqualTo(2);
        assertThat(f.implementationOverdue().items()).containsExactly(
                new OverdueItem(r3.id(), r3.reference(), s.addressee(r3, s.supporting).id(), s.supporting.id(),
                        today.minusDays(3), 3, null),
                new OverdueItem(r2.id(), r2.reference(), s.addressee(r2, s.supporting).id(), s.supporting.id(),
                        today.minusDays(1), 1, null));
    }

    @Test
    void filtersByThemeAndYear() {
        DashboardFigures themeA = dashboard.figures(new DashboardFilter(s.cso.id(), this.themeA.id(), null, null), today);
        assertThat(themeA.byStatus()).containsExactly(new StatusCount(RecommendationStatus.RELEASED, 2),
                new StatusCount(RecommendationStatus.DRAFT, 1));
        assertThat(themeA.bodies()).extracting(BodyFigures::addressed).containsExactly(2L, 2L);
        assertThat(themeA.implementationOverdue().items()).extracting(OverdueItem::recommendationId).containsExactly(r2.id());

        // The draft R4 counts by the day it was written (today), the others by their release, 10 to 40 days ago.
        long thisYear = java.util.stream.Stream.of(0, 10, 20, 30, 40)
                .filter(days -> today.minusDays(days).getYear() == today.getYear()).count();
        assertThat(dashboard.figures(new DashboardFilter(s.cso.id(), null, today.getYear(), null), today).byOrganisation())
                .extracting(GroupCount::total).containsExactly(thisYear);
        DashboardFigures none = dashboard.figures(new DashboardFilter(s.cso.id(), null, 1999, null), today);
        assertThat(none.byStatus()).isEmpty();
        assertThat(none.bodies()).isEmpty();
        assertThat(none.responseOverdue().total()).isZero();
        assertThat(dashboard.years()).contains(today.getYear());
    }

    @Test
    void theScopeKeepsAResearcherToTheirOwnOrganisations() {
        DashboardFigures other = dashboard.figures(new DashboardFilter(s.cso.id(), null, null, java.util.Set.of(-5L)), today);
        assertThat(other.byOrganisation()).isEmpty();
        assertThat(other.bodies()).isEmpty();
        assertThat(dashboard.figures(new DashboardFilter(null, null, null, java.util.Set.of(s.cso.id())), today)
                .byOrganisation()).containsExactly(new GroupCount(s.cso.id(), 5, 4));
    }

    @Test
    void thePageShowsTheFiguresToCoordinatorsAndOnlyTheirOwnToAResearcher() throws Exception {
        mvc.perform(get("/tracker/dashboard").param("organisation", Long.toString(s.cso.id())).with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ответы государственных органов")))
                .andExpect(content().string(containsString(r1.reference())))
                .andExpect(content().string(containsString("66,7 %")))
                .andExpect(content().string(containsString("4,5")));
        mvc.perform(get("/tracker/dashboard").with(TestUsers.as(s.researcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("только ваших организаций")))
                .andExpect(content().string(containsString(r1.reference())));
        KozomolPrincipal otherResearcher = TrackerScenario.principal(s.fixtures.user(Role.RESEARCHER),
                s.fixtures.organisation(OrganisationKind.CSO), Role.RESEARCHER);
        mvc.perform(get("/tracker/dashboard").param("organisation", Long.toString(s.cso.id())).with(TestUsers.as(otherResearcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(r1.reference()))));
        mvc.perform(get("/tracker/dashboard").with(TestUsers.as(s.leadFocal))).andExpect(status().isForbidden());
        mvc.perform(get("/tracker/dashboard").param("year", "not-a-year").with(TestUsers.as(Role.COORDINATOR)))
                .andExpect(status().is4xxClientError());
    }

    private DashboardFilter mine(Long theme, Integer year) {
        return new DashboardFilter(s.cso.id(), theme, year, null);
    }
}
