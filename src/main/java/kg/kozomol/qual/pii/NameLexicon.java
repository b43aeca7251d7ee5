package kg.kozomol.qual.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Tells whether a capitalised word is a person's name. First the curated list of Kyrgyz and Central Asian names
 * ({@code names.txt}), then LanguageTool's Russian morphological dictionary (aot.ru, tags {@code NN:Name},
 * {@code NN:Patr}, {@code NN:Fam} in every case and number), then the shape of words the dictionary does not know
 * (surname and patronymic suffixes). Thread-safe; the dictionary (2.3 MB) is read once.
 */
final class NameLexicon {

    /** How sure a reading is that the word is a name, which decides where it counts. */
    enum Strength {
        /** Not a name. */
        NONE,
        /** Only the shape of a name (-ский): counts next to another name. */
        WEAK,
        /** A name that is also an ordinary word, or an unknown word of surname shape: counts mid-sentence. */
        AMBIGUOUS,
        /** A name. */
        STRONG
    }

    record Reading(Strength strength, String lemma) {

        static final Reading NONE = new Reading(Strength.NONE, null);
    }

    private record Listed(String name, boolean ambiguous) {
    }

    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern PATRONYMIC = Pattern.compile(
            ".{3,}(?:ов|ев)(?:ич(?:а|у|ем|е|и|ами)?|н(?:а|ы|е|у|ой|ою))");
    private static final Pattern SURNAME = Pattern.compile(
            ".{3,}(?:ов|ев|ин|бек)(?:а|у|ым|ой|ою|ом|е|ы|ых|ыми|ому|ого)?");
    private static final Pattern SURNAME_SHAPE_ONLY = Pattern.compile(
            ".{3,}[сц]к(?:ий|ая|ого|ой|ому|ую|им|ом|ие|их)");
    private static final Pattern KYRGYZ_CASE = Pattern.compile(
            "(?:[дт][аео]н?|[гк][аео]|[нтд][ыиу]н?|[дт][аео]г[ыиу])");
    private static final Set<String> CURATED_ENDINGS_LEFT_TO_THE_DICTIONARY = Set.of("ов", "ев", "ин");

    private static final NameLexicon INSTANCE = new NameLexicon();

    private final Dictionary dictionary;
    private final Map<String, Listed> listed = new HashMap<>();
    private final Set<String> notNames = new HashSet<>();
    private final ThreadLocal<Lookup> lookups;

    private NameLexicon() {
        URL url = NameLexicon.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("Russian dictionary missing from the class path: " + DICTIONARY);
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readCuratedList();
        lookups = ThreadLocal.withInitial(() -> new Lookup(new DictionaryLookup(dictionary)));
    }

    static NameLexicon instance() {
        return INSTANCE;
    }

    /** This thread's lookup: morfologik's lookup objects keep state between calls and must not be shared. */
    Lookup lookup() {
        return lookups.get();
    }

    final class Lookup {

        /** Transcripts repeat their names and words; the cache is dropped whole when it grows past this. */
        private static final int CACHED_WORDS = 50_000;

        private final DictionaryLookup dictionaryLookup;
        private final Map<String, Reading> cache = new HashMap<>();

        private Lookup(DictionaryLookup dictionaryLookup) {
            this.dictionaryLookup = dictionaryLookup;
        }

        Reading read(String word) {
            Reading reading = cache.get(word);
            if (reading == null) {
                if (cache.size() >= CACHED_WORDS) {
                    cache.clear();
                }
                reading = readUncached(word);
                cache.put(word, reading);
            }
            return reading;
        }

        private Reading readUncached(String word) {
            String folded = Folding.fold(word);
            if (notNames.contains(folded)) {
                return Reading.NONE;
            }
            Listed name = listedForm(folded);
            if (name != null) {
                return new Reading(name.ambiguous() ? Strength.AMBIGUOUS : Strength.STRONG, name.name());
            }
            List<WordData> readings = dictionaryLookup.lookup(word.toLowerCase(RUSSIAN));
            if (!readings.isEmpty()) {
                return fromDictionary(folded, readings);
            }
            if (word.indexOf('-') > 0) {
                return hyphenated(word);
            }
            if (knownWithKyrgyzSuffix(folded)) {
                return Reading.NONE;
            }
            if (PATRONYMIC.matcher(folded).matches() || SURNAME.matcher(folded).matches()) {
                return new Reading(Strength.AMBIGUOUS, folded);
            }
            if (SURNAME_SHAPE_ONLY.matcher(folded).matches()) {
                return new Reading(Strength.WEAK, folded);
            }
            return Reading.NONE;
        }

