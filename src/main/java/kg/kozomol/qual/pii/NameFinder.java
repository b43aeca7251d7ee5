package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kg.kozomol.qual.pii.NameLexicon.Strength;

/**
 * Person names: runs of capitalised name words ("Петром Сергеевичем", "Иванова А. С.", "Азамат Бакыт уулу").
 * A run counts when one of its words is surely a name; a word that is also an ordinary word ("Вера", "Надежда")
 * is sure only mid-sentence, where its capital letter marks it as a proper noun, so a sentence that merely starts
 * with it is left alone unless another name follows.
 */
final class NameFinder {

    /** Kyrgyz patronymic particles: "Бакыт уулу" is "son of Бакыт", "Бакыт кызы" "daughter of Бакыт". */
    private static final Set<String> PARTICLES = Set.of("уулу", "кызы");
    private static final String SENTENCE_END = ".!?…:";
    private static final String OPENING = "\"«„“”'(–—-";

    /**
     * SURE: a name wherever it stands. MID_SENTENCE: also an ordinary word, but capitalised mid-sentence.
     * NEEDS_COMPANY: counts only next to a SURE name or an initial ("Вера Петровна", not "Анан Бакытка").
     */
    private enum Role {
        NONE, NEEDS_COMPANY, MID_SENTENCE, SURE, INITIAL, PARTICLE
    }

    private final NameLexicon lexicon;

    NameFinder(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<PiiHit> find(String text, List<Token> tokens) {
        Role[] roles = roles(text, tokens);
        List<PiiHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (roles[i] == Role.NONE || roles[i] == Role.PARTICLE) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && roles[last + 1] != Role.NONE
                    && adjacent(text, tokens.get(last), tokens.get(last + 1), roles[last])) {
                last++;
            }
            int[] name = accepted(roles, i, last);
            if (name != null) {
                int end = tokens.get(name[1]).end();
                if (roles[name[1]] == Role.INITIAL && end < text.length() && text.charAt(end) == '.') {
                    end++;
                }
                int start = tokens.get(name[0]).start();
                hits.add(new PiiHit(start, end, PiiKind.PERSON_NAME, text.substring(start, end)));
            }
            i = last + 1;
        }
        return hits;
    }

    /** The lemma of each name word, for consistent pseudonyms: "Петром Сергеевичем" → "петр сергей". */
    String normalise(String name) {
        NameLexicon.Lookup lookup = lexicon.lookup();
        List<String> words = new ArrayList<>();
        for (Token token : Token.of(name)) {
            if (isInitial(name, token)) {
                continue;
            }
            String lemma = lookup.read(token.text()).lemma();
            words.add(Folding.fold(lemma == null ? token.text() : lemma));
        }
        return String.join(" ", words);
    }

    private Role[] roles(String text, List<Token> tokens) {
        NameLexicon.Lookup lookup = lexicon.lookup();
        Role[] roles = new Role[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            roles[i] = Role.NONE;
            if (PARTICLES.contains(Folding.fold(token.text()))) {
                roles[i] = Role.PARTICLE;
            } else if (isInitial(text, token)) {
                roles[i] = Role.INITIAL;
            } else if (token.nameCased() && token.text().length() > 1) {
                roles[i] = roleOf(lookup.read(token.text()).strength(), sentenceInitial(text, token.start()));
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (roles[i] == Role.PARTICLE) {
                markFather(text, tokens, roles, i);
            }
        }
        return roles;
    }

    /** "Азамат Бакыт уулу": the capitalised word before the particle and the one before that are names. */
    private static void markFather(String text, List<Token> tokens, Role[] roles, int particle) {
        int father = particle - 1;
        if (!namePart(tokens.get(father)) || !adjacent(text, tokens.get(father), tokens.get(particle), Role.SURE)) {
            roles[particle] = Role.NONE;
            return;
        }
        roles[father] = Role.SURE;
        int given = father - 1;
        if (given >= 0 && namePart(tokens.get(given)) && roles[given] != Role.INITIAL
                && adjacent(text, tokens.get(given), tokens.get(father), Role.SURE)) {
            roles[given] = Role.SURE;
        }
    }

    private static boolean namePart(Token token) {
        return token.nameCased() && token.text().length() > 1;
    }

    private static Role roleOf(Strength strength, boolean sentenceInitial) {
        return switch (strength) {
            case NONE -> Role.NONE;
            case WEAK -> Role.NEEDS_COMPANY;
            case AMBIGUOUS -> sentenceInitial ? Role.NEEDS_COMPANY : Role.MID_SENTENCE;
            case STRONG -> Role.SURE;
        };
    }

    /** The [first, last] tokens of the run that make a name, or null. */
    private static int[] accepted(Role[] roles, int first, int last) {
        int sure = 0;
        int midSentence = 0;
        int needsCompany = 0;
        int initials = 0;
        for (int i = first; i <= last; i++) {
            switch (roles[i]) {
                case SURE -> sure++;
                case MID_SENTENCE -> midSentence++;
                case NEEDS_COMPANY -> needsCompany++;
                case INITIAL -> initials++;
                default -> {
                }
            }
        }
        int names = sure + midSentence + needsCompany;
        if (sure > 0 || names > 0 && initials > 0 || midSentence == 0 && needsCompany > 1) {
            return new int[] { first, last };
        }
        if (midSentence == 0) {
            return null;
        }
        while (roles[first] == Role.NEEDS_COMPANY) {
            first++;
        }
        while (roles[last] == Role.NEEDS_COMPANY) {
            last--;
        }
        return new int[] { first, last };
    }

    /** Words of one name are separated by spaces only; an initial also by its full stop. */
    private static boolean adjacent(String text, Token left, Token right, Role leftRole) {
        int from = left.end();
        if (leftRole == Role.INITIAL && from < right.start() && text.charAt(from) == '.') {
            from++;
        }
        for (int i = from; i < right.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return leftRole == Role.INITIAL || from < right.start();
    }

    private static boolean isInitial(String text, Token token) {
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
                && token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    private static boolean sentenceInitial(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || SENTENCE_END.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && OPENING.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
