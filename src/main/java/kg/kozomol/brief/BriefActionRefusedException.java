package kg.kozomol.brief;

/** A workflow step or an edit the brief's state does not allow; {@link #messageKey()} says why. */
public class BriefActionRefusedException extends RuntimeException {

    private final String messageKey;

    public BriefActionRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
