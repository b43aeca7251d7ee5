package kg.kozomol.qual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases with their attributes from a CSV (comma or semicolon, UTF-8 or Windows-1251) or XLSX file whose first row
 * names the columns label, sex, age_group, region, role. All rows or none: a bad row refuses the whole file.
 * Labels already in the project are left as they are.
 */
@Service
public class CaseImport {

    private static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_ROWS = 2_000;

    private final Cases cases;

    CaseImport(Cases cases) {
        this.cases = cases;
    }

    /** Returns how many cases were added. */
    @Transactional
    public int importCases(long projectId, byte[] file, String fileName) {
        if (file == null || file.length == 0 || file.length > MAX_BYTES) {
            throw new QualRefusedException("qual.import.invalid");
        }
        List<List<String>> rows = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(file) : csv(file);
        if (rows.size() < 2 || rows.size() > MAX_ROWS + 1) {
            throw new QualRefusedException("qual.import.invalid");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int label = header.indexOf("label");
        if (label < 0) {
            throw new QualRefusedException("qual.import.header");
        }
        Set<String> existing = new HashSet<>(cases.of(projectId).stream().map(QualCase::label).toList());
        int added = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String name = cell(row, label);
            if (name == null) {
                continue;
            }
            if (existing.add(name)) {
                cases.create(projectId, new CaseDraft(name, cell(row, header.indexOf("sex")), cell(row, header.indexOf("age_group")),
                        cell(row, header.indexOf("region")), cell(row, header.indexOf("role")), Set.of()));
                added++;
            }
        }
        return added;
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? null : Cases.trimmed(row.get(index));
    }

    private static List<List<String>> csv(byte[] file) {
        String text = TranscriptText.decode(file);
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new QualRefusedException("qual.import.invalid");
        }
    }

    private static List<List<String>> xlsx(byte[] file) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new QualRefusedException("qual.import.invalid");
        }
    }
}
