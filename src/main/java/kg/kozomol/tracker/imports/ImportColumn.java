package kg.kozomol.tracker.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of an import file, in template order. A header cell names a column by its code, by its label in any
 * of the three languages, or as the template writes it, "label (code)".
 */
public enum ImportColumn {
    REFERENCE("reference"),
    TEXT_RU("text_ru"),
    TEXT_KY("text_ky"),
    ORIGINAL_LANGUAGE("original_language"),
    THEME("theme"),
    ACTION_TYPE("action_type"),
    PRIORITY("priority"),
    LEAD_BODY("lead_body"),
    SUPPORTING_BODIES("supporting_bodies"),
    SDG("sdg"),
    PROPOSED_IMPLEMENTATION_DATE("proposed_implementation_date"),
    RESPONSE_DUE_DATE("response_due_date");

    private final String code;

    ImportColumn(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Message key of the column's name, e.g. {@code tracker.import.column.lead_body}. */
    public String labelKey() {
        return "tracker.import.column." + code;
    }

    public String hintKey() {
        return labelKey() + ".hint";
    }

    /** Columns a file must have; besides these it needs text_ru or text_ky. */
    public boolean required() {
        return this == ORIGINAL_LANGUAGE || this == ACTION_TYPE || this == LEAD_BODY;
    }

    static Optional<ImportColumn> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code)).findFirst();
    }
}
