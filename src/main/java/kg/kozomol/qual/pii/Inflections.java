package kg.kozomol.qual.pii;

import java.util.regex.Pattern;

/**
 * Case endings that may follow a known stem in Russian or Kyrgyz text (on folded text), so a listed "Талас" is
 * also found as "Таласе", "Таласской", "Таласта" and a listed "Айгуль" as "Айгулью" or "Айгулга". Deliberately
 * a list of endings, not a morphology: it only has to recognise forms of words someone already listed.
 */
final class Inflections {

    private static final Pattern RUSSIAN = Pattern.compile(
            "а|я|ы|и|у|ю|е|о|ь|й|ом|ем|ой|ей|ою|ею|ам|ям|ах|ях|ами|ями|ов|ев|ий|ый|ая|яя|ое|ее|ую|юю|ого|его|ому|ему"
                    + "|ым|им|ых|их|ыми|ими|ью|ья|ье|ьи|ьей|ьем|ьям|ьях|ьями");

    private static final Pattern SHORT_RUSSIAN = Pattern.compile("а|у|е|ом");

    /** Place adjectives: Талас → Таласская, Иссык-Куль → Иссык-Кульской. */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
            "ь?(?:ин)?ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими|ых)");

    /** Kyrgyz possessive and case suffix chains after folding: -та, -га, -дын, -унда, -теги, -лар... */
    private static final Pattern KYRGYZ = Pattern.compile(
            "(?:[лдт][ао]р|[лдт]ер)?(?:с?[ыиу]н?)?(?:[дт][аео]н?|[гк][аео]|н[аео]|[нтд][ыиу]н?|[дт][аео]г[ыиу])?");

    private Inflections() {
    }

    static boolean isEnding(String remainder) {
        return remainder.isEmpty() || RUSSIAN.matcher(remainder).matches() || KYRGYZ.matcher(remainder).matches();
    }

    /**
     * Endings after a word of three letters or fewer, where a lone vowel would too often make another word
     * ("Ош" + "о" is the Kyrgyz "ошо"): Russian а, у, е, ом, or a Kyrgyz suffix starting with a consonant.
     */
    static boolean isShortWordEnding(String remainder) {
        return remainder.isEmpty() || SHORT_RUSSIAN.matcher(remainder).matches()
                || KYRGYZ.matcher(remainder).matches() && "аеиоуыэюяь".indexOf(remainder.charAt(0)) < 0
                || isPlaceAdjectiveEnding(remainder);
    }

    static boolean isPlaceAdjectiveEnding(String remainder) {
        return PLACE_ADJECTIVE.matcher(remainder).matches();
    }

    /** The folded word without its longest Russian ending, keeping at least three letters. */
    static String stem(String folded) {
        for (int length = Math.min(5, folded.length() - 3); length > 0; length--) {
            if (RUSSIAN.matcher(folded.substring(folded.length() - length)).matches()) {
                return folded.substring(0, folded.length() - length);
            }
        }
        return folded;
    }
}
