package kg.kozomol.collect.expr;

/** A function the form may use (the phone evaluates it) but the server does not: the check it is part of is skipped. */
public class UnsupportedFunctionException extends ExprException {

    public UnsupportedFunctionException(String function) {
        super("function not evaluated on the server: " + function, 0);
    }
}
