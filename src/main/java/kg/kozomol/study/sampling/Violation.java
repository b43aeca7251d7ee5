package kg.kozomol.study.sampling;

import java.util.List;

/**
 * A broken rule of a plan: the form field it concerns (e.g. {@code strata[1].size}), a message code under
 * {@code study.plan.error.} and the numbers the message shows.
 */
public record Violation(String field, String code, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }
}
