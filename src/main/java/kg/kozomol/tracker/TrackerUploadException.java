package kg.kozomol.tracker;

import kg.kozomol.files.FileRejectedException;

/** An upload was refused; says which of the form's files it was. */
public class TrackerUploadException extends RuntimeException {

    private final String field;
    private final FileRejectedException rejection;

    public TrackerUploadException(String field, FileRejectedException rejection) {
        super(rejection.messageKey() + " (" + field + ")", rejection);
        this.field = field;
        this.rejection = rejection;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return rejection.messageKey();
    }

    public Object[] args() {
        return rejection.args();
    }
}
