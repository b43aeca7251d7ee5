package kg.kozomol.tracker.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;

public class RecommendationForm {

    /** Fixed by the page the form was opened from; checked against the researcher's organisations. */
    private Long briefId;
    /** Required on creation only (checked by the controller); an edit keeps the issuing organisation. */
    private Long organisationId;
    @Size(max = 10000, message = "{tracker.validation.tooLong}")
    private String textRu;
    @Size(max = 10000, message = "{tracker.validation.tooLong}")
    private String textKy;
    @NotNull(message = "{tracker.validation.required}")
    private String originalLanguage = "ru";
    private Long themeId;
    @NotNull(message = "{tracker.validation.required}")
    private ActionType actionType;
    @NotNull(message = "{tracker.validation.required}")
    private Priority priority = Priority.MEDIUM;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proposedImplementationDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate responseDueDate;
    @NotNull(message = "{tracker.validation.required}")
    private Long leadAddresseeId;
    private List<Long> supportingAddresseeIds = new ArrayList<>();
    private List<String> sdgCodes = new ArrayList<>();
    private List<Long> findingIds = new ArrayList<>();
    private int version;

    static RecommendationForm of(Recommendation r, List<Addressee> addressees, List<Long> findingIds) {
        RecommendationForm form = new RecommendationForm();
        form.briefId = r.briefId();
        form.organisationId = r.organisationId();
        form.textRu = r.textRu();
        form.textKy = r.textKy();
        form.originalLanguage = r.originalLanguage();
        form.themeId = r.themeId();
        form.actionType = r.actionType();
        form.priority = r.priority();
        form.proposedImplementationDate = r.proposedImplementationDate();
        form.responseDueDate = r.responseDueDate();
        addressees.forEach(a -> {
            if (a.lead()) {
                form.leadAddresseeId = a.organisationId();
            } else {
                form.supportingAddresseeIds.add(a.organisationId());
            }
        });
        form.sdgCodes = new ArrayList<>(r.sdgCodes());
        form.findingIds = new ArrayList<>(findingIds);
        form.version = r.version();
        return form;
    }

    RecommendationDraft toDraft() {
        return new RecommendationDraft(briefId, 0, organisationId, textRu, textKy, originalLanguage, themeId,
                actionType, priority, proposedImplementationDate, leadAddresseeId,
                supportingAddresseeIds == null ? List.of() : supportingAddresseeIds,
                sdgCodes == null ? List.of() : sdgCodes, responseDueDate, findingIds == null ? List.of() : findingIds);
    }

    public Long getBriefId() { return briefId; }
    public void setBriefId(Long briefId) { this.briefId = briefId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getTextRu() { return textRu; }
    public void setTextRu(String textRu) { this.textRu = textRu; }
    public String getTextKy() { return textKy; }
    public void setTextKy(String textKy) { this.textKy = textKy; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public ActionType getActionType() { return actionType; }
    public void setActionType(ActionType actionType) { this.actionType = actionType; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getProposedImplementationDate() { return proposedImplementationDate; }
    public void setProposedImplementationDate(LocalDate d) { this.proposedImplementationDate = d; }
    public LocalDate getResponseDueDate() { return responseDueDate; }
    public void setResponseDueDate(LocalDate d) { this.responseDueDate = d; }
    public Long getLeadAddresseeId() { return leadAddresseeId; }
    public void setLeadAddresseeId(Long leadAddresseeId) { this.leadAddresseeId = leadAddresseeId; }
    public List<Long> getSupportingAddresseeIds() { return supportingAddresseeIds; }
    public void setSupportingAddresseeIds(List<Long> ids) { this.supportingAddresseeIds = ids; }
    public List<String> getSdgCodes() { return sdgCodes; }
    public void setSdgCodes(List<String> sdgCodes) { this.sdgCodes = sdgCodes; }
    public List<Long> getFindingIds() { return findingIds; }
    public void setFindingIds(List<Long> findingIds) { this.findingIds = findingIds; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
