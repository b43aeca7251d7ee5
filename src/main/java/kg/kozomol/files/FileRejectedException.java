package kg.kozomol.files;

/** The upload was refused; {@link #messageKey()} and {@link #args()} tell the user why, in their language. */
public class FileRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public FileRejectedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
