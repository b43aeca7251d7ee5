package kg.kozomol.collect;

import java.util.Arrays;
import java.util.Optional;

/** The XLSForm question types Kozomol reads, with the XForm data type and body control each becomes. */
public enum QuestionType {
    TEXT("text", "string", "input", null),
    INTEGER("integer", "int", "input", null),
    DECIMAL("decimal", "decimal", "input", null),
    SELECT_ONE("select_one", "string", "select1", null),
    SELECT_MULTIPLE("select_multiple", "string", "select", null),
    DATE("date", "date", "input", null),
    TIME("time", "time", "input", null),
    DATETIME("datetime", "dateTime", "input", null),
    GEOPOINT("geopoint", "geopoint", "input", null),
    IMAGE("image", "binary", "upload", "image/*"),
    AUDIO("audio", "binary", "upload", "audio/*"),
    FILE("file", "binary", "upload", "application/*"),
    NOTE("note", "string", "input", null),
    ACKNOWLEDGE("acknowledge", "string", "trigger", null),
    CALCULATE("calculate", "string", null, null),
    GROUP("group", null, "group", null),
    REPEAT("repeat", null, "repeat", null);

    private final String xlsform;
    private final String dataType;
    private final String control;
    private final String mediaType;

    QuestionType(String xlsform, String dataType, String control, String mediaType) {
        this.xlsform = xlsform;
        this.dataType = dataType;
        this.control = control;
        this.mediaType = mediaType;
    }

    /** A plain type as written in the survey sheet's type column (selects, groups and repeats are read apart). */
    public static Optional<QuestionType> ofXlsForm(String type) {
        return Arrays.stream(values()).filter(t -> t.xlsform.equals(type) && !t.isContainer() && !t.isSelect()).findFirst();
    }

    /** The name form authors write in the type column. */
    public String xlsformName() {
        return xlsform;
    }

    public String dataType() {
        return dataType;
    }

    /** The XForm body element; null for a calculation, which has none. */
    public String control() {
        return control;
    }

    /** The accepted media for upload controls, null otherwise. */
    public String mediaType() {
        return mediaType;
    }

    public boolean isContainer() {
        return this == GROUP || this == REPEAT;
    }

    public boolean isSelect() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }

    public boolean isMedia() {
        return mediaType != null;
    }
}
