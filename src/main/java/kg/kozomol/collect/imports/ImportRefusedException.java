package kg.kozomol.collect.imports;

/** The import found problems when it ran; nothing of it was stored. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportReport report;

    ImportRefusedException(ImportReport report) {
        super("import refused: " + report.problemCount() + " problems");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
