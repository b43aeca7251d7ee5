package kg.kozomol.qual;

import java.util.List;
import java.util.Map;

/**
 * Counts of codings per code and column (a transcript, or a value of a case attribute); columns in display order.
 */
public record Frequencies(List<String> columns, Map<Long, Map<String, Long>> counts) {

    public long count(long codeId, String column) {
        return counts.getOrDefault(codeId, Map.of()).getOrDefault(column, 0L);
    }

    public long total(long codeId) {
        return counts.getOrDefault(codeId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
