package kg.kozomol.collect;

import org.springframework.http.HttpStatus;

/** A refusal the phone shows to its user: an HTTP status and the message key of the OpenRosa response's text. */
public class SubmissionRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public SubmissionRefusedException(HttpStatus status, String messageKey, Object... args) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static SubmissionRefusedException badRequest(String messageKey) {
        return new SubmissionRefusedException(HttpStatus.BAD_REQUEST, messageKey);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
