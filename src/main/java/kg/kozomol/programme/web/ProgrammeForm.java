package kg.kozomol.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeDraft;

/** A programme's register entry as typed; every value is text so nothing fails binding, it is read here. */
public class ProgrammeForm {

    private String reference;
    private String titleRu;
    private String titleKy;
    private String titleEn;
    private String ownerBodyId;
    private String actNumber;
    private String actDate;
    private String actUrl;
    private String periodStart;
    private String periodEnd;
    private String budgetCode;
    private String discussionUrl;
    private int version;

    static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.reference = p.reference();
        f.titleRu = p.titleRu();
        f.titleKy = p.titleKy();
        f.titleEn = p.titleEn();
        f.ownerBodyId = Long.toString(p.ownerBodyId());
        f.actNumber = p.actNumber();
        f.actDate = p.actDate() == null ? null : p.actDate().toString();
        f.actUrl = p.actUrl();
        f.periodStart = Integer.toString(p.periodStart());
        f.periodEnd = Integer.toString(p.periodEnd());
        f.budgetCode = p.budgetCode();
        f.discussionUrl = p.discussionUrl();
        f.version = p.version();
        return f;
    }

    /** The draft, or null with field errors when a value cannot be read. */
    ProgrammeDraft toDraft(BindingResult errors) {
        Long owner = Numbers.id(ownerBodyId);
        if (owner == null) {
            errors.rejectValue("ownerBodyId", "programme.validation.ownerBody");
        }
        Integer start = Numbers.year(periodStart);
        if (start == null) {
            errors.rejectValue("periodStart", "programme.validation.year");
        }
        Integer end = Numbers.year(periodEnd);
        if (end == null) {
            errors.rejectValue("periodEnd", "programme.validation.year");
        }
        LocalDate date = null;
        if (actDate != null && !actDate.isBlank()) {
            try {
                date = LocalDate.parse(actDate.trim());
            } catch (DateTimeParseException e) {
                errors.rejectValue("actDate", "programme.validation.date");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProgrammeDraft(reference, titleRu, titleKy, titleEn, owner, actNumber, date, actUrl, start, end, budgetCode,
                discussionUrl);
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getOwnerBodyId() { return ownerBodyId; }
    public void setOwnerBodyId(String ownerBodyId) { this.ownerBodyId = ownerBodyId; }
    public String getActNumber() { return actNumber; }
    public void setActNumber(String actNumber) { this.actNumber = actNumber; }
    public String getActDate() { return actDate; }
    public void setActDate(String actDate) { this.actDate = actDate; }
    public String getActUrl() { return actUrl; }
    public void setActUrl(String actUrl) { this.actUrl = actUrl; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
    public String getBudgetCode() { return budgetCode; }
    public void setBudgetCode(String budgetCode) { this.budgetCode = budgetCode; }
    public String getDiscussionUrl() { return discussionUrl; }
    public void setDiscussionUrl(String discussionUrl) { this.discussionUrl = discussionUrl; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
