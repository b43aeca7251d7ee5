package kg.kozomol.collect.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kg.kozomol.collect.expr.Expr.Binary;
import kg.kozomol.collect.expr.Expr.Call;

/**
 * XPath 1.0 value rules as ODK applies them to answers: every answer is text; numbers compare as numbers when either
 * side is a number; dates ({@code 2026-11-26}) become days since 1970 in arithmetic and ordering, as JavaRosa does.
 */
final class Evaluator {

    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Answers answers;
    private final Clock clock;

    Evaluator(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    Object eval(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        } else if (expr instanceof Expr.Ref ref) {
            return nullToEmpty(answers.answer(ref.name()));
        } else if (expr instanceof Expr.Column column) {
            return nullToEmpty(answers.column(column.name()));
        } else if (expr instanceof Expr.Current) {
            return nullToEmpty(answers.current());
        } else if (expr instanceof Expr.Negate negate) {
            return -number(eval(negate.operand()));
        } else if (expr instanceof Binary binary) {
            return binary(binary);
        }
        return call((Call) expr);
    }

    private Object binary(Binary binary) {
        return switch (binary.operator()) {
            case OR -> bool(eval(binary.left())) || bool(eval(binary.right()));
            case AND -> bool(eval(binary.left())) && bool(eval(binary.right()));
            case EQ -> equal(eval(binary.left()), eval(binary.right()));
            case NE -> !equal(eval(binary.left()), eval(binary.right()));
            case LT -> number(eval(binary.left())) < number(eval(binary.right()));
            case LE -> number(eval(binary.left())) <= number(eval(binary.right()));
            case GT -> number(eval(binary.left())) > number(eval(binary.right()));
            case GE -> number(eval(binary.left())) >= number(eval(binary.right()));
            case PLUS -> number(eval(binary.left())) + number(eval(binary.right()));
            case MINUS -> number(eval(binary.left())) - number(eval(binary.right()));
            case TIMES -> number(eval(binary.left())) * number(eval(binary.right()));
            case DIV -> number(eval(binary.left())) / number(eval(binary.right()));
            case MOD -> number(eval(binary.left())) % number(eval(binary.right()));
        };
    }

    private static boolean equal(Object left, Object right) {
        if (left instanceof Boolean || right instanceof Boolean) {
            return bool(left) == bool(right);
        }
        if (left instanceof Double || right instanceof Double) {
            return number(left) == number(right);
        }
        return text(left).equals(text(right));
    }

    private Object call(Call call) {
        List<Expr> args = call.arguments();
        return switch (call.function()) {
            case "if" -> {
                arity(call, 3);
                yield bool(eval(args.get(0))) ? eval(args.get(1)) : eval(args.get(2));
            }
            case "selected" -> {
                arity(call, 2);
                yield Arrays.asList(text(eval(args.get(0))).trim().split("\\s+")).contains(text(eval(args.get(1))).trim());
            }
            case "count-selected" -> {
                arity(call, 1);
                String value = text(eval(args.get(0))).trim();
                yield value.isEmpty() ? 0.0 : (double) value.split("\\s+").length;
            }
            case "string-length" -> {
                arity(call, 1);
                String value = text(eval(args.get(0)));
                yield (double) value.codePointCount(0, value.length());
            }
            case "regex" -> {
                arity(call, 2);
                yield regex(text(eval(args.get(0))), text(eval(args.get(1))));
            }
            case "concat" -> {
                StringBuilder joined = new StringBuilder();
                args.forEach(arg -> joined.append(text(eval(arg))));
                yield joined.toString();
            }
            case "coalesce" -> {
                arity(call, 2);
                String first = text(eval(args.get(0)));
                yield first.isEmpty() ? eval(args.get(1)) : first;
            }
            case "int" -> {
                arity(call, 1);
                double value = number(eval(args.get(0)));
                yield Double.isNaN(value) || Double.isInfinite(value) ? value : (double) (long) value;
            }
            case "number" -> {
                arity(call, 1);
                yield number(eval(args.get(0)));
            }
            case "round" -> round(call);
            case "pulldata" -> {
                arity(call, 4);
                yield answers.pulldata(text(eval(args.get(0))), text(eval(args.get(1))), text(eval(args.get(2))),
                        text(eval(args.get(3))));
            }
            case "today" -> LocalDate.now(clock).toString();
            case "now" -> OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case "not" -> {
                arity(call, 1);
                yield !bool(eval(args.get(0)));
            }
            case "true" -> true;
            case "false" -> false;
            case "string" -> {
                arity(call, 1);
                yield text(eval(args.get(0)));
            }
            case "boolean" -> {
                arity(call, 1);
                yield bool(eval(args.get(0)));
            }
            default -> throw new UnsupportedFunctionException(call.function());
        };
    }

    private Object round(Call call) {
        if (call.arguments().isEmpty() || call.arguments().size() > 2) {
            throw new ExprException(call.function() + ": wrong number of arguments", 0);
        }
        double value = number(eval(call.arguments().get(0)));
        int digits = call.arguments().size() == 2 ? (int) number(eval(call.arguments().get(1))) : 0;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static boolean regex(String value, String pattern) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            throw new ExprException("bad regular expression", 0);
        }
    }

    private static void arity(Call call, int expected) {
        if (call.arguments().size() != expected) {
            throw new ExprException(call.function() + ": expects " + expected + " arguments", 0);
        }
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        return !text(value).isEmpty();
    }

    static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String text = text(value).trim();
        if (text.length() >= 10 && DATE.matcher(text.substring(0, 10)).matches()) {
            return days(text.substring(0, 10));
        }
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double days(String date) {
        try {
            return ChronoUnit.DAYS.between(EPOCH, LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return Double.NaN;
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return d == Math.rint(d) ? Long.toString(d.longValue()) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
