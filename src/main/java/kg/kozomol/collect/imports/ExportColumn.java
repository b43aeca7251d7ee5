package kg.kozomol.collect.imports;

import kg.kozomol.collect.Question;

/**
 * What one column of a KoboToolbox or ODK Central export holds.
 *
 * @param question the question answered, for {@link Kind#ANSWER} and {@link Kind#OPTION}
 * @param option the choice a 0/1 column of a split select_multiple stands for
 */
record ExportColumn(Kind kind, Question question, String option) {

    enum Kind {
        ANSWER, OPTION, INSTANCE_ID, OWN_KEY, PARENT_KEY, IGNORED, UNKNOWN
    }

    static final ExportColumn INSTANCE = new ExportColumn(Kind.INSTANCE_ID, null, null);
    static final ExportColumn OWN = new ExportColumn(Kind.OWN_KEY, null, null);
    static final ExportColumn PARENT = new ExportColumn(Kind.PARENT_KEY, null, null);
    static final ExportColumn IGNORE = new ExportColumn(Kind.IGNORED, null, null);
    static final ExportColumn NONE = new ExportColumn(Kind.UNKNOWN, null, null);
}
