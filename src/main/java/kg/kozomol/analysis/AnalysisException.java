package kg.kozomol.analysis;

import java.util.List;

/**
 * A dataset or an analysis that cannot be read or estimated honestly; the message key (of the {@code analysis} or
 * {@code stats} bundle) and its arguments name the file, variable or stratum.
 */
public class AnalysisException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public AnalysisException(String messageKey, Object... args) {
        super(messageKey + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
