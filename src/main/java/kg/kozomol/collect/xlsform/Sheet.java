package kg.kozomol.collect.xlsform;

import java.util.List;
import java.util.Map;

/**
 * One sheet of an XLSForm as text: the header cells normalised ({@code Label::Russian (ru)} becomes
 * {@code label::Russian (ru)}) and each non-empty row with its Excel row number.
 */
record Sheet(String name, List<String> columns, List<Row> rows) {

    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Excel's letter for a column, so an error can say "column F" as the spreadsheet shows it. */
    String letter(String column) {
        int index = columns.indexOf(column);
        return index < 0 ? "" : org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    /** The texts of a translatable column by language: {@code label} is the default language, {@code label::X} is X. */
    Map<String, String> translations(Row row, String base) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String column : columns) {
            String language = XlsFormReader.language(column, base);
            if (language != null && row.get(column) != null) {
                texts.put(language, row.get(column));
            }
        }
        return texts;
    }
}
