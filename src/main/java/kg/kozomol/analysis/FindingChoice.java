package kg.kozomol.analysis;

/** A finding of one of the organisation's briefs that an analysis may be cited by. */
public record FindingChoice(long briefId, long findingId, String label) {

    /** The form value: "brief:finding". */
    public String value() {
        return briefId + ":" + findingId;
    }
}
