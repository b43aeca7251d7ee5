package kg.kozomol.portal;

/** The published programme evaluation a recommendation comes from, instead of a brief. */
public record PublicEvaluationRef(long id, String title, long programmeId, String programmeReference, PublicName programme) {

    /** The evaluation's place on its programme's public page. */
    public String path() {
        return "/p/programmes/" + programmeId + "#evaluation-" + id;
    }
}
