package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's places and institutions in any case: "Талас" also as "Таласе", "Таласта" or "Таласской области",
 * "Таласская область" as "Таласской области". Matching is case-insensitive with Kyrgyz letters folded, except that
 * a listed word of three letters or fewer ("Ош") must keep its capital, so the Kyrgyz pronoun "ошо" is no place.
 */
final class TermFinder {

    /** A following word that belongs to a place: "Таласской области", "Талас району". */
    private static final List<String> PLACE_NOUNS = List.of("област", "облус", "район", "айыл", "айылы", "сел",
            "город", "шаар", "поселк");

    /** Words that make a term an institution when the caller did not say which it is. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("школ", "гимназ", "лице", "мектеп", "больниц",
            "поликлиник", "оорукан", "фап", "цсм", "гсв", "университет", "колледж", "институт", "сад", "бакча",
            "суд", "прокуратур", "милиц", "полиц", "отдел", "управлен", "министерств", "агентств", "служб",
            "центр", "борбор", "фонд", "оф", "оо", "нко", "ассоциац", "колони", "сизо", "учрежден", "организац",
            "комитет", "окмот", "аким", "мэри", "кенеш", "департамент", "пробац", "инспекц", "приют", "интернат");

    record Term(String name, PiiKind kind, List<Word> words) {
    }

    /** A listed word, folded and stemmed once. Short capitalised words must keep their capital. */
    record Word(String folded, String stem, boolean keepsCapital) {

        static Word of(String listed) {
            String folded = Folding.fold(listed);
            return new Word(folded, Inflections.stem(folded),
                    folded.length() <= 3 && Character.isUpperCase(listed.charAt(0)));
        }

        boolean matches(Token token, String tokenFolded) {
            if (keepsCapital && !token.capitalised()) {
                return false;
            }
            if (tokenFolded.equals(folded)) {
                return true;
            }
            if (!tokenFolded.startsWith(stem)) {
                return false;
            }
            String remainder = tokenFolded.substring(stem.length());
            if (keepsCapital) {
                return Inflections.isShortWordEnding(remainder);
            }
            return Inflections.isEnding(remainder) || Inflections.isPlaceAdjectiveEnding(remainder);
        }
    }

    private final List<Term> terms = new ArrayList<>();

    TermFinder(List<String> places, List<String> institutions) {
        places.forEach(place -> add(place, classify(place)));
        institutions.forEach(institution -> add(institution, PiiKind.INSTITUTION));
    }

    List<PiiHit> find(String text, List<Token> tokens) {
        List<PiiHit> hits = new ArrayList<>();
        List<String> folded = tokens.stream().map(token -> Folding.fold(token.text())).toList();
        for (int i = 0; i < tokens.size(); i++) {
            for (Term term : terms) {
                int last = matchFrom(text, tokens, folded, i, term);
                if (last < 0) {
                    continue;
                }
                if (term.kind() == PiiKind.PLACE && last + 1 < tokens.size()
                        && placeNoun(tokens.get(last + 1).text())
                        && spaced(text, tokens.get(last), tokens.get(last + 1))) {
                    last++;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(last).end();
                hits.add(new PiiHit(start, end, term.kind(), text.substring(start, end)));
            }
        }
        return hits;
    }

    /** The listed name a hit stands for, so "Таласе" and "Таласта" get one pseudonym. */
    Optional<String> termOf(String hitText) {
        List<Token> tokens = Token.of(hitText);
        List<String> folded = tokens.stream().map(token -> Folding.fold(token.text())).toList();
        for (Term term : terms) {
            if (!tokens.isEmpty() && matchFrom(hitText, tokens, folded, 0, term) >= 0) {
                return Optional.of(term.name());
            }
        }
        return Optional.empty();
    }

    private static int matchFrom(String text, List<Token> tokens, List<String> folded, int first, Term term) {
        List<Word> words = term.words();
        if (first + words.size() > tokens.size()) {
            return -1;
        }
        for (int w = 0; w < words.size(); w++) {
            Token token = tokens.get(first + w);
            if (!words.get(w).matches(token, folded.get(first + w))
                    || w > 0 && !spaced(text, tokens.get(first + w - 1), token)) {
                return -1;
            }
        }
        return first + words.size() - 1;
    }

    private static boolean placeNoun(String word) {
        String folded = Folding.fold(word);
        return PLACE_NOUNS.stream().anyMatch(noun -> folded.startsWith(noun)
                && Inflections.isEnding(folded.substring(noun.length())));
    }

    /** Words of one term stand apart by spaces, quotes or a number sign only, never across a line. */
    private static boolean spaced(String text, Token left, Token right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (" \t\u00A0\"«»„“”'№".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static PiiKind classify(String term) {
        for (Token token : Token.of(term)) {
            String folded = Folding.fold(token.text());
            if (INSTITUTION_WORDS.stream().anyMatch(word -> folded.startsWith(word)
                    && (word.length() > 3 || folded.equals(word)))) {
                return PiiKind.INSTITUTION;
            }
        }
        return PiiKind.PLACE;
    }

    private void add(String term, PiiKind kind) {
        List<Word> words = Token.of(term).stream().map(token -> Word.of(token.text())).toList();
        if (!words.isEmpty()) {
            terms.add(new Term(term.strip(), kind, words));
        }
    }
}
