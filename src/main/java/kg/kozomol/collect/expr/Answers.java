package kg.kozomol.collect.expr;

/** What an expression reads: answers by question name, as the text a submission carries (empty when unanswered). */
public interface Answers {

    String answer(String name);

    /** The answer of the question the expression belongs to ({@code .}). */
    String current();

    /** A column of the choice a choice filter is being tried on; only filters read it. */
    default String column(String name) {
        return "";
    }

    /** {@code pulldata(...)} reads a CSV attached to the form; where none is at hand the check it is part of is skipped. */
    default String pulldata(String instance, String column, String keyColumn, String key) {
        throw new UnsupportedFunctionException("pulldata");
    }
}
