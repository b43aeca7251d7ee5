package kg.kozomol.study;

import java.time.Instant;
import java.util.Map;

/** A saved state of the design: plain text per item key (e.g. {@code plan.strata}). */
public record Revision(long studyId, int number, Map<String, String> content, String createdByName, Instant createdAt) {

    /**
     * For an item that holds comma-separated codes (methods, oblasts, estimate, allocation), the message prefix that
     * names each code, e.g. {@code StudyMethod.}; null for an item of plain text.
     */
    public static String codePrefix(String key) {
        return DesignSnapshot.CODED.get(key);
    }
}
