package kg.kozomol.analysis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisResult;
import kg.kozomol.analysis.ResultRow;
import kg.kozomol.analysis.ResultText;

/**
 * The result table as CSV (UTF-8 with a byte-order mark, semicolons, as Excel in Russian opens it) and as XLSX; the
 * numbers at full precision (shares as shares, not percentages), the design described below the table.
 */
@Component
class ResultExports {

    private static final String[] COLUMNS = {"domain", "estimate", "se", "lower", "upper", "deff", "n", "cases",
            "suppressed"};

    private final MessageSource messages;
    private final ResultText text;

    ResultExports(MessageSource messages, ResultText text) {
        this.messages = messages;
        this.text = text;
    }

    byte[] csv(Analysis analysis, AnalysisResult result, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            csv.printRecord(header(locale));
            for (ResultRow row : result.rows()) {
                csv.printRecord(cells(analysis, row, locale));
            }
            csv.println();
            for (List<String> line : footer(result, locale)) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(Analysis analysis, AnalysisResult result, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("result");
            List<String> header = header(locale);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (ResultRow row : result.rows()) {
                List<Object> cells = cells(analysis, row, locale);
                Row line = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    Object cell = cells.get(i);
                    if (cell instanceof Number number) {
                        line.createCell(i).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        line.createCell(i).setCellValue(cell.toString());
                    }
                }
            }
            r++;
            for (List<String> line : footer(result, locale)) {
                Row last = sheet.createRow(r++);
                last.createCell(0).setCellValue(line.get(0));
                last.createCell(1).setCellValue(line.get(1));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> header(Locale locale) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(messages.getMessage("analysis.export." + column, null, locale));
        }
        return header;
    }

    private List<Object> cells(Analysis analysis, ResultRow row, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(text.domain(analysis.definition(), row, locale));
        cells.add(row.estimate());
        cells.add(row.se());
        cells.add(row.lower());
        cells.add(row.upper());
        cells.add(row.designEffect());
        cells.add(row.n());
        cells.add(row.cases());
        cells.add(row.suppressed() ? messages.getMessage("analysis.export.notForPublication", null, locale) : "");
        return cells;
    }

    /** Label and text lines below the table: the design, and a crosstab's test. */
    private List<List<String>> footer(AnalysisResult result, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(messages.getMessage("analysis.design", null, locale), text.design(result.design(), locale)));
        if (result.test() != null) {
            lines.add(List.of(messages.getMessage("analysis.test", null, locale), text.test(result.test(), locale)));
        }
        return lines;
    }
}
