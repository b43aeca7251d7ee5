package kg.kozomol.collect.expr;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kozomol.collect.expr.Token.Kind;

/**
 * The one evaluator of XLSForm expressions: parsing (for form checks), the names an expression refers to (reference
 * and cycle checks), evaluation (server-side validation of submissions) and rewriting {@code ${name}} into XForm paths.
 * A JavaScript twin for live skip logic in the web form must keep these semantics (see Evaluator's value rules).
 */
public final class Expressions {

    /** {@code ${name}} inside label text, where quotes and brackets mean nothing. */
    public static final Pattern TEXT_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private Expressions() {
    }

    public static Expr parse(String source) {
        Expr expr = Parser.parse(source, false);
        checkFunctions(expr);
        return expr;
    }

    /** A choice filter, where a bare name is a column of the choices sheet ({@code region=${region}}), as pyxform allows. */
    public static Expr parseFilter(String source) {
        Expr expr = Parser.parse(source, true);
        checkFunctions(expr);
        return expr;
    }

    /** The question names an expression reads, in order of appearance. */
    public static Set<String> references(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        collect(expr, names);
        return names;
    }

    /** The choice columns a choice filter reads by bare name. */
    public static Set<String> columns(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        visit(expr, e -> {
            if (e instanceof Expr.Column column) {
                names.add(column.name());
            }
        });
        return names;
    }

    /** The calls of a function in an expression, in order of appearance (e.g. to check pulldata's arguments). */
    public static List<Expr.Call> calls(Expr expr, String function) {
        List<Expr.Call> calls = new java.util.ArrayList<>();
        visit(expr, e -> {
            if (e instanceof Expr.Call call && call.function().equals(function)) {
                calls.add(call);
            }
        });
        return calls;
    }

    /**
     * The CSV files an expression's {@code pulldata('name', …)} calls read ({@code name.csv}); none when it does not
     * parse, which the form check reports apart.
     */
    public static Set<String> pulldataFiles(String source) {
        Set<String> files = new LinkedHashSet<>();
        // Most expressions call no pulldata: they need not be parsed to find out (the checks on receipt ask per submission).
        if (source == null || !source.contains("pulldata")) {
            return files;
        }
        try {
            for (Expr.Call call : calls(Parser.parse(source, true), "pulldata")) {
                if (!call.arguments().isEmpty() && call.arguments().get(0) instanceof Expr.Literal literal
                        && literal.value() instanceof String name) {
                    files.add(name + ".csv");
                }
            }
        } catch (ExprException e) {
            // reported by the form check
        }
        return files;
    }

    /** References in label or hint text, where {@code ${name}} shows the answer. */
    public static Set<String> textReferences(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TEXT_REFERENCE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    public static Object evaluate(Expr expr, Answers answers, Clock clock) {
        return new Evaluator(answers, clock).eval(expr);
    }

    public static boolean isTrue(Expr expr, Answers answers, Clock clock) {
        return Evaluator.bool(evaluate(expr, answers, clock));
    }

    /** The value as the text an XForm instance would hold ({@code 3} not {@code 3.0}, booleans as true/false). */
    public static String text(Object value) {
        return Evaluator.text(value);
    }

    /** The source with each {@code ${name}} replaced by {@code pathOf(name)}; everything else is kept byte for byte. */
    public static String toXPath(String source, Function<String, String> pathOf) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Token token : Lexer.tokens(source)) {
            if (token.kind() == Kind.REF) {
                out.append(source, copied, token.start()).append(pathOf.apply(token.text()));
                copied = token.end();
            }
        }
        return out.append(source.substring(copied)).toString();
    }

    private static void collect(Expr expr, Set<String> names) {
        visit(expr, e -> {
            if (e instanceof Expr.Ref ref) {
                names.add(ref.name());
            }
        });
    }

    private static void visit(Expr expr, java.util.function.Consumer<Expr> visitor) {
        visitor.accept(expr);
        if (expr instanceof Expr.Binary binary) {
            visit(binary.left(), visitor);
            visit(binary.right(), visitor);
        } else if (expr instanceof Expr.Negate negate) {
            visit(negate.operand(), visitor);
        } else if (expr instanceof Expr.Call call) {
            call.arguments().forEach(argument -> visit(argument, visitor));
        }
    }

    private static void checkFunctions(Expr expr) {
        if (expr instanceof Expr.Call call) {
            if (!Functions.known(call.function())) {
                throw new ExprException("unknown function " + call.function() + "()", 0);
            }
            call.arguments().forEach(Expressions::checkFunctions);
        } else if (expr instanceof Expr.Binary binary) {
            checkFunctions(binary.left());
            checkFunctions(binary.right());
        } else if (expr instanceof Expr.Negate negate) {
            checkFunctions(negate.operand());
        }
    }
}
