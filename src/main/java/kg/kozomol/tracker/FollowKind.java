package kg.kozomol.tracker;

/** What a user can follow: one recommendation, every recommendation addressed to a body, or every one in a theme. */
public enum FollowKind {
    RECOMMENDATION("recommendation_follow", "recommendation_id", "recommendationId"),
    BODY("body_follow", "organisation_id", "organisationId"),
    THEME("theme_follow", "theme_id", "themeId");

    private final String table;
    private final String column;
    private final String property;

    FollowKind(String table, String column, String property) {
        this.table = table;
        this.column = column;
        this.property = property;
    }

    String table() {
        return table;
    }

    String column() {
        return column;
    }

    /** The name of the followed record's id in the audit log entry. */
    String property() {
        return property;
    }
}
