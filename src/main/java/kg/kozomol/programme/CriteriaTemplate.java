package kg.kozomol.programme;

import java.util.List;

/** The criteria an evaluation judges by: OECD DAC (the default), the EU Better Regulation set, or custom ones. */
public enum CriteriaTemplate {
    OECD_DAC(List.of("RELEVANCE", "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT", "SUSTAINABILITY")),
    EU_BETTER_REGULATION(List.of("EFFECTIVENESS", "EFFICIENCY", "RELEVANCE", "COHERENCE", "EU_ADDED_VALUE")),
    CUSTOM(List.of());

    private final List<String> codes;

    CriteriaTemplate(List<String> codes) {
        this.codes = codes;
    }

    /** The criterion codes in order; their names and guiding questions are in the message bundles. */
    public List<String> codes() {
        return codes;
    }
}
