package kg.kozomol.brief;

/** The parts of a brief that reviewers comment on and that versions compare. */
public enum BriefSection {
    TITLE,
    SUMMARY,
    PROBLEM,
    METHODOLOGY,
    FINDINGS,
    RECOMMENDATIONS,
    ANNEXES
}
