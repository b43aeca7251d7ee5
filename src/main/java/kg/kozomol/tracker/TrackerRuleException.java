package kg.kozomol.tracker;

/** Input that breaks a tracker rule; {@code field} is null for a rule about the whole form. */
public class TrackerRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TrackerRuleException(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
