package kg.kozomol.tracker.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.SupportedLocales;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.SdgTarget;

/**
 * The file people fill in: a header row in their language with each column's code in brackets, and one example
 * row. The CSV is UTF-8 with a byte-order mark and semicolons, as Excel in Russian opens it; the XLSX keeps every
 * cell as text (so Excel does not turn codes into dates) and lists the allowed values on a second sheet.
 */
@Component
public class ImportTemplate {

    public enum Format {
        CSV("text/csv"), XLSX(RecommendationImport.XLSX);

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName() {
            return "recommendations-template." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final MessageSource messages;
    private final Themes themes;
    private final Organisations organisations;
    private final Recommendations recommendations;

    ImportTemplate(MessageSource messages, Themes themes, Organisations organisations, Recommendations recommendations) {
        this.messages = messages;
        this.themes = themes;
        this.organisations = organisations;
        this.recommendations = recommendations;
    }

    public void write(Format format, Brief brief, Locale locale, OutputStream out) throws IOException {
        List<String> header = header(locale);
        List<String> example = example(brief, locale);
        if (format == Format.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            csv.printRecord(header);
            csv.printRecord(example);
            csv.flush();
        } else {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                CellStyle text = workbook.createCellStyle();
                text.setDataFormat(workbook.createDataFormat().getFormat("@"));
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                bold.setDataFormat(text.getDataFormat());
                Sheet sheet = workbook.createSheet(message("tracker.import.sheet.rows", locale));
                fill(sheet, List.of(header, example), bold, text);
                for (int i = 0; i < header.size(); i++) {
                    sheet.setDefaultColumnStyle(i, text);
                    sheet.setColumnWidth(i, (i == 1 || i == 2 ? 60 : 24) * 256);
                }
                sheet.createFreezePane(0, 1);
                Sheet values = workbook.createSheet(message("tracker.import.sheet.values", locale));
                fill(values, allowedValues(locale), bold, text);
                values.setColumnWidth(0, 28 * 256);
                values.setColumnWidth(1, 16 * 256);
                values.setColumnWidth(2, 80 * 256);
                workbook.write(out);
            }
        }
    }

    /** "Текст на русском (text_ru)": readable, and still matched by the code whatever language it was written in. */
    List<String> header(Locale locale) {
        List<String> header = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            header.add(message(column.labelKey(), locale) + " (" + column.code() + ")");
        }
        return header;
    }

    private List<String> example(Brief brief, Locale locale) {
        List<Organisation> bodies = organisations.ofKind(OrganisationKind.STATE_BODY);
        String theme = themes.find(brief.themeId()).map(Theme::code).orElse("");
        List<String> row = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            row.add(switch (column) {
                case REFERENCE, RESPONSE_DUE_DATE -> "";
                case TEXT_RU -> message("tracker.import.example.text", SupportedLocales.RUSSIAN);
                case TEXT_KY -> message("tracker.import.example.text", SupportedLocales.KYRGYZ);
                case ORIGINAL_LANGUAGE -> "ru";
                case THEME -> theme;
                case ACTION_TYPE -> ActionType.BYLAW.name();
                case PRIORITY -> Priority.HIGH.name();
                case LEAD_BODY -> bodies.isEmpty() ? "" : bodies.get(0).name(locale);
                case SUPPORTING_BODIES -> bodies.size() < 2 ? "" : bodies.get(1).name(locale);
                case SDG -> "16.3;16.6";
                case PROPOSED_IMPLEMENTATION_DATE -> recommendations.today().plusYears(1).withDayOfMonth(1).toString();
            });
        }
        return row;
    }

    /** Column, code and meaning of every value a cell may hold: the second sheet of the XLSX template. */
    private List<List<String>> allowedValues(Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(message("tracker.import.values.column", locale), message("tracker.import.values.code", locale),
                message("tracker.import.values.meaning", locale)));
        for (String language : List.of("ru", "ky")) {
            rows.add(List.of(ImportColumn.ORIGINAL_LANGUAGE.code(), language, message("tracker.language." + language, locale)));
        }
        for (ActionType type : ActionType.values()) {
            rows.add(List.of(ImportColumn.ACTION_TYPE.code(), type.name(), message("ActionType." + type.name(), locale)));
        }
        for (Priority priority : Priority.values()) {
            rows.add(List.of(ImportColumn.PRIORITY.code(), priority.name(), message("Priority." + priority.name(), locale)));
        }
        for (Theme theme : themes.all()) {
            if (theme.active()) {
                rows.add(List.of(ImportColumn.THEME.code(), theme.code(), theme.name(locale)));
            }
        }
        for (Organisation body : organisations.ofKind(OrganisationKind.STATE_BODY)) {
            rows.add(List.of(ImportColumn.LEAD_BODY.code() + ", " + ImportColumn.SUPPORTING_BODIES.code(),
                    Long.toString(body.id()), body.name(locale)));
        }
        for (SdgTarget target : recommendations.sdgTargets()) {
            rows.add(List.of(ImportColumn.SDG.code(), target.code(), target.name(locale)));
        }
        return rows;
    }

    private static void fill(Sheet sheet, List<List<String>> rows, CellStyle first, CellStyle rest) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellStyle(r == 0 ? first : rest);
                cell.setCellValue(values.get(c));
            }
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
