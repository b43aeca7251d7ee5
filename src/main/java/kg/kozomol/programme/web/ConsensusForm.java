package kg.kozomol.programme.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.programme.ConsensusInput;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationCriterion;

/** The rapporteur's consensus as typed, per criterion keyed by id. */
public class ConsensusForm {

    private Map<String, String> agreedRatings = new LinkedHashMap<>();
    private Map<String, String> agreedTexts = new LinkedHashMap<>();
    private Map<String, String> dissents = new LinkedHashMap<>();
    private String overallRating;
    private String overallRationale;
    private String version;

    static ConsensusForm of(Evaluation evaluation, List<EvaluationCriterion> criteria) {
        ConsensusForm form = new ConsensusForm();
        for (EvaluationCriterion c : criteria) {
            String key = Long.toString(c.id());
            form.agreedRatings.put(key, c.agreedRating() == null ? null : c.agreedRating().toString());
            form.agreedTexts.put(key, c.agreedText());
            form.dissents.put(key, c.dissent());
        }
        form.overallRating = evaluation.overallRating() == null ? null : evaluation.overallRating().toString();
        form.overallRationale = evaluation.overallRationale();
        form.version = Integer.toString(evaluation.version());
        return form;
    }

    ConsensusInput input(List<EvaluationCriterion> criteria) {
        List<ConsensusInput.Agreed> agreed = criteria.stream().map(c -> {
            String key = Long.toString(c.id());
            return new ConsensusInput.Agreed(c.id(), agreedRatings.get(key), agreedTexts.get(key), dissents.get(key));
        }).toList();
        return new ConsensusInput(agreed, overallRating, overallRationale, Numbers.version(version));
    }

    public Map<String, String> getAgreedRatings() { return agreedRatings; }
    public void setAgreedRatings(Map<String, String> agreedRatings) { this.agreedRatings = agreedRatings; }
    public Map<String, String> getAgreedTexts() { return agreedTexts; }
    public void setAgreedTexts(Map<String, String> agreedTexts) { this.agreedTexts = agreedTexts; }
    public Map<String, String> getDissents() { return dissents; }
    public void setDissents(Map<String, String> dissents) { this.dissents = dissents; }
    public String getOverallRating() { return overallRating; }
    public void setOverallRating(String overallRating) { this.overallRating = overallRating; }
    public String getOverallRationale() { return overallRationale; }
    public void setOverallRationale(String overallRationale) { this.overallRationale = overallRationale; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
