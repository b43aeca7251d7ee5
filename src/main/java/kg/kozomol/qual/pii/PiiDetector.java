package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proposes the personal data in a transcript for review: PINs, phone numbers, e-mails, person names and the
 * project's places and institutions. Hits come sorted by start and never overlap: where candidates overlap, the
 * more specific kind wins (PIN and e-mail, then phone, then a listed place or institution, then a name), and within
 * a kind the longer one. Thread-safe; one detector per project list.
 */
public final class PiiDetector {

    private static final Comparator<PiiHit> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((PiiHit hit) -> specificity(hit.kind()))
            .thenComparing(Comparator.comparingInt(PiiHit::length).reversed())
            .thenComparingInt(PiiHit::start);

    private final PinFinder pins = new PinFinder();
    private final PhoneFinder phones = new PhoneFinder();
    private final EmailFinder emails = new EmailFinder();
    private final NameFinder names = new NameFinder(NameLexicon.instance());
    private final TermFinder terms;

    /**
     * @param projectTerms the project's places and institutions; a term with a word such as "школа", "больница",
     *                     "ОФ" or "мектеп" is an institution, any other a place
     */
    public PiiDetector(List<String> projectTerms) {
        this(projectTerms, List.of());
    }

    /** @param places places, and institutions among them recognised as in {@link #PiiDetector(List)} */
    public PiiDetector(List<String> places, List<String> institutions) {
        this.terms = new TermFinder(places, institutions);
    }

    public List<PiiHit> detect(String text) {
        List<Token> tokens = Token.of(text);
        List<PiiHit> candidates = new ArrayList<>();
        candidates.addAll(pins.find(text));
        candidates.addAll(emails.find(text));
        candidates.addAll(phones.find(text));
        candidates.addAll(terms.find(text, tokens));
        candidates.addAll(names.find(text, tokens));
        candidates.sort(MOST_SPECIFIC_FIRST);
        TreeMap<Integer, PiiHit> hitsByStart = new TreeMap<>();
        for (PiiHit candidate : candidates) {
            Map.Entry<Integer, PiiHit> before = hitsByStart.floorEntry(candidate.start());
            Map.Entry<Integer, PiiHit> after = hitsByStart.ceilingEntry(candidate.start());
            if ((before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate))) {
                hitsByStart.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(hitsByStart.values());
    }

    /**
     * What a hit stands for, so that different spellings of one person, number or place get one pseudonym: the
     * lemmas of a name ("Петром Сергеевичем" → "петр сергей"), a phone in E.164, a PIN's digits, an e-mail in lower
     * case, the listed term of a place. Use it as {@code new Pseudonyms(detector::normalise)}.
     */
    public String normalise(PiiHit hit) {
        return switch (hit.kind()) {
            case PIN -> hit.text().replaceAll("\\D", "");
            case PHONE -> PhoneFinder.normalise(hit.text());
            case EMAIL -> hit.text().toLowerCase(Locale.ROOT);
            case PERSON_NAME -> names.normalise(hit.text());
            case PLACE, INSTITUTION -> Folding.fold(terms.termOf(hit.text()).orElse(hit.text()));
        };
    }

    private static int specificity(PiiKind kind) {
        return switch (kind) {
            case PIN, EMAIL -> 0;
            case PHONE -> 1;
            case PLACE, INSTITUTION -> 2;
            case PERSON_NAME -> 3;
        };
    }
}
