package kg.kozomol.tracker.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import kg.kozomol.tracker.Assessment;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Confidence;
import kg.kozomol.tracker.Effect;

/** A progress update, an assessment, a reply or a deadline revision: each uses the fields it needs. */
public class EntryForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private Completion completion;
    private Effect effect;
    private Confidence confidence;
    @Size(max = 1000, message = "{tracker.validation.tooLong}")
    private String method;
    @Size(max = 10000, message = "{tracker.validation.tooLong}")
    private String text;
    @Size(max = 1000, message = "{tracker.validation.tooLong}")
    private String evidenceUrl;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDate;
    @Size(max = 2000, message = "{tracker.validation.tooLong}")
    private String reason;

    Assessment toAssessment() {
        return new Assessment(occurredOn, completion, effect, method, confidence, text, evidenceUrl);
    }

    /** The upload arrives as a request parameter; this only gives its error a field to sit on. */
    public String getAttachment() { return null; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public Completion getCompletion() { return completion; }
    public void setCompletion(Completion completion) { this.completion = completion; }
    public Effect getEffect() { return effect; }
    public void setEffect(Effect effect) { this.effect = effect; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
