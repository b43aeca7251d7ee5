package kg.kozomol.brief.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A localised "page N of M" footer, e.g. {@code стр. {0} из {1}}, split into literal text and the two
 * numbers, so that each language keeps its own word order in the PDF (CSS counters) and the DOCX (fields).
 */
record PageNumbering(List<Part> parts) {

    /** @param field {@code PAGE} or {@code NUMPAGES} (Word's field names), or {@code null} for literal text */
    record Part(String text, String field) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])}");

    static PageNumbering parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(pattern.substring(last, m.start()), null));
            }
            parts.add(new Part(null, m.group(1).equals("0") ? "PAGE" : "NUMPAGES"));
            last = m.end();
        }
        if (last < pattern.length()) {
            parts.add(new Part(pattern.substring(last), null));
        }
        return new PageNumbering(List.copyOf(parts));
    }

    /** The value of a CSS {@code content} property. */
    String css() {
        List<String> tokens = new ArrayList<>();
        for (Part part : parts) {
            tokens.add(part.field() == null ? quoted(part.text())
                    : part.field().equals("PAGE") ? "counter(page)" : "counter(pages)");
        }
        return String.join(" ", tokens);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
