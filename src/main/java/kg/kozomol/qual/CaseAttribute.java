package kg.kozomol.qual;

/** The attributes of a case analysis groups by; each may or may not travel with a published quote. */
public enum CaseAttribute {
    SEX("sex"),
    AGE_GROUP("age_group"),
    REGION("region"),
    ROLE("role");

    private final String column;

    CaseAttribute(String column) {
        this.column = column;
    }

    /** The column of qual_case; a fixed name, never user input, so it may be written into SQL. */
    String column() {
        return column;
    }

    public String of(QualCase c) {
        return switch (this) {
            case SEX -> c.sex();
            case AGE_GROUP -> c.ageGroup();
            case REGION -> c.region();
            case ROLE -> c.role();
        };
    }
}
