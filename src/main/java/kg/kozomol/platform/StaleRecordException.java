package kg.kozomol.platform;

/** Someone saved the record after this user loaded it; their change must not overwrite the other. */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String what) {
        super(what);
    }
}
