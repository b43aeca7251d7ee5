package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER until the PII detection branch is merged (the lead replaces this file): finds only e-mail addresses
 * and the project's own terms (as places). Same constructor and method as the real detector.
 */
public class PiiDetector {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<String> projectTerms;

    public PiiDetector(List<String> projectTerms) {
        this.projectTerms = projectTerms == null ? List.of() : List.copyOf(projectTerms);
    }

    public List<PiiHit> detect(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            hits.add(new PiiHit(m.start(), m.end(), PiiKind.EMAIL, m.group()));
        }
        for (String term : projectTerms) {
            for (int at = text.indexOf(term); !term.isEmpty() && at >= 0; at = text.indexOf(term, at + term.length())) {
                hits.add(new PiiHit(at, at + term.length(), PiiKind.PLACE, term));
            }
        }
        return hits;
    }
}
