package kg.kozomol.collect.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The built-in school building accessibility audit as an XLSForm workbook in Russian and Kyrgyz: the respondent consent
 * block first, then one group per item of the building (entrance, ramp, doors, stairs, toilets, signage, classrooms,
 * yard), each with its measurements, a photo and a geopoint. Written in code so it is reviewed like code; installed
 * through the same XLSForm reader as any upload.
 */
public final class SchoolAuditTemplate {

    public static final String FORM_ID = "school_accessibility_audit";
    public static final String FILE_NAME = FORM_ID + ".xlsx";
    static final List<String> SURVEY = List.of("type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "required",
            "relevant", "constraint", "constraint_message::Russian (ru)", "constraint_message::Kyrgyz (ky)");

    private final List<String[]> survey = new ArrayList<>();
    private final List<String[]> choices = new ArrayList<>();

    private SchoolAuditTemplate() {
    }

    public static byte[] workbook() {
        SchoolAuditTemplate t = new SchoolAuditTemplate();
        ConsentBlock.addTo(t);
        t.q("text", "school", "Название школы", "Мектептин аталышы", "yes");
        t.q("date", "visit_date", "Дата обследования", "Текшерүү күнү", "yes");
        t.item("entrance", "Вход в здание", "Имараттын кире бериши");
        t.q("select_one yes_no", "entrance_step_free", "Вход без ступеней?", "Кире бериш тепкичсизби?", "yes");
        t.end();
        t.item("ramp", "Пандус", "Пандус");
        t.q("select_one yes_no", "ramp_present", "Есть пандус?", "Пандус барбы?", "yes");
        t.row("decimal", "ramp_slope", "Уклон пандуса, %", "Пандустун жантаюусу, %", "yes", "${ramp_present} = 'yes'",
                ". >= 0 and . <= 50", "Уклон от 0 до 50 %; по нормам не более 8 %",
                "Жантаюу 0дөн 50 %га чейин; ченем боюнча 8 %дан ашпашы керек");
        t.end();
        t.item("doors", "Двери", "Эшиктер");
        t.row("integer", "entrance_door_width", "Ширина входной двери, см", "Кире бериш эшигинин туурасы, см", "yes", null,
                ". >= 30 and . <= 400", "От 30 до 400 см", "30дан 400 смге чейин");
        t.row("integer", "classroom_door_width", "Ширина двери класса, см", "Класстын эшигинин туурасы, см", null, null,
                ". >= 30 and . <= 400", "От 30 до 400 см", "30дан 400 смге чейин");
        t.end();
        t.item("stairs", "Лестницы и поручни", "Тепкичтер жана тутамдар");
        t.q("select_one yes_no", "stairs_present", "Есть лестницы?", "Тепкичтер барбы?", "yes");
        t.row("select_one handrails", "handrails", "Поручни", "Тутамдар", null, "${stairs_present} = 'yes'", null, null, null);
        t.end();
        t.item("toilets", "Туалеты", "Ажатканалар");
        t.q("select_one yes_no", "toilet_accessible", "Есть доступный туалет?", "Жеткиликтүү ажаткана барбы?", "yes");
        t.row("integer", "toilet_door_width", "Ширина двери туалета, см", "Ажатканадын эшигинин туурасы, см", null,
                "${toilet_accessible} = 'yes'", ". >= 30 and . <= 400", "От 30 до 400 см", "30дан 400 смге чейин");
        t.end();
        t.item("signage", "Указатели", "Көрсөткүчтөр");
        t.q("select_multiple signs", "signs", "Какие указатели есть?", "Кандай көрсөткүчтөр бар?", null);
        t.end();
        t.item("classrooms", "Доступ в классы", "Класстарга жетүү");
        t.q("select_one yes_no", "classrooms_reachable", "Все классы доступны без ступеней?", "Бардык класстарга тепкичсиз жетүүгө болобу?", "yes");
        t.end();
        t.item("yard", "Двор и территория", "Короо жана аймак");
        t.q("select_one yes_no", "yard_paths", "Дорожки ровные и без препятствий?", "Жолчолор тегиз жана тоскоолдуксузбу?", "yes");
        t.end();
        t.choice("yes_no", "yes", "Да", "Ооба");
        t.choice("yes_no", "no", "Нет", "Жок");
        t.choice("handrails", "both", "С двух сторон", "Эки тарабында");
        t.choice("handrails", "one", "С одной стороны", "Бир тарабында");
        t.choice("handrails", "none", "Нет", "Жок");
        t.choice("signs", "tactile", "Тактильные", "Тактилдүү");
        t.choice("signs", "contrast", "Контрастные", "Контрасттуу");
        t.choice("signs", "pictograms", "Пиктограммы", "Пиктограммалар");
        t.choice("signs", "none", "Нет указателей", "Көрсөткүчтөр жок");
        return t.write();
    }

    /** A question with a label in both languages. */
    void q(String type, String name, String ru, String ky, String required) {
        row(type, name, ru, ky, required, null, null, null, null);
    }

    void row(String... cells) {
        survey.add(cells);
    }

    void choice(String list, String name, String ru, String ky) {
        choices.add(new String[] {list, name, ru, ky});
    }

    /** Opens an item's group; its photo and geopoint are added when it ends. */
    private String open;

    private void item(String name, String ru, String ky) {
        row("begin group", name, ru, ky, null, null, null, null, null);
        open = name;
    }

    private void end() {
        q("image", open + "_photo", "Фото", "Сүрөт", null);
        q("geopoint", open + "_location", "Место на карте", "Картадагы орду", null);
        row("end group", null, null, null, null, null, null, null, null);
    }

    private byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, "survey", SURVEY.toArray(String[]::new), survey);
            sheet(workbook, "choices", new String[] {"list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)"}, choices);
            List<String[]> settings = new ArrayList<>();
            settings.add(new String[] {FORM_ID, "Доступность здания школы", "1", "Russian (ru)"});
            sheet(workbook, "settings", new String[] {"form_id", "form_title", "version", "default_language"}, settings);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, String[] header, List<String[]> rows) {
        Sheet sheet = workbook.createSheet(name);
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = all.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }
}
