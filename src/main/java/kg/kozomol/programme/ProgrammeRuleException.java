package kg.kozomol.programme;

/** Input or an action that breaks a programme rule; {@code field} is null for a rule about the whole form. */
public class ProgrammeRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ProgrammeRuleException(String field, String messageKey) {
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
