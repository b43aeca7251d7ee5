package kg.kozomol.collect.expr;

import java.util.List;

/** A parsed XLSForm expression: the small XPath 1.0 subset form authors write in relevant, constraint and calculation. */
public sealed interface Expr {

    record Literal(Object value) implements Expr {
    }

    /** {@code ${name}}: the answer to another question. */
    record Ref(String name) implements Expr {
    }

    /** A bare name in a choice filter: that column of the choice being filtered ({@code region=${region}}). */
    record Column(String name) implements Expr {
    }

    /** {@code .}: the answer to the question the expression belongs to (constraints). */
    record Current() implements Expr {
    }

    record Binary(Operator operator, Expr left, Expr right) implements Expr {
    }

    record Negate(Expr operand) implements Expr {
    }

    record Call(String function, List<Expr> arguments) implements Expr {
    }

    enum Operator {
        OR, AND, EQ, NE, LT, LE, GT, GE, PLUS, MINUS, TIMES, DIV, MOD
    }
}
