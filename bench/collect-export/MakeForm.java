import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a wide XLSForm for the export benchmark: COLUMNS text questions q1..qN with Russian labels. */
public class MakeForm {

    public static void main(String[] args) throws Exception {
        int columns = Integer.parseInt(args[1]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            Sheet survey = workbook.createSheet("survey");
            row(survey, 0, "type", "name", "label::Russian (ru)");
            for (int i = 1; i <= columns; i++) {
                row(survey, i, "text", "q" + i, "Вопрос " + i);
            }
            Sheet settings = workbook.createSheet("settings");
            row(settings, 0, "form_id", "form_title", "version", "default_language");
            row(settings, 1, "bench_wide", "Широкая форма", "1", "Russian (ru)");
            workbook.write(out);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
