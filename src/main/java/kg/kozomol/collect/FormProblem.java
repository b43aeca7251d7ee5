package kg.kozomol.collect;

import java.util.List;

/**
 * Something wrong with an uploaded XLSForm, pointing at the cell: sheet, row (as Excel numbers it), column header and
 * letter. {@code code} names the message {@code collect.problem.<code>}; {@code args} fill it in.
 */
public record FormProblem(String sheet, int row, String column, String columnLetter, String code, List<String> args) {

    public FormProblem {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "collect.problem." + code;
    }
}
