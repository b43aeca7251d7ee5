package kg.kozomol.study;

/** Input or an action that breaks a study rule; {@code field} is null for a rule about the whole form or study. */
public class StudyRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public StudyRuleException(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public StudyRuleException(FieldProblem problem) {
        this(problem.field(), problem.messageKey());
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
