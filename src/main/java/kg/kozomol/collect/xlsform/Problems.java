package kg.kozomol.collect.xlsform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.kozomol.collect.FormProblem;

/** Collects the problems of one XLSForm, each pointing at a cell. */
final class Problems {

    private final List<FormProblem> list = new ArrayList<>();

    void add(Sheet sheet, Sheet.Row row, String column, String code, String... args) {
        list.add(new FormProblem(sheet.name(), row == null ? 0 : row.number(), column, column == null ? "" : sheet.letter(column),
                code, Arrays.asList(args)));
    }

    void add(String sheet, String code, String... args) {
        list.add(new FormProblem(sheet, 0, null, "", code, Arrays.asList(args)));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FormProblem> list() {
        return List.copyOf(list);
    }
}
