package kg.kozomol.brief.web;

import jakarta.validation.constraints.Size;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.FindingDraft;

public class FindingForm {

    @Size(max = 300, message = "{brief.validation.tooLong}")
    private String titleRu;
    @Size(max = 300, message = "{brief.validation.tooLong}")
    private String titleKy;
    @Size(max = BriefForm.RICH_MAX, message = "{brief.validation.tooLong}")
    private String textRu;
    @Size(max = BriefForm.RICH_MAX, message = "{brief.validation.tooLong}")
    private String textKy;
    private int version;

    static FindingForm of(kg.kozomol.brief.Finding finding) {
        FindingForm form = new FindingForm();
        form.titleRu = finding.title().ru();
        form.titleKy = finding.title().ky();
        form.textRu = finding.text().ru();
        form.textKy = finding.text().ky();
        form.version = finding.version();
        return form;
    }

    boolean hasTitle() {
        return !new Bilingual(titleRu, titleKy).isEmpty();
    }

    FindingDraft toDraft() {
        return new FindingDraft(new Bilingual(titleRu, titleKy), new Bilingual(textRu, textKy));
    }

    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public String getTextRu() { return textRu; }
    public void setTextRu(String textRu) { this.textRu = textRu; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getTextKy() { return textKy; }
    public void setTextKy(String textKy) { this.textKy = textKy; }
}
