package kg.kozomol.brief;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One piece of evidence: a table, an estimate, a quote, a photo, a document or a link. */
public record EvidenceItem(long id, Long organisationId, EvidenceKind kind, String title, String content, UUID fileId,
        String url, String sourceReference, Precision precision) {

    /** A table's content read as comma- or semicolon-separated lines; the first line is the header. */
    public List<List<String>> tableRows() {
        if (kind != EvidenceKind.TABLE || content == null || content.isBlank()) {
            return List.of();
        }
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(content))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            return List.of(List.of(content));
        }
        return rows;
    }
}
