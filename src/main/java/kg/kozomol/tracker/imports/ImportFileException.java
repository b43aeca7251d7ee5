package kg.kozomol.tracker.imports;

/** The file as a whole cannot be read as a table: not CSV or XLSX, too many rows, a ZIP bomb. */
class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    ImportFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
