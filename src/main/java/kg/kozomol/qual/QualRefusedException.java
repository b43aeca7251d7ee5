package kg.kozomol.qual;

/** Input or an action that breaks a rule of qualitative work; the key names the localised message shown instead. */
public class QualRefusedException extends RuntimeException {

    private final String messageKey;

    public QualRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
