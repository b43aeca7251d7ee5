package kg.kozomol.collect.expr;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.collect.expr.Token.Kind;

/** Splits an expression into tokens. Names may carry a prefix ({@code jr:choice-name}) and hyphens ({@code count-selected}). */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int close = source.indexOf(c, i + 1);
                if (close < 0) {
                    throw new ExprException("unclosed string", i);
                }
                tokens.add(new Token(Kind.STRING, source.substring(i + 1, close), i, close + 1));
                i = close + 1;
            } else if (c == '$' && i + 1 < n && source.charAt(i + 1) == '{') {
                int close = source.indexOf('}', i);
                String name = close < 0 ? "" : source.substring(i + 2, close).trim();
                if (close < 0 || !name.matches("[\\p{L}_][\\p{L}\\p{N}_.\\-]*")) {
                    throw new ExprException("bad reference", i);
                }
                tokens.add(new Token(Kind.REF, name, i, close + 1));
                i = close + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, source.substring(start, i), start, i));
            } else if (c == '.') {
                tokens.add(new Token(Kind.DOT, ".", i, ++i));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(source.charAt(i)) || "_-:.".indexOf(source.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, source.substring(start, i), start, i));
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, "(", i, ++i));
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, ")", i, ++i));
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", i, ++i));
            } else if ((c == '<' || c == '>' || c == '!') && i + 1 < n && source.charAt(i + 1) == '=') {
                tokens.add(new Token(Kind.OPERATOR, source.substring(i, i + 2), i, i += 2));
            } else if ("=<>+-*".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), i, ++i));
            } else {
                throw new ExprException("unexpected character '" + c + "'", i);
            }
        }
        tokens.add(new Token(Kind.END, "", n, n));
        return tokens;
    }
}
