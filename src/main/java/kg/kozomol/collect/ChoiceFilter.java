package kg.kozomol.collect;

import java.time.Clock;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.Expr;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;

/**
 * A select's {@code choice_filter}, parsed once, deciding which options the answers so far allow: the web form narrows
 * its lists with it and the checks on receipt test a submission's choices with it. A filter the server cannot parse,
 * or cannot evaluate for an option, lets the option through: the phone has already applied it.
 */
public final class ChoiceFilter {

    private static final ChoiceFilter NONE = new ChoiceFilter(null);

    private final Expr filter;

    private ChoiceFilter(Expr filter) {
        this.filter = filter;
    }

    public static ChoiceFilter of(Question question) {
        if (question.choices().filter() == null) {
            return NONE;
        }
        try {
            return new ChoiceFilter(Expressions.parseFilter(question.choices().filter()));
        } catch (ExprException e) {
            return NONE;
        }
    }

    /** @param answers the answers as the filter reads them, with {@link Answers#column} reading this choice's columns */
    public boolean allows(Answers answers, Clock clock) {
        if (filter == null) {
            return true;
        }
        try {
            return Expressions.isTrue(filter, answers, clock);
        } catch (ExprException e) {
            return true;
        }
    }
}
