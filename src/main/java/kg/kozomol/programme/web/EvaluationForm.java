package kg.kozomol.programme.web;

import java.util.Arrays;
import java.util.List;
import kg.kozomol.programme.CriteriaTemplate;
import kg.kozomol.programme.EvaluationDraft;
import kg.kozomol.programme.EvaluationKind;

/** A new evaluation as typed: evidence links one per line, custom criteria one per line as "name | guiding question". */
public class EvaluationForm {

    private String kind = EvaluationKind.MID_TERM.name();
    private String title;
    private String termsOfReference;
    private String commissionedBy;
    private String template = CriteriaTemplate.OECD_DAC.name();
    private String evidence;
    private String customCriteria;

    EvaluationDraft toDraft() {
        List<EvaluationDraft.CustomCriterion> custom = lines(customCriteria).stream().map(line -> {
            int bar = line.indexOf('|');
            return bar < 0 ? new EvaluationDraft.CustomCriterion(line, null)
                    : new EvaluationDraft.CustomCriterion(line.substring(0, bar).trim(), line.substring(bar + 1).trim());
        }).filter(c -> !c.name().isEmpty()).toList();
        return new EvaluationDraft(Numbers.code(EvaluationKind.class, kind), title, termsOfReference, Numbers.id(commissionedBy),
                Numbers.code(CriteriaTemplate.class, template), lines(evidence), custom);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String termsOfReference) { this.termsOfReference = termsOfReference; }
    public String getCommissionedBy() { return commissionedBy; }
    public void setCommissionedBy(String commissionedBy) { this.commissionedBy = commissionedBy; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getCustomCriteria() { return customCriteria; }
    public void setCustomCriteria(String customCriteria) { this.customCriteria = customCriteria; }
}