        private Reading fromDictionary(String folded, List<WordData> readings) {
            String name = null;
            String surname = null;
            boolean patronymic = false;
            boolean nameInBaseForm = false;
            Set<String> nameLemmas = new HashSet<>();
            for (WordData reading : readings) {
                String tag = tag(reading);
                String stem = Folding.fold(reading.getStem().toString());
                // Prefer the reading in base form: "петр" is Пётр, not the genitive plural of Петра.
                if (tag.contains(":Name")) {
                    name = name == null || stem.equals(folded) ? stem : name;
                } else if (tag.contains(":Fam")) {
                    surname = surname == null || stem.equals(folded) ? stem : surname;
                } else if (tag.contains(":Patr")) {
                    patronymic = true;
                } else {
                    continue;
                }
                nameLemmas.add(stem);
                nameInBaseForm |= stem.equals(folded);
            }
            if (name == null && surname == null && !patronymic) {
                return Reading.NONE;
            }
            boolean ordinary = false;
            boolean ordinaryInBaseForm = false;
            for (WordData reading : readings) {
                String stem = Folding.fold(reading.getStem().toString());
                // "иванова" is also the possessive adjective of Иван: that reading does not make it ordinary.
                if (isName(reading) || nameLemmas.contains(stem) && tag(reading).startsWith("ADJ")) {
                    continue;
                }
                ordinary = true;
                ordinaryInBaseForm |= stem.equals(folded);
            }
            // "Америка" is a place that also happens to be a case form of the surname Америк; the dictionary's
            // surnames are many and odd, its first names ("Максима" of Максим) are not.
            if (ordinaryInBaseForm && !nameInBaseForm && name == null) {
                return Reading.NONE;
            }
            // A patronymic's dictionary lemma is the father's name (Петровна → пётр); its own stem keeps it apart.
            String lemma = name != null ? name : surname != null ? surname : Inflections.stem(folded);
            return new Reading(ordinary ? Strength.AMBIGUOUS : Strength.STRONG, lemma);
        }

        /** "Анна-Мария", "Петров-Водкин" are names when every part is; "Джалал-Абад" is not. */
        private Reading hyphenated(String word) {
            Reading weakest = null;
            List<String> lemmas = new ArrayList<>();
            for (String part : word.split("-")) {
                Reading reading = part.isEmpty() ? Reading.NONE : read(part);
                if (weakest == null || reading.strength().compareTo(weakest.strength()) < 0) {
                    weakest = reading;
                }
                lemmas.add(reading.lemma());
            }
            return weakest.strength() == Strength.NONE ? Reading.NONE
                    : new Reading(weakest.strength(), String.join("-", lemmas));
        }

        /** "Бишкектин", "Таластан": a known (place) word with a Kyrgyz case suffix is no surname. */
        private boolean knownWithKyrgyzSuffix(String folded) {
            for (int length = 2; length <= 4 && folded.length() - length >= 2; length++) {
                if (KYRGYZ_CASE.matcher(folded.substring(folded.length() - length)).matches()
                        && !dictionaryLookup.lookup(folded.substring(0, folded.length() - length)).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    private Listed listedForm(String folded) {
        for (int length = 0; length <= 5 && folded.length() - length >= 3; length++) {
            String ending = folded.substring(folded.length() - length);
            if (CURATED_ENDINGS_LEFT_TO_THE_DICTIONARY.contains(ending) || !Inflections.isEnding(ending)) {
                continue;
            }
            Listed name = listed.get(folded.substring(0, folded.length() - length));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static boolean isName(WordData reading) {
        String tag = tag(reading);
        return tag.contains(":Name") || tag.contains(":Patr") || tag.contains(":Fam");
    }

    private static String tag(WordData reading) {
        return reading.getTag() == null ? "" : reading.getTag().toString();
    }

    private void readCuratedList() {
        try (InputStream in = NameLexicon.class.getResourceAsStream("names.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    notNames.add(Folding.fold(line.substring(1)));
                    continue;
                }
                boolean ambiguous = line.endsWith("*");
                String name = ambiguous ? line.substring(0, line.length() - 1) : line;
                String folded = Folding.fold(name);
                Listed entry = new Listed(name, ambiguous);
                listed.putIfAbsent(folded, entry);
                // Айгуль → Айгулью, Гульнара → Гульнарой: the final soft sign or vowel gives way to the ending.
                if (folded.length() > 4 && "ьая".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
                    listed.putIfAbsent(folded.substring(0, folded.length() - 1), entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
