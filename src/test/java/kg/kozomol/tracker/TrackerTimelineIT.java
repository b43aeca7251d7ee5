package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class TrackerTimelineIT {

    @Autowired ApplicationContext context;
    @Autowired NoResponseSweep sweep;
    @Autowired Followers followers;
    @Autowired Successions successions;
    TrackerScenario s;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
    }

    /** Events are written out of date order; the timeline shows them by the date they happened. */
    @Test
    void theTimelineMergesStateUpdatesAssessmentsRepliesAndEventsByDate() {
        Recommendation r = s.released(201);
        Addressee lead = s.addressee(r, s.lead);
        backdateRelease(r, 20);
        LocalDate today = s.recommendations.today();
        s.signIn(s.leadFocal);
        StatePosition p = s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.ACCEPTED, null), false);
        s.responses.release(p.id(), p.version());
        s.timeline.reportProgress(lead.id(), new ProgressReport(today.minusDays(10), Completion.LIMITED, "Закуплены материалы", null));
        s.signIn(s.researcher);
        TimelineEntry assessment = s.timeline.assess(lead.id(), new Assessment(today.minusDays(15), Completion.NOT_STARTED,
                null, "Повторный аудит школ", Confidence.HIGH, "Пандусов нет", null));
        s.signIn(s.leadFocal);
        s.timeline.reply(assessment.id(), "Работы начаты после аудита");

        assertThat(s.timeline.entries(lead.id())).extracting(TimelineEntry::kind).containsExactly(
                TimelineKind.ASSESSMENT, TimelineKind.PROGRESS, TimelineKind.POSITION_RELEASED, TimelineKind.REPLY);
        TimelineEntry reply = s.timeline.entries(lead.id()).get(3);
        assertThat(reply.replyToId()).isEqualTo(assessment.id());
    }

    @Test
    void ratingsSideBySideAreDisputedWhenTwoStepsApart() {
        Recommendation r = s.released(202);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(lead.id(), new ProgressReport(null, Completion.COMPLETE, "Всё сделано", null));
        assertThat(s.timeline.ratings(lead.id()).disputed()).isFalse();
        s.signIn(s.researcher);
        s.timeline.assess(lead.id(), new Assessment(null, Completion.SUBSTANTIAL, Effect.MARGINAL, "Аудит", Confidence.MEDIUM, null, null));
        assertThat(s.timeline.ratings(lead.id())).isEqualTo(new Ratings(Completion.COMPLETE, Completion.SUBSTANTIAL));
        assertThat(s.timeline.ratings(lead.id()).disputed()).isFalse();
        s.timeline.assess(lead.id(), new Assessment(null, Completion.LIMITED, null, "Повторный аудит", Confidence.HIGH, null, null));
        assertThat(s.timeline.ratings(lead.id()).disputed()).isTrue();
    }

    @Test
    void theDeadlineJobMarksSilentBodiesAsNoResponseAndTellsTheAuthorsAndFollowers() {
        Recommendation r = s.released(203);
        Addressee lead = s.addressee(r, s.lead);
        Addressee supporting = s.addressee(r, s.supporting);
        s.signIn(s.leadFocal);
        StatePosition p = s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.ACCEPTED, null), false);
        s.responses.release(p.id(), p.version());
        var follower = s.fixtures.user(kg.kozomol.platform.Role.EXPERT);
        followers.follow(follower.id(), r.id());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(sweep.markMissed(supporting.dueDate())).isZero();
        assertThat(sweep.markMissed(supporting.dueDate().plusDays(1))).isEqualTo(1);
        assertThat(sweep.markMissed(supporting.dueDate().plusDays(2))).isZero();

        assertThat(s.addressee(r, s.supporting).position()).isEqualTo(Position.NO_RESPONSE);
        assertThat(s.addressee(r, s.lead).position()).isEqualTo(Position.ACCEPTED);
        TimelineEntry event = s.timeline.entries(supporting.id()).get(0);
        assertThat(event.kind()).isEqualTo(TimelineKind.NO_RESPONSE);
        assertThat(event.previousDate()).isEqualTo(supporting.dueDate());
        assertThat(s.fixtures.jdbc().sql("select user_id from notification where message_key = 'tracker.notice.noResponse' order by user_id")
                .query(Long.class).list()).containsExactlyInAnyOrder(s.researcher.id(), follower.id());
        assertThat(s.fixtures.jdbc().sql("select link from notification where message_key = 'tracker.notice.noResponse' limit 1")
                .query(String.class).single()).isEqualTo("/recommendations/" + r.id());
    }

    @Test
    void aRevisedDeadlineKeepsTheOriginalDateAndItsReason() {
        Recommendation r = s.released(204);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.researcher);
        LocalDate newDate = lead.dueDate().plusDays(14);
        s.timeline.reviseDeadline(lead.id(), newDate, "Решение рабочей встречи");
        Addressee after = s.addressee(r, s.lead);
        assertThat(after.dueDate()).isEqualTo(newDate);
        assertThat(after.originalDueDate()).isEqualTo(lead.dueDate());
        assertThat(after.deadlineRevised()).isTrue();
        TimelineEntry event = s.timeline.entries(lead.id()).get(0);
        assertThat(event.previousDate()).isEqualTo(lead.dueDate());
        assertThat(event.body()).isEqualTo("Решение рабочей встречи");
    }

    @Test
    void aDeadlineBeforeTheReleaseOrWithoutAReasonIsAFieldError() {
        Recommendation r = s.released(205);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.researcher);
        LocalDate today = s.recommendations.today();
        assertThatThrownBy(() -> s.timeline.reviseDeadline(lead.id(), today.minusDays(3), "Перенос"))
                .isInstanceOfSatisfying(TrackerRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("newDate");
                    assertThat(e.messageKey()).isEqualTo("tracker.rule.dateAfterRelease");
                });
        assertThatThrownBy(() -> s.timeline.reviseDeadline(lead.id(), today.plusDays(60), " "))
                .isInstanceOfSatisfying(TrackerRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(s.addressee(r, s.lead).dueDate()).isEqualTo(lead.dueDate());
    }

    @Test
    void aSuccessorInheritsOpenRecommendationsButNotClosedOnes() {
        Recommendation open = s.released(206);
        Recommendation rejected = s.released(206);
        s.signIn(s.leadFocal);
        StatePosition p = s.responses.saveDraft(s.addressee(rejected, s.lead).id(),
                TrackerScenario.position(Position.REJECTED, "Нет средств"), false);
        s.responses.release(p.id(), p.version());
        int inherited = successions.setSuccessor(s.lead.id(), s.third.id());
        assertThat(inherited).isEqualTo(1);
        Addressee successor = s.addressee(open, s.third);
        assertThat(successor.dueDate()).isEqualTo(s.addressee(open, s.lead).dueDate());
        assertThat(s.addressees.find(rejected.id(), s.third.id())).isEmpty();
        assertThat(successions.successor(s.lead.id())).contains(s.third.id());
    }

    @Test
    void followersAreToldOfUpdates() {
        Recommendation r = s.released(207);
        followers.follow(s.researcher.id(), r.id());
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(s.addressee(r, s.lead).id(), new ProgressReport(null, Completion.NOT_STARTED, "План утверждён", null));
        assertThat(s.fixtures.count("select count(*) from notification where message_key = 'tracker.notice.progress'")).isEqualTo(1);
        followers.unfollow(s.researcher.id(), r.id());
        assertThat(followers.isFollowing(s.researcher.id(), r.id())).isFalse();
    }

    @Test
    void theDeadlineJobIsAClusterSafeRecurringTaskEveryFiveMinutes() {
        assertThat(context.getBeansOfType(kg.kozomol.jobs.RecurringWork.class).values())
                .anySatisfy(w -> {
                    assertThat(w.name()).isEqualTo("tracker-no-response");
                    assertThat(w.every()).isEqualTo(java.time.Duration.ofMinutes(5));
                });
    }

    @Test
    void creatingReleasingAndAssessingAreAudited() {
        Recommendation r = s.released(208);
        Addressee lead = s.addressee(r, s.lead);
        s.timeline.assess(lead.id(), new Assessment(null, Completion.NO_EVIDENCE, null, "Запрос", Confidence.LOW, null, null));
        String id = Long.toString(r.id());
        assertThat(s.fixtures.jdbc().sql("select action from audit_event where entity_type = 'recommendation' and entity_id = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        assertThat(s.fixtures.jdbc().sql("select actor_id from audit_event where entity_type = 'timeline_entry' order by id desc limit 1")
                .query(Long.class).single()).isEqualTo(s.researcher.id());
    }

    private void backdateRelease(Recommendation r, int days) {
        s.fixtures.jdbc().sql("update recommendation set released_at = released_at - make_interval(days => :d) where id = :id")
                .param("d", days).param("id", r.id()).update();
    }
}
