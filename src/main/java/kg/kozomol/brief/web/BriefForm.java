package kg.kozomol.brief.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.Methodology;

/** The brief's own fields; findings, evidence and annexes have their own forms. */
public class BriefForm {

    static final int RICH_MAX = 20000;

    private Long organisationId;
    @NotNull(message = "{brief.validation.required}")
    private Long themeId;
    @NotNull(message = "{brief.validation.required}")
    @Pattern(regexp = "ru|ky", message = "{brief.validation.required}")
    private String originalLanguage = "ru";
    @Size(max = 300, message = "{brief.validation.tooLong}")
    private String titleRu;
    @Size(max = 300, message = "{brief.validation.tooLong}")
    private String titleKy;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String summaryRu;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String summaryKy;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String problemRu;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String problemKy;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String methodologyRu;
    @Size(max = RICH_MAX, message = "{brief.validation.tooLong}")
    private String methodologyKy;
    @Size(max = 500, message = "{brief.validation.tooLong}")
    private String studyReference;
    @Pattern(regexp = "^\\s*\\d{0,7}\\s*$", message = "{brief.validation.wholeNumber}")
    private String sampleSize;
    @Size(max = 1000, message = "{brief.validation.tooLong}")
    private String sampleDescription;
    private List<Long> authorIds = new ArrayList<>();
    private int version;

    static BriefForm of(Brief b) {
        BriefForm f = new BriefForm();
        f.organisationId = b.organisationId();
        f.themeId = b.themeId();
        f.originalLanguage = b.originalLanguage();
        f.titleRu = b.title().ru();
        f.titleKy = b.title().ky();
        f.summaryRu = b.summary().ru();
        f.summaryKy = b.summary().ky();
        f.problemRu = b.problem().ru();
        f.problemKy = b.problem().ky();
        f.methodologyRu = b.methodology().text().ru();
        f.methodologyKy = b.methodology().text().ky();
        f.studyReference = b.methodology().studyReference();
        f.sampleSize = b.methodology().sampleSize() == null ? null : b.methodology().sampleSize().toString();
        f.sampleDescription = b.methodology().sampleDescription();
        f.authorIds = new ArrayList<>(b.authorIds());
        f.version = b.version();
        return f;
    }

    boolean hasTitle() {
        return !new Bilingual(titleRu, titleKy).isEmpty();
    }

    BriefDraft toDraft() {
        Integer n = sampleSize == null || sampleSize.isBlank() ? null : Integer.valueOf(sampleSize.trim());
        return new BriefDraft(organisationId, themeId, originalLanguage, new Bilingual(titleRu, titleKy),
                new Bilingual(summaryRu, summaryKy), new Bilingual(problemRu, problemKy),
                new Methodology(new Bilingual(methodologyRu, methodologyKy), studyReference, n, sampleDescription),
                authorIds == null ? List.of() : authorIds);
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public String getSummaryRu() { return summaryRu; }
    public void setSummaryRu(String summaryRu) { this.summaryRu = summaryRu; }
    public String getSummaryKy() { return summaryKy; }
    public void setSummaryKy(String summaryKy) { this.summaryKy = summaryKy; }
    public String getProblemRu() { return problemRu; }
    public void setProblemRu(String problemRu) { this.problemRu = problemRu; }
    public String getProblemKy() { return problemKy; }
    public void setProblemKy(String problemKy) { this.problemKy = problemKy; }
    public String getMethodologyRu() { return methodologyRu; }
    public void setMethodologyRu(String methodologyRu) { this.methodologyRu = methodologyRu; }
    public String getMethodologyKy() { return methodologyKy; }
    public void setMethodologyKy(String methodologyKy) { this.methodologyKy = methodologyKy; }
    public String getStudyReference() { return studyReference; }
    public void setStudyReference(String studyReference) { this.studyReference = studyReference; }
    public String getSampleSize() { return sampleSize; }
    public void setSampleSize(String sampleSize) { this.sampleSize = sampleSize; }
    public String getSampleDescription() { return sampleDescription; }
    public void setSampleDescription(String sampleDescription) { this.sampleDescription = sampleDescription; }
    public List<Long> getAuthorIds() { return authorIds; }
    public void setAuthorIds(List<Long> authorIds) { this.authorIds = authorIds; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
