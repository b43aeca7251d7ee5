package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.jobs.RecurringWork;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Implementation due dates and flags, and the reminder job. The reminders are tried on days far ahead of
 * today, which the job running on its own schedule in this context never reaches.
 */
@KozomolTest
class TrackerDeadlinesIT {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Deadlines deadlines;
    @Autowired DeadlineReminders reminders;
    @Autowired Followers followers;
    TrackerScenario s;
    LocalDate today;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
        today = s.recommendations.today();
    }

    @Test
    void implementationIsDueByTheBodysLastPlannedMeasureOrElseByTheProposedDate() {
        Recommendation r = s.released(s.draft(501, null, today.plusDays(3), List.of(s.supporting.id())));
        Addressee lead = s.addressee(r, s.lead);
        Addressee supporting = s.addressee(r, s.supporting);
        s.answer(lead, s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        s.answer(supporting, s.supportingFocal, new PositionDraft(Position.PARTIALLY_ACCEPTED, "Частично", null, null, null,
                null, null, null, null, List.of(new PlannedMeasure("Этап 1", today.minusDays(2)),
                        new PlannedMeasure("Этап 2", today.plusDays(20)))), 0);

        assertThat(deadlines.implementation(List.of(lead.id(), supporting.id()), today)).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(lead.id(), new ImplementationDeadline(today.plusDays(3), DeadlineFlag.DUE_SOON),
                        supporting.id(), new ImplementationDeadline(today.plusDays(20), DeadlineFlag.ON_TRACK)));
        assertThat(deadlines.summaries(List.of(r.id()), today)).containsEntry(r.id(), new DeadlineSummary(0, 0, 0, 1));

        s.signIn(s.researcher);
        s.recommendations.update(r.id(), s.recommendations.require(r.id()).version(),
                s.draft(501, null, today.plusDays(15), List.of(s.supporting.id())));
        assertThat(deadlines.implementation(List.of(lead.id(), supporting.id()), today)).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(lead.id(), new ImplementationDeadline(today.plusDays(15), DeadlineFlag.ON_TRACK),
                        supporting.id(), new ImplementationDeadline(today.plusDays(20), DeadlineFlag.ON_TRACK)));
    }

    @Test
    void implementationIsOverdueUntilCompleteAndNotExpectedAfterARejection() {
        Recommendation r = s.released(s.draft(502, null, today.minusDays(4), List.of(s.supporting.id())));
        Addressee lead = s.addressee(r, s.lead);
        Addressee supporting = s.addressee(r, s.supporting);
        s.answer(lead, s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        s.answer(supporting, s.supportingFocal, TrackerScenario.position(Position.REJECTED, "Не в компетенции бюджета"), 0);

        assertThat(deadlines.implementation(List.of(lead.id()), today).get(lead.id()))
                .isEqualTo(new ImplementationDeadline(today.minusDays(4), DeadlineFlag.OVERDUE));
        assertThat(deadlines.implementation(List.of(supporting.id()), today).get(supporting.id()))
                .isEqualTo(new ImplementationDeadline(null, null));
        assertThat(deadlines.summaries(List.of(r.id()), today)).containsEntry(r.id(), new DeadlineSummary(0, 0, 1, 0));

        s.signIn(s.leadFocal);
        s.timeline.reportProgress(lead.id(), new ProgressReport(null, Completion.COMPLETE, "Выполнено", null));
        assertThat(deadlines.implementation(List.of(lead.id()), today).get(lead.id()).flag()).isEqualTo(DeadlineFlag.CLOSED);
        assertThat(deadlines.summaries(List.of(r.id()), today)).doesNotContainKey(r.id());
    }

    @Test
    void theFlagsShowOnTheRecommendationPageTheTrackerListAndTheInbox() throws Exception {
        Recommendation r = s.released(s.draft(503, null, today.minusDays(6), List.of(s.supporting.id())));
        s.answer(s.addressee(r, s.lead), s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        s.due(s.addressee(r, s.supporting), today.plusDays(2));
        SecurityContextHolder.clearContext();

        mvc.perform(get("/recommendations/" + r.id()).with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Срок исполнения")))
                .andExpect(content().string(containsString("status--overdue")));
        mvc.perform(get("/recommendations").param("brief", Long.toString(s.brief(503))).with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("исполнение просрочено: 2")))
                .andExpect(content().string(containsString("срок ответа скоро: 1")));
        mvc.perform(get("/tracker/inbox").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Срок исполнения")))
                .andExpect(content().string(containsString("просрочено")));
    }

    @Test
    void aResponseDeadlineIsRemindedOnceBeforeAndOnceAfterToTheBodyAndItsFollowers() throws Exception {
        Recommendation r = s.released(s.draft(504, null, null, List.of(s.supporting.id())));
        Addressee lead = s.addressee(r, s.lead);
        LocalDate due = today.plusDays(100);
        s.due(lead, due);
        s.due(s.addressee(r, s.supporting), due.plusDays(50));
        UserAccount follower = s.fixtures.user(Role.EXPERT);
        UserAccount bodyFollower = s.fixtures.user(Role.COORDINATOR);
        followers.follow(follower.id(), r.id());
        followers.follow(bodyFollower.id(), FollowKind.BODY, s.lead.id());
        SecurityContextHolder.clearContext();

        assertThat(reminders.remind(due.minusDays(8))).isZero();
        CompletableFuture<Integer> node1 = CompletableFuture.supplyAsync(() -> reminders.remind(due.minusDays(7)));
        CompletableFuture<Integer> node2 = CompletableFuture.supplyAsync(() -> reminders.remind(due.minusDays(7)));
        assertThat(node1.get() + node2.get()).as("two nodes at once send it once").isEqualTo(1);
        assertThat(reminders.remind(due.minusDays(3))).isZero();
        assertThat(recipients(r, "tracker.notice.responseDueSoon"))
                .containsExactlyInAnyOrder(s.leadFocal.id(), follower.id(), bodyFollower.id());

        assertThat(reminders.remind(due.plusDays(1))).isEqualTo(1);
        assertThat(reminders.remind(due.plusDays(2))).isZero();
        // The no-response sweep tells the followers; the reminder goes to the body that missed it.
        assertThat(recipients(r, "tracker.notice.responseOverdue")).containsExactly(s.leadFocal.id());

        s.signIn(s.researcher);
        s.timeline.reviseDeadline(lead.id(), due.plusDays(20), "Решение рабочей встречи");
        SecurityContextHolder.clearContext();
        assertThat(reminders.remind(due.plusDays(14))).as("a revised date is a new deadline").isEqualTo(1);
        assertThat(s.fixtures.count("select count(*) from deadline_reminder where addressee_id = " + lead.id())).isEqualTo(3);
        assertThat(s.fixtures.jdbc().sql("select message_args::text from notification where message_key = 'tracker.notice.responseDueSoon' "
                + "and user_id = :u order by id").param("u", s.leadFocal.id()).query(String.class).list())
                .hasSize(2).allSatisfy(args -> assertThat(args).contains(r.reference()).contains(s.lead.nameRu()));
        assertThat(s.fixtures.jdbc().sql("select link from notification where message_key = 'tracker.notice.responseOverdue'")
                .query(String.class).single()).isEqualTo("/recommendations/" + r.id() + "#body-" + lead.id());
    }

    @Test
    void anImplementationDeadlineIsRemindedUntilTheBodyReportsItComplete() {
        LocalDate due = today.plusDays(300);
        Recommendation r = s.released(s.draft(505, null, due, List.of()));
        Addressee lead = s.addressee(r, s.lead);
        s.answer(lead, s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        UserAccount follower = s.fixtures.user(Role.EXPERT);
        followers.follow(follower.id(), r.id());
        SecurityContextHolder.clearContext();

        assertThat(reminders.remind(due.minusDays(3))).isEqualTo(1);
        assertThat(reminders.remind(due.minusDays(1))).isZero();
        assertThat(recipients(r, "tracker.notice.implementationDueSoon")).containsExactlyInAnyOrder(s.leadFocal.id(), follower.id());
        assertThat(reminders.remind(due.plusDays(1))).isEqualTo(1);
        assertThat(recipients(r, "tracker.notice.implementationOverdue")).containsExactlyInAnyOrder(s.leadFocal.id(), follower.id());

        Recommendation done = s.released(s.draft(505, null, due, List.of()));
        Addressee doneLead = s.addressee(done, s.lead);
        s.answer(doneLead, s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        s.timeline.reportProgress(doneLead.id(), new ProgressReport(null, Completion.COMPLETE, "Исполнено", null));
        SecurityContextHolder.clearContext();
        assertThat(reminders.remind(due.plusDays(2))).as("a complete implementation is not reminded of").isZero();
    }

    @Test
    void theReminderJobIsAClusterSafeRecurringTask() {
        assertThat(context.getBeansOfType(RecurringWork.class).values()).anySatisfy(w -> {
            assertThat(w.name()).isEqualTo("tracker-deadline-reminders");
            assertThat(w.every()).isEqualTo(Duration.ofHours(1));
        });
    }

    private List<Long> recipients(Recommendation r, String key) {
        return s.fixtures.jdbc().sql("select user_id from notification where message_key = :key and link like :link")
                .param("key", key).param("link", "/recommendations/" + r.id() + "#%").query(Long.class).list();
    }
}
