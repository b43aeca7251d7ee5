package kg.kozomol.programme.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.programme.EvaluationCriterion;
import kg.kozomol.programme.EvaluationScore;
import kg.kozomol.programme.ScoreInput;

/** An expert's ratings as typed, keyed by criterion id. */
public class ExpertScoreForm {

    private Map<String, String> ratings = new LinkedHashMap<>();
    private Map<String, String> justifications = new LinkedHashMap<>();
    private Map<String, String> evidence = new LinkedHashMap<>();

    static ExpertScoreForm of(List<EvaluationScore> own) {
        ExpertScoreForm form = new ExpertScoreForm();
        for (EvaluationScore s : own) {
            String key = Long.toString(s.criterionId());
            form.ratings.put(key, Integer.toString(s.rating()));
            form.justifications.put(key, s.justification());
            form.evidence.put(key, s.evidence());
        }
        return form;
    }

    List<ScoreInput> inputs(List<EvaluationCriterion> criteria) {
        return criteria.stream().map(c -> {
            String key = Long.toString(c.id());
            return new ScoreInput(c.id(), ratings.get(key), justifications.get(key), evidence.get(key));
        }).toList();
    }

    public Map<String, String> getRatings() { return ratings; }
    public void setRatings(Map<String, String> ratings) { this.ratings = ratings; }
    public Map<String, String> getJustifications() { return justifications; }
    public void setJustifications(Map<String, String> justifications) { this.justifications = justifications; }
    public Map<String, String> getEvidence() { return evidence; }
    public void setEvidence(Map<String, String> evidence) { this.evidence = evidence; }
}
