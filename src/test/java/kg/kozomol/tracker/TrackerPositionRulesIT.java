package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class TrackerPositionRulesIT {

    @Autowired ApplicationContext context;
    TrackerScenario s;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
    }

    @Test
    void everyPositionButAcceptedNeedsAReasoning() {
        Recommendation r = s.released(101);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        for (Position p : List.of(Position.PARTIALLY_ACCEPTED, Position.NOTED, Position.REJECTED)) {
            assertThatThrownBy(() -> s.responses.saveDraft(lead.id(), TrackerScenario.position(p, " "), false))
                    .isInstanceOfSatisfying(TrackerRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("reasoning");
                        assertThat(e.messageKey()).isEqualTo("tracker.rule.reasoningRequired");
                    });
        }
        assertThat(s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.ACCEPTED, null), false).status())
                .isEqualTo(PositionStatus.DRAFT);
    }

    @Test
    void claimedImplementedNeedsEvidenceAndALinkIsEnough() {
        Recommendation r = s.released(102);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        assertThatThrownBy(() -> s.responses.saveDraft(lead.id(),
                TrackerScenario.position(Position.CLAIMED_IMPLEMENTED, "Пандусы установлены"), false))
                .isInstanceOfSatisfying(TrackerRuleException.class, e -> assertThat(e.field()).isEqualTo("evidenceUrl"));
        assertThat(s.responses.draft(lead.id())).isEmpty();
        PositionDraft withLink = new PositionDraft(Position.CLAIMED_IMPLEMENTED, "Пандусы установлены",
                "https://example.kg/report.pdf", null, null, null, null, null, null, List.of());
        assertThat(s.responses.saveDraft(lead.id(), withLink, false).evidenceUrl()).isEqualTo("https://example.kg/report.pdf");
    }

    @Test
    void redirectingNamesTheCompetentBodyWhichBecomesAnAddresseeWithItsOwnClock() {
        Recommendation r = s.released(103);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        assertThatThrownBy(() -> s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.REDIRECTED, "Не наша компетенция"), false))
                .isInstanceOfSatisfying(TrackerRuleException.class, e -> assertThat(e.field()).isEqualTo("redirectToId"));
        assertThatThrownBy(() -> s.responses.saveDraft(lead.id(), new PositionDraft(Position.REDIRECTED, "Не наша компетенция", null,
                null, s.cso.id(), null, null, null, null, List.of()), false))
                .isInstanceOf(TrackerRuleException.class);
        StatePosition draft = s.responses.saveDraft(lead.id(), new PositionDraft(Position.REDIRECTED, "Не наша компетенция", null,
                null, s.third.id(), null, null, null, null, List.of()), false);
        s.responses.release(draft.id(), draft.version());

        Addressee added = s.addressee(r, s.third);
        assertThat(added.lead()).isFalse();
        assertThat(added.redirectedFrom()).isEqualTo(s.lead.id());
        assertThat(added.dueDate()).isEqualTo(s.recommendations.today().plusDays(30));
        assertThat(s.timeline.entries(added.id())).extracting(TimelineEntry::kind).containsExactly(TimelineKind.INHERITED);
        assertThat(s.addressee(r, s.lead).position()).isEqualTo(Position.REDIRECTED);
    }

    @Test
    void aDraftIsInvisibleToTheRecordUntilReleasedThenGoesOnTheTimeline() {
        Recommendation r = s.released(104);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        StatePosition draft = s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.NOTED, "Учтём при планировании"), false);
        assertThat(s.addressee(r, s.lead).position()).isNull();
        assertThat(s.responses.released(lead.id())).isEmpty();

        StatePosition released = s.responses.release(draft.id(), draft.version());
        assertThat(released.status()).isEqualTo(PositionStatus.RELEASED);
        assertThat(s.addressee(r, s.lead).position()).isEqualTo(Position.NOTED);
        assertThat(s.timeline.entries(lead.id())).extracting(TimelineEntry::kind).containsExactly(TimelineKind.POSITION_RELEASED);
        assertThat(s.fixtures.count("select count(*) from audit_event where entity_type = 'state_position' and action = 'UPDATE' "
                + "and entity_id = '" + draft.id() + "'")).isEqualTo(1);
    }

    @Test
    void severalDraftsAreReleasedInOneBatch() {
        Recommendation first = s.released(105);
        Recommendation second = s.released(105);
        s.signIn(s.leadFocal);
        StatePosition a = s.responses.saveDraft(s.addressee(first, s.lead).id(), TrackerScenario.position(Position.ACCEPTED, null), false);
        StatePosition b = s.responses.saveDraft(s.addressee(second, s.lead).id(),
                TrackerScenario.position(Position.REJECTED, "Нет финансирования"), false);
        s.responses.releaseAll(List.of(a.id(), b.id()));
        assertThat(s.addressee(first, s.lead).position()).isEqualTo(Position.ACCEPTED);
        assertThat(s.addressee(second, s.lead).position()).isEqualTo(Position.REJECTED);
        assertThat(s.addressees.inbox(java.util.Set.of(s.lead.id()), kg.kozomol.platform.PageRequest.of(1, 50)).items()).allMatch(i -> i.draftPositionId() == null);
    }

    @Test
    void respondingTwiceIsRefusedButAnExplicitRevisionKeepsTheHistory() {
        Recommendation r = s.released(106);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        StatePosition first = s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.REJECTED, "Нет средств"), false);
        s.responses.release(first.id(), first.version());

        assertThatThrownBy(() -> s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.ACCEPTED, null), false))
                .isInstanceOfSatisfying(TrackerRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracker.rule.alreadyAnswered"));

        StatePosition revision = s.responses.saveDraft(lead.id(), TrackerScenario.position(Position.ACCEPTED, null), true);
        assertThat(revision.revision()).isTrue();
        s.responses.release(revision.id(), revision.version());
        assertThat(s.responses.history(lead.id())).extracting(StatePosition::position, StatePosition::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Position.ACCEPTED, PositionStatus.RELEASED),
                        org.assertj.core.groups.Tuple.tuple(Position.REJECTED, PositionStatus.SUPERSEDED));
        assertThat(s.addressee(r, s.lead).position()).isEqualTo(Position.ACCEPTED);
    }

    @Test
    void aPlannedMeasureCannotBeDueBeforeTheLetter() {
        Recommendation r = s.released(107);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        var letter = java.time.LocalDate.of(2026, 5, 10);
        PositionDraft draft = new PositionDraft(Position.ACCEPTED, null, null, null, null, "12", letter, null, null,
                List.of(new PlannedMeasure("Разработать план", letter.minusDays(1))));
        assertThatThrownBy(() -> s.responses.saveDraft(lead.id(), draft, false))
                .isInstanceOfSatisfying(TrackerRuleException.class, e -> assertThat(e.field()).isEqualTo("measures"));
    }
}
