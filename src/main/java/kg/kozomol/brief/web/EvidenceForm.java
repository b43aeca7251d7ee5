package kg.kozomol.brief.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import kg.kozomol.brief.EvidenceKind;

/** Evidence attached by hand; the file itself comes as a separate multipart part. */
public class EvidenceForm {

    static final String DECIMAL = "^\\s*(\\d{1,4}([.,]\\d{1,2})?)?\\s*$";

    @NotNull(message = "{brief.validation.required}")
    private EvidenceKind kind;
    @NotBlank(message = "{brief.validation.required}")
    @Size(max = 300, message = "{brief.validation.tooLong}")
    private String title;
    @Size(max = 20000, message = "{brief.validation.tooLong}")
    private String content;
    @Size(max = 1000, message = "{brief.validation.tooLong}")
    @Pattern(regexp = "^$|^(https?://|mailto:)[^\\s<>\"]+$", message = "{brief.validation.url}")
    private String url;
    @Size(max = 1000, message = "{brief.validation.tooLong}")
    private String sourceReference;
    @Pattern(regexp = "^\\s*([1-9]\\d{0,6})?\\s*$", message = "{brief.validation.positiveNumber}")
    private String unweightedN;
    @Pattern(regexp = DECIMAL, message = "{brief.validation.decimal}")
    private String marginOfError;
    @Pattern(regexp = "^\\s*((0*[1-9]\\d{0,3}|0*[1-9]\\d{0,3}[.,]\\d{1,2}|0*[.,](0[1-9]|[1-9]\\d?)))?\\s*$",
            message = "{brief.validation.positiveDecimal}")
    private String designEffect;

    static Integer integer(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
    }

    public EvidenceKind getKind() { return kind; }
    public void setKind(EvidenceKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public String getUnweightedN() { return unweightedN; }
    public void setUnweightedN(String unweightedN) { this.unweightedN = unweightedN; }
    public String getMarginOfError() { return marginOfError; }
    public void setMarginOfError(String marginOfError) { this.marginOfError = marginOfError; }
    public String getDesignEffect() { return designEffect; }
    public void setDesignEffect(String designEffect) { this.designEffect = designEffect; }
}
