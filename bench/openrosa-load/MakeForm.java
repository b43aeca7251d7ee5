import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an XLSForm for the OpenRosa benchmark: form id, QUESTIONS text questions q1..qN and an image question "photo". */
public class MakeForm {

    public static void main(String[] args) throws Exception {
        String formId = args[1];
        int questions = Integer.parseInt(args[2]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            Sheet survey = workbook.createSheet("survey");
            row(survey, 0, "type", "name", "label::Russian (ru)");
            for (int i = 1; i <= questions; i++) {
                row(survey, i, "text", "q" + i, "Вопрос " + i);
            }
            row(survey, questions + 1, "image", "photo", "Фото");
            Sheet settings = workbook.createSheet("settings");
            row(settings, 0, "form_id", "form_title", "version", "default_language");
            row(settings, 1, formId, "Форма " + formId, "1", "Russian (ru)");
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
