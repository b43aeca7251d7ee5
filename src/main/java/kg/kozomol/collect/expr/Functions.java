package kg.kozomol.collect.expr;

import java.util.Set;

/** Which functions a form may call: those we evaluate, and other ODK functions we accept in forms but leave to the phone. */
final class Functions {

    static final Set<String> EVALUATED = Set.of("if", "selected", "count-selected", "string-length", "regex", "concat",
            "coalesce", "int", "number", "round", "today", "now", "not", "true", "false", "string", "boolean", "pulldata");

    static final Set<String> PASSED_THROUGH = Set.of("jr:choice-name", "position", "indexed-repeat", "sum", "max", "min",
            "count", "substr", "contains", "starts-with", "ends-with", "uuid", "once", "format-date", "format-date-time",
            "decimal-date-time", "date", "date-time", "decimal-time", "pow", "abs", "floor", "ceiling", "selected-at",
            "jr:itext", "random", "translate", "normalize-space", "boolean-from-string", "checklist",
            "weighted-checklist", "distance", "area", "digest", "base64-decode", "join", "substring-before",
            "substring-after", "exp", "log", "log10", "sqrt", "sin", "cos", "tan", "pi", "instance", "current", "last");

    private Functions() {
    }

    static boolean known(String name) {
        return EVALUATED.contains(name) || PASSED_THROUGH.contains(name);
    }
}
