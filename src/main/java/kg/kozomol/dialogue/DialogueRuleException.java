package kg.kozomol.dialogue;

/** Input or a step that breaks a rule of meetings; {@code field} is null for a rule about the whole form. */
public class DialogueRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public DialogueRuleException(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
