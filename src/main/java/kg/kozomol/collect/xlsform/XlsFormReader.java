package kg.kozomol.collect.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kozomol.tables.ZipBombLimits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.LabelMedia;

/**
 * Reads the survey, choices and settings sheets of an XLSX as text. Formulas come out as their text, never evaluated.
 * An XLSForm is small, so the whole workbook is read; ZIP-bomb limits and row/column caps keep a hostile file bounded.
 */
final class XlsFormReader {

    static final int MAX_ROWS = 5000;
    static final int MAX_COLUMNS = 200;

    static {
        ZipBombLimits.apply();
    }

    private XlsFormReader() {
    }

    static Map<String, Sheet> read(byte[] xlsx) throws XlsFormFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Sheet> sheets = new HashMap<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                String name = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
                if (List.of("survey", "choices", "settings").contains(name)) {
                    sheets.put(name, sheet(name, sheet, formatter));
                }
            }
            return sheets;
        } catch (XlsFormFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new XlsFormFileException(zipBomb(e) ? "zipBomb" : "unreadable");
        }
    }

    private static Sheet sheet(String name, org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        List<String> columns = null;
        List<Sheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > MAX_ROWS) {
                throw new XlsFormFileException("tooManyRows");
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            if (columns == null) {
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    columns = cells.stream().map(XlsFormReader::normalise).toList();
                }
                continue;
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
                    if (!columns.get(i).isEmpty()) {
                        values.putIfAbsent(columns.get(i), cells.get(i));
                    }
                }
                rows.add(new Sheet.Row(row.getRowNum() + 1, values));
            }
        }
        return new Sheet(name, columns == null ? List.of() : columns, rows);
    }

    /** {@code "Constraint Message::Kyrgyz (ky)"} becomes {@code "constraint_message::Kyrgyz (ky)"}. */
    static String normalise(String header) {
        String trimmed = header.strip();
        int split = trimmed.indexOf("::");
        String base = (split < 0 ? trimmed : trimmed.substring(0, split)).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        base = switch (base) {
            case "jr:constraintmsg" -> "constraint_message";
            case "jr:requiredmsg" -> "required_message";
            case "readonly" -> "read_only";
            default -> base;
        };
        String rest = split < 0 ? null : trimmed.substring(split + 2).strip();
        // pyxform takes image, audio and video (with or without a language) as the media columns.
        if (LabelMedia.FORMS.contains(base)) {
            return rest == null ? "media::" + base : "media::" + base + "::" + rest;
        }
        if (base.equals("media") && rest != null) {
            int next = rest.indexOf("::");
            String form = (next < 0 ? rest : rest.substring(0, next)).strip().toLowerCase(Locale.ROOT);
            return next < 0 ? "media::" + form : "media::" + form + "::" + rest.substring(next + 2).strip();
        }
        return rest == null ? base : base + "::" + rest;
    }

    /** The language of a translatable column, or null if the column is not {@code base} at all. */
    static String language(String column, String base) {
        if (column.equals(base)) {
            return FormModel.DEFAULT_LANGUAGE;
        }
        return column.startsWith(base + "::") && column.length() > base.length() + 2 ? column.substring(base.length() + 2) : null;
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
