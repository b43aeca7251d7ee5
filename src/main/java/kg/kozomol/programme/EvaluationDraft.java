package kg.kozomol.programme;

import java.util.List;

/** An evaluation as the coordinator types it; custom criteria only count for the custom template. */
public record EvaluationDraft(EvaluationKind kind, String title, String termsOfReference, Long commissionedBy,
        CriteriaTemplate template, List<String> evidence, List<CustomCriterion> customCriteria) {

    /** A criterion of the coordinator's own: its name and its guiding question. */
    public record CustomCriterion(String name, String question) {}
}
