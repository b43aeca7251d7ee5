package kg.kozomol.dialogue.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import kg.kozomol.dialogue.DecisionDraft;
import kg.kozomol.dialogue.DecisionKind;

/** Both kinds of decision on one form; the service checks the fields the chosen kind needs. */
public class DecisionForm {

    private DecisionKind kind = DecisionKind.RESPONSE_DEADLINE;
    @Size(max = 2000, message = "{dialogue.validation.tooLong}")
    private String text;
    @Size(max = 100, message = "{dialogue.validation.tooLong}")
    private String recommendationReference;
    private Long bodyId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDate;
    private Long responsibleId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    DecisionDraft toDraft() {
        return new DecisionDraft(kind, text, recommendationReference, bodyId, newDate, responsibleId, dueDate);
    }

    public DecisionKind getKind() { return kind; }
    public void setKind(DecisionKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRecommendationReference() { return recommendationReference; }
    public void setRecommendationReference(String reference) { this.recommendationReference = reference; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public Long getResponsibleId() { return responsibleId; }
    public void setResponsibleId(Long responsibleId) { this.responsibleId = responsibleId; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
