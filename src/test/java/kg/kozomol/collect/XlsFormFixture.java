package kg.kozomol.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small XLSForm workbooks for tests: each sheet is a header row and rows of cells. */
public final class XlsFormFixture {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    public XlsFormFixture sheet(String name, String... header) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        sheets.put(name, rows);
        return this;
    }

    /** A row of the last sheet named; null or "" leave a cell empty. */
    public XlsFormFixture row(String sheet, String... cells) {
        sheets.get(sheet).add(cells);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<String[]>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                for (int r = 0; r < entry.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = entry.getValue().get(r);
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] != null && !cells[c].isEmpty()) {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A school accessibility audit using every supported type and column, in Russian and Kyrgyz. */
    public static XlsFormFixture schoolAudit(String version) {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "hint::Russian (ru)", "required",
                "required_message::Russian (ru)", "relevant", "constraint", "constraint_message::Russian (ru)",
                "constraint_message::Kyrgyz (ky)", "default", "appearance", "choice_filter", "calculation", "read_only");
        f.row("survey", "text", "school", "Школа", "Мектеп", "Полное название", "yes", "Укажите школу");
        f.row("survey", "select_one oblast", "oblast", "Область", "Облус", null, "yes");
        f.row("survey", "select_one district", "district", "Район", "Район", null, null, null, null, null, null, null, null,
                "minimal", "oblast=${oblast}");
        f.row("survey", "integer", "floors", "Этажей", "Кабаттар", null, "yes", null, null, ". >= 1 and . <= 20",
                "От 1 до 20", "1ден 20га чейин", "1");
        f.row("survey", "decimal", "slope", "Уклон пандуса, %", "Пандустун жантаюусу, %", null, null, null,
                "${has_ramp} = 'yes'", ". < 100");
        f.row("survey", "select_one yes_no", "has_ramp", "Есть пандус?", "Пандус барбы?");
        f.row("survey", "select_multiple barriers or_other", "barriers", "Барьеры", "Тоскоолдуктар", null, null, null, null,
                "count-selected(.) <= 3");
        f.row("survey", "date", "visit_date", "Дата визита", "Баруу күнү", null, null, null, null, ". <= today()");
        f.row("survey", "time", "visit_time", "Время", "Убакыт");
        f.row("survey", "datetime", "started", "Начало", "Башталышы");
        f.row("survey", "geopoint", "location", "Место", "Орду", null, null, null, null, null, null, null, null, "maps");
        f.row("survey", "image", "entrance_photo", "Фото входа", "Кире бериштин сүрөтү");
        f.row("survey", "audio", "comment_audio", "Аудиокомментарий", "Аудио комментарий");
        f.row("survey", "file", "act", "Акт", "Акт");
        f.row("survey", "note", "intro_note", "Школа: ${school}", "Мектеп: ${school}");
        f.row("survey", "acknowledge", "consent", "Согласие получено", "Макулдук алынды", null, "yes");
        f.row("survey", "calculate", "ramp_ok", null, null, null, null, null, null, null, null, null, null, null, null,
                "if(${slope} <= 8, 'yes', 'no')");
        f.row("survey", "begin group", "doors", "Двери", "Эшиктер", null, null, null, "${floors} > 0", null, null, null, null,
                "field-list");
        f.row("survey", "integer", "door_width", "Ширина двери, см", "Эшиктин туурасы, см", null, null, null, null, ". > 50");
        f.row("survey", "end group");
        f.row("survey", "begin repeat", "toilets", "Туалеты", "Ажатканалар");
        f.row("survey", "text", "toilet_note", "Описание", "Сүрөттөмө", null, null, null, null, null, null, null, null, null, null,
                null, "${floors} > 5");
        f.row("survey", "end repeat");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "oblast");
        f.row("choices", "oblast", "issyk_kul", "Иссык-Кульская", "Ысык-Көл");
        f.row("choices", "oblast", "talas", "Таласская", "Талас");
        f.row("choices", "district", "karakol", "Каракол", "Каракол", "issyk_kul");
        f.row("choices", "district", "talas_city", "Талас", "Талас", "talas");
        f.row("choices", "yes_no", "yes", "Да", "Ооба");
        f.row("choices", "yes_no", "no", "Нет", "Жок");
        f.row("choices", "barriers", "steps", "Ступени", "Тепкичтер");
        f.row("choices", "barriers", "narrow", "Узкие двери", "Тар эшиктер");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "school_audit", "Аудит доступности школы", version, "Russian (ru)");
        return f;
    }

    /**
     * A village survey using label media (per language and untranslated, in the short and media:: forms), choices from
     * attached CSV, XML and GeoJSON files with a choice filter and parameters, and pulldata.
     */
    public static XlsFormFixture village(String version) {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "media::image::Russian (ru)",
                "image::Kyrgyz (ky)", "audio", "media::video", "choice_filter", "parameters", "calculation", "required", "relevant");
        f.row("survey", "note", "welcome", "Добро пожаловать", "Кош келиңиз", "welcome.png", "welcome_ky.png", "hello.mp3");
        f.row("survey", "select_one yn", "agree", "Согласны?", "Макулсузбу?", null, null, null, "how.mp4");
        f.row("survey", "select_one_from_file regions.csv", "region", "Область", "Облус", null, null, null, null, null, null, null,
                "yes");
        f.row("survey", "select_one_from_file towns.csv", "town", "Город", "Шаар", null, null, null, null, "region=${region}");
        f.row("survey", "select_multiple_from_file sites.xml", "sites", "Объекты", "Объекттер", null, null, null, null, null,
                "value=code, label=title");
        f.row("survey", "select_one_from_file areas.geojson", "area", "Участок", "Участок");
        f.row("survey", "calculate", "population", null, null, null, null, null, null, null, null,
                "pulldata('towns', 'population', 'name', ${town})");
        f.row("survey", "note", "population_note", "Население: ${population}", "Калкы: ${population}");
        f.row("survey", "text", "district_office", "Районный офис", "Райондук кеңсе", null, null, null, null, null, null, null, null,
                "${population} > 50000");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "image");
        f.row("choices", "yn", "yes", "Да", "Ооба", "yes.png");
        f.row("choices", "yn", "no", "Нет", "Жок");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "village", "Опрос села", version, "Russian (ru)");
        return f;
    }
}
