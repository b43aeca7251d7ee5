package kg.kozomol.jobs;

import java.util.Arrays;
import java.util.List;

/** Ends a job as FAILED with a message (a message key and its arguments) that people can act on. */
public class JobFailedException extends Exception {

    private final String messageKey;
    private final transient List<String> args;

    public JobFailedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? List.of() : Arrays.stream(args).map(String::valueOf).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
