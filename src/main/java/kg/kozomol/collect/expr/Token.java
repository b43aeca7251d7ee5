package kg.kozomol.collect.expr;

/** One lexical piece of an expression with where it sits in the source, so references can be rewritten in place. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        NUMBER, STRING, REF, DOT, NAME, LPAREN, RPAREN, COMMA, OPERATOR, END
    }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }
}
