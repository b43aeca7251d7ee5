package kg.kozomol.stats;

import java.util.Arrays;
import java.util.List;

/**
 * A request the engine cannot answer honestly (bad weights, a lonely PSU under "fail", a domain without cases, a
 * singular regression, ...). It carries a {@link Problem} (a message key) and the arguments that name the variable,
 * stratum or row, never a half-computed result.
 */
public class SurveyException extends RuntimeException {

    private final Problem problem;
    private final List<Object> args;

    public SurveyException(Problem problem, Object... args) {
        super(problem.key() + Arrays.toString(args));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** The message key, as {@code problem().key()}. */
    public String code() {
        return problem.key();
    }

    public List<Object> args() {
        return args;
    }
}
