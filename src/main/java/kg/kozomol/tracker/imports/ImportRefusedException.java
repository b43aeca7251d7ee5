package kg.kozomol.tracker.imports;

/** The validation pass, run again inside the import's transaction, found problems: nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportCheck check;

    ImportRefusedException(ImportCheck check) {
        super(check.problems().size() + " problems");
        this.check = check;
    }

    public ImportCheck check() {
        return check;
    }
}
