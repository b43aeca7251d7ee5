import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the benchmark's XLSForm (a school visit: text, integer, decimal, select_one, select_multiple in a group) and a
 * KoboToolbox-shaped CSV export of ROWS submissions for it, streamed, with both forms of the select_multiple.
 * Usage: java -cp CP GenerateKoboExport.java ROWS form.xlsx export.csv
 */
public class GenerateKoboExport {

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = new FileOutputStream(args[1])) {
            sheet(workbook, "survey", new String[][] {{"type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)"},
                    {"text", "school", "Школа", "Мектеп"}, {"date", "visit_date", "Дата", "Күнү"},
                    {"begin group", "entrance", "Вход", "Кире бериш"}, {"integer", "width", "Ширина, см", "Туурасы, см"},
                    {"decimal", "slope", "Уклон, %", "Жантаюу, %"}, {"select_one yes_no", "ramp", "Пандус?", "Пандус барбы?"},
                    {"select_multiple features", "features", "Что есть", "Эмне бар"}, {"end group"}});
            sheet(workbook, "choices", new String[][] {{"list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)"},
                    {"yes_no", "yes", "Да", "Ооба"}, {"yes_no", "no", "Нет", "Жок"}, {"features", "rail", "Поручни", "Тутамдар"},
                    {"features", "sign", "Знак", "Белги"}, {"features", "light", "Свет", "Жарык"}});
            sheet(workbook, "settings", new String[][] {{"form_id", "form_title", "version"}, {"bench_import", "Bench import", "1"}});
            workbook.write(out);
        }
        String[] features = {"rail", "sign", "light", "rail sign", "", "sign light"};
        try (BufferedWriter csv = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            csv.write("start,end,school,visit_date,entrance/width,entrance/slope,entrance/ramp,entrance/features,"
                    + "entrance/features/rail,entrance/features/sign,entrance/features/light,_id,_uuid,_submission_time,_index\r\n");
            for (long i = 1; i <= rows; i++) {
                String f = features[(int) (i % features.length)];
                csv.write(String.format("2026-03-01T09:00:00,2026-03-01T09:20:00,\"Школа № %d, Каракол\",2026-03-%02d,%d,%d.%d,%s,%s,%d,%d,%d,%d,"
                        + "%08x-0000-4000-8000-%012x,2026-03-01T10:00:00,%d\r\n", i, i % 28 + 1, 70 + i % 60, i % 12, i % 10,
                        i % 2 == 0 ? "yes" : "no", f, f.contains("rail") ? 1 : 0, f.contains("sign") ? 1 : 0,
                        f.contains("light") ? 1 : 0, i, i, i, i));
            }
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, String[][] rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
