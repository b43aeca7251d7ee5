package kg.kozomol.collect;

import java.util.List;

/** The result of reading an XLSForm: the model and its XForm when it is valid, otherwise the problems, cell by cell. */
public record ImportedForm(FormModel model, byte[] xform, List<FormProblem> problems) {

    public ImportedForm {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
