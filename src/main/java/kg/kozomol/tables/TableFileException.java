package kg.kozomol.tables;

/**
 * The file as a whole cannot be read as a table. Each feature words the {@link Reason} in its own bundle, e.g.
 * {@code tracker.import.file.} + {@link Reason#key()}.
 */
public class TableFileException extends RuntimeException {

    /** Why the file was refused; the arguments say where or how many. */
    public enum Reason {
        /** {0} the line where the quotes go wrong. */
        BAD_CSV("badCsv"),
        BAD_XLSX("badXlsx"),
        ZIP_BOMB("zipBomb"),
        /** {0} the most rows allowed. */
        TOO_MANY_ROWS("tooManyRows");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The last part of a message key. */
        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    TableFileException(Reason reason, Object... args) {
        super(reason.key());
        this.reason = reason;
        this.args = args;
    }

    public Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }
}
