package kg.kozomol.tracker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dated implementation timeline of a recommendation and one body. */
@Service
public class Timeline {

    private final TimelineEvents events;
    private final Addressees addressees;
    private final Recommendations recommendations;
    private final TrackerFiles files;
    private final Followers followers;
    private final ZoneId zone;

    Timeline(TimelineEvents events, Addressees addressees, Recommendations recommendations, TrackerFiles files,
            Followers followers, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.events = events;
        this.addressees = addressees;
        this.recommendations = recommendations;
        this.files = files;
        this.followers = followers;
        this.zone = ZoneId.of(zone);
    }

    @Transactional
    public TimelineEntry reportProgress(long addresseeId, ProgressReport report) {
        Addressee addressee = addressees.require(addresseeId);
        Recommendation recommendation = released(addressee);
        if (report.completion() == null) {
            throw new TrackerRuleException("completion", "tracker.validation.required");
        }
        if (Recommendations.blank(report.text())) {
            throw new TrackerRuleException("text", "tracker.validation.required");
        }
        LocalDate on = dateOf(report.occurredOn(), recommendation);
        UUID file = files.store(report.attachment(), "tracker.progress", addressee.organisationId(), "attachment");
        TimelineEntry entry = events.add(new TimelineEvents.Row(addresseeId, TimelineKind.PROGRESS, on, report.completion(),
                null, null, null, report.text().trim(), null, file, null, null, null, null, addressee.organisationId()));
        followers.changed(recommendation.id(), "tracker.notice.progress", List.of(recommendation.reference()));
        return entry;
    }

    @Transactional
    public TimelineEntry assess(long addresseeId, Assessment assessment) {
        Addressee addressee = addressees.require(addresseeId);
        Recommendation recommendation = released(addressee);
        if (assessment.completion() == null) {
            throw new TrackerRuleException("completion", "tracker.validation.required");
        }
        if (Recommendations.blank(assessment.method())) {
            throw new TrackerRuleException("method", "tracker.validation.required");
        }
        if (assessment.confidence() == null) {
            throw new TrackerRuleException("confidence", "tracker.validation.required");
        }
        String url = assessment.evidenceUrl();
        if (!Recommendations.blank(url) && !url.trim().matches("(?i)https?://\\S+")) {
            throw new TrackerRuleException("evidenceUrl", "tracker.rule.url");
        }
        LocalDate on = dateOf(assessment.occurredOn(), recommendation);
        TimelineEntry entry = events.add(new TimelineEvents.Row(addresseeId, TimelineKind.ASSESSMENT, on,
                assessment.completion(), assessment.effect(), assessment.confidence(), assessment.method().trim(),
                Recommendations.blank(assessment.evidence()) ? null : assessment.evidence().trim(),
                Recommendations.blank(url) ? null : url.trim(), null, null, null, null, null, recommendation.organisationId()));
        followers.changed(recommendation.id(), "tracker.notice.assessment", List.of(recommendation.reference()));
        return entry;
    }

    /** The body's right of reply to a CSO assessment. */
    @Transactional
    public TimelineEntry reply(long assessmentId, String text) {
        TimelineEntry assessment = events.require(assessmentId);
        if (assessment.kind() != TimelineKind.ASSESSMENT) {
            throw new TrackerRuleException(null, "tracker.rule.replyOnlyToAssessment");
        }
        if (Recommendations.blank(text)) {
            throw new TrackerRuleException("text", "tracker.validation.required");
        }
        Addressee addressee = addressees.require(assessment.addresseeId());
        Recommendation recommendation = recommendations.require(addressee.recommendationId());
        TimelineEntry entry = events.add(new TimelineEvents.Row(addressee.id(), TimelineKind.REPLY, today(), null, null,
                null, null, text.trim(), null, null, null, null, null, assessmentId, addressee.organisationId()));
        followers.changed(recommendation.id(), "tracker.notice.reply", List.of(recommendation.reference()));
        return entry;
    }

    /** Moves a body's response due date; the reason is required and the original date stays visible. */
    @Transactional
    public TimelineEntry reviseDeadline(long addresseeId, LocalDate newDate, String reason) {
        Addressee addressee = addressees.require(addresseeId);
        Recommendation recommendation = released(addressee);
        if (newDate == null) {
            throw new TrackerRuleException("newDate", "tracker.validation.required");
        }
        if (Recommendations.blank(reason)) {
            throw new TrackerRuleException("reason", "tracker.rule.reasonRequired");
        }
        LocalDate releasedOn = recommendation.releasedAt().atZone(zone).toLocalDate();
        if (!newDate.isAfter(releasedOn)) {
            throw new TrackerRuleException("newDate", "tracker.rule.dateAfterRelease");
        }
        LocalDate previous = addressee.dueDate();
        addressees.setDueDate(addresseeId, newDate);
        TimelineEntry entry = events.add(new TimelineEvents.Row(addresseeId, TimelineKind.DEADLINE_REVISED, today(), null,
                null, null, null, reason.trim(), null, null, null, previous, newDate, null, null));
        followers.changed(recommendation.id(), "tracker.notice.deadlineRevised", List.of(recommendation.reference()));
        return entry;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long addresseeId) {
        return events.forAddressee(addresseeId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<TimelineEntry> find(long entryId) {
        return events.find(entryId);
    }

    @Transactional(readOnly = true)
    public Ratings ratings(long addresseeId) {
        return new Ratings(events.latest(addresseeId, TimelineKind.PROGRESS), events.latest(addresseeId, TimelineKind.ASSESSMENT));
    }

    private Recommendation released(Addressee addressee) {
        Recommendation recommendation = recommendations.require(addressee.recommendationId());
        if (!recommendation.released()) {
            throw new TrackerRuleException(null, "tracker.rule.notReleased");
        }
        return recommendation;
    }

    /** An event cannot be dated before the recommendation was released, nor in the future. */
    private LocalDate dateOf(LocalDate given, Recommendation recommendation) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new TrackerRuleException("occurredOn", "tracker.rule.dateInFuture");
        }
        if (given.isBefore(recommendation.releasedAt().atZone(zone).toLocalDate())) {
            throw new TrackerRuleException("occurredOn", "tracker.rule.dateBeforeRelease");
        }
        return given;
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }
}
