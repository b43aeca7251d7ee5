package kg.kozomol.study;

/** The kind of design item a comment is about; strata, stages, domains and instruments are named by a label. */
public enum Anchor {
    DESIGN,
    PLAN,
    STRATUM,
    STAGE,
    DOMAIN,
    INSTRUMENT;

    public boolean labelled() {
        return this != DESIGN && this != PLAN;
    }
}
