package kg.kozomol.collect.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.kozomol.collect.expr.Expr.Operator;
import kg.kozomol.collect.expr.Token.Kind;

/** Recursive descent over XPath 1.0 precedence: or, and, equality, relational, additive, multiplicative, unary. */
final class Parser {

    private static final Map<String, Operator> EQUALITY = Map.of("=", Operator.EQ, "!=", Operator.NE);
    private static final Map<String, Operator> RELATIONAL = Map.of("<", Operator.LT, "<=", Operator.LE, ">", Operator.GT,
            ">=", Operator.GE);
    private static final Map<String, Operator> ADDITIVE = Map.of("+", Operator.PLUS, "-", Operator.MINUS);

    private final List<Token> tokens;
    /** Whether bare names are choice columns, as in a choice filter; elsewhere they are paths, which are not supported. */
    private final boolean columns;
    private int next;

    private Parser(List<Token> tokens, boolean columns) {
        this.tokens = tokens;
        this.columns = columns;
    }

    static Expr parse(String source, boolean columns) {
        Parser parser = new Parser(Lexer.tokens(source), columns);
        Expr expr = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new ExprException("unexpected '" + rest.text() + "'", rest.start());
        }
        return expr;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is(Kind.NAME, "or")) {
            next++;
            left = new Expr.Binary(Operator.OR, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = equality();
        while (peek().is(Kind.NAME, "and")) {
            next++;
            left = new Expr.Binary(Operator.AND, left, equality());
        }
        return left;
    }

    private Expr equality() {
        Expr left = relational();
        while (peek().kind() == Kind.OPERATOR && EQUALITY.containsKey(peek().text())) {
            left = new Expr.Binary(EQUALITY.get(tokens.get(next++).text()), left, relational());
        }
        return left;
    }

    private Expr relational() {
        Expr left = additive();
        while (peek().kind() == Kind.OPERATOR && RELATIONAL.containsKey(peek().text())) {
            left = new Expr.Binary(RELATIONAL.get(tokens.get(next++).text()), left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().kind() == Kind.OPERATOR && ADDITIVE.containsKey(peek().text())) {
            left = new Expr.Binary(ADDITIVE.get(tokens.get(next++).text()), left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (true) {
            Token token = peek();
            Operator operator = token.is(Kind.OPERATOR, "*") ? Operator.TIMES
                    : token.is(Kind.NAME, "div") ? Operator.DIV : token.is(Kind.NAME, "mod") ? Operator.MOD : null;
            if (operator == null) {
                return left;
            }
            next++;
            left = new Expr.Binary(operator, left, unary());
        }
    }

    private Expr unary() {
        if (peek().is(Kind.OPERATOR, "-")) {
            next++;
            return new Expr.Negate(unary());
        }
        return primary();
    }

    private Expr primary() {
        Token token = tokens.get(next++);
        switch (token.kind()) {
            case NUMBER -> {
                try {
                    return new Expr.Literal(Double.parseDouble(token.text()));
                } catch (NumberFormatException e) {
                    throw new ExprException("bad number", token.start());
                }
            }
            case STRING -> {
                return new Expr.Literal(token.text());
            }
            case REF -> {
                return new Expr.Ref(token.text());
            }
            case DOT -> {
                return new Expr.Current();
            }
            case LPAREN -> {
                Expr inner = or();
                expect(Kind.RPAREN);
                return inner;
            }
            case NAME -> {
                if (peek().kind() != Kind.LPAREN && columns) {
                    return new Expr.Column(token.text());
                }
                if (peek().kind() != Kind.LPAREN) {
                    throw new ExprException("paths are not supported, use ${name}: '" + token.text() + "'", token.start());
                }
                next++;
                List<Expr> arguments = new ArrayList<>();
                if (peek().kind() != Kind.RPAREN) {
                    arguments.add(or());
                    while (peek().kind() == Kind.COMMA) {
                        next++;
                        arguments.add(or());
                    }
                }
                expect(Kind.RPAREN);
                return new Expr.Call(token.text(), List.copyOf(arguments));
            }
            default -> throw new ExprException(token.kind() == Kind.END ? "unexpected end" : "unexpected '" + token.text() + "'",
                    token.start());
        }
    }

    private void expect(Kind kind) {
        Token token = tokens.get(next);
        if (token.kind() != kind) {
            throw new ExprException("expected " + kind + " but found '" + token.text() + "'", token.start());
        }
        next++;
    }

    private Token peek() {
        return tokens.get(next);
    }
}
