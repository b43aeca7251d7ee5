package kg.kozomol.brief.export;

import java.util.List;
import kg.kozomol.brief.BriefSection;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.EvidenceKind;

/**
 * A brief as its PDF and DOCX exports show it, already in one language: texts picked, names and dates
 * formatted. Rich texts are the sanitised HTML the brief stores.
 *
 * @param findingsText a published version keeps its findings as one text instead of {@link #findings}
 */
public record ExportedBrief(long briefId, ExportLanguage language, Cover cover, List<Section> sections,
        List<Finding> findings, Text findingsText, List<Recommendation> recommendations, List<String> annexes,
        String policyMargin) {

    /**
     * A text as exported; {@code fallback} when it is in the other language because this one is missing.
     *
     * @param lang the language the text is actually in
     */
    public record Text(String value, String lang, boolean fallback) {

        public static final Text NONE = new Text("", null, false);

        public boolean isEmpty() {
            return value.isBlank();
        }
    }

    /** @param version the published version shown, 0 for a brief never published */
    public record Cover(String organisation, Text title, String theme, List<String> authors, BriefStatus status,
            String date, int version, boolean demo) {}

    /** A section of prose with short labelled facts after it (the methodology's study and sample). */
    public record Section(BriefSection section, Text text, List<Fact> facts) {}

    /** @param labelKey a message key */
    public record Fact(String labelKey, String value) {}

    public record Finding(int position, Text title, Text text, List<Evidence> evidence) {}

    /** One evidence item; numbers already formatted, {@code table} empty unless it is a table. */
    public record Evidence(EvidenceKind kind, String title, boolean belowPolicyGrade, String content,
            List<List<String>> table, String url, String source, String unweightedN, String marginOfError,
            String designEffect) {

        public boolean hasPrecision() {
            return unweightedN != null || marginOfError != null || designEffect != null;
        }
    }

    /** @param due the lead body's response due date, formatted; {@code null} until released */
    public record Recommendation(int number, String reference, Text text, String lead, List<String> supporting,
            String due, boolean released) {}
}
