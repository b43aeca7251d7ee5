package kg.kozomol.programme.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.programme.EvaluabilityCriterion;
import kg.kozomol.programme.EvaluabilityScore;
import kg.kozomol.programme.ScoreDraft;

/** An expert's scores of all evaluability criteria as typed, keyed by criterion; versions are the ones loaded. */
public class ScoreForm {

    private Map<String, String> scores = new LinkedHashMap<>();
    private Map<String, String> justifications = new LinkedHashMap<>();
    private Map<String, String> versions = new LinkedHashMap<>();

    static ScoreForm of(List<EvaluabilityScore> own) {
        ScoreForm form = new ScoreForm();
        for (EvaluabilityScore s : own) {
            form.scores.put(s.criterion().name(), Integer.toString(s.score()));
            form.justifications.put(s.criterion().name(), s.justification());
            form.versions.put(s.criterion().name(), Integer.toString(s.version()));
        }
        return form;
    }

    List<ScoreDraft> toDrafts() {
        return Arrays.stream(EvaluabilityCriterion.values())
                .map(c -> new ScoreDraft(c, scores.get(c.name()), justifications.get(c.name()))).toList();
    }

    Map<EvaluabilityCriterion, Integer> expectedVersions() {
        Map<EvaluabilityCriterion, Integer> expected = new LinkedHashMap<>();
        for (EvaluabilityCriterion c : EvaluabilityCriterion.values()) {
            Integer version = Numbers.version(versions.get(c.name()));
            if (version != null) {
                expected.put(c, version);
            }
        }
        return expected;
    }

    public Map<String, String> getScores() { return scores; }
    public void setScores(Map<String, String> scores) { this.scores = scores; }
    public Map<String, String> getJustifications() { return justifications; }
    public void setJustifications(Map<String, String> justifications) { this.justifications = justifications; }
    public Map<String, String> getVersions() { return versions; }
    public void setVersions(Map<String, String> versions) { this.versions = versions; }
}
