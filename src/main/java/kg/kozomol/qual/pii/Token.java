package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of the text: letters and digits, with inner hyphens and apostrophes ("Иссык-Куль", "Д'Артаньян"). */
record Token(int start, int end, String text) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.start(), matcher.end(), matcher.group()));
        }
        return tokens;
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** "Айгуль", not "айгуль", "НКО" or "ПИНи": a capital letter followed by lower case, as names are written. */
    boolean nameCased() {
        return Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(0))
                && (text.length() == 1 || Character.isLowerCase(text.charAt(1)));
    }
}
