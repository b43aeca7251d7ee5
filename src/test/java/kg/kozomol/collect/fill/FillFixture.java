package kg.kozomol.collect.fill;

import kg.kozomol.collect.XlsFormFixture;

/**
 * A small form for the web form tests: a first page with skip logic (the slope only when there is a ramp), a
 * calculation and the form's own messages; a group (only with a ramp) with a photo; a repeat.
 */
public final class FillFixture {

    private FillFixture() {
    }

    public static byte[] rampAudit() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "hint::Russian (ru)", "required",
                "required_message::Russian (ru)", "relevant", "constraint", "constraint_message::Russian (ru)", "calculation");
        f.row("survey", "text", "school", "Название школы", "Мектептин аталышы", "Как на вывеске", "yes", "Укажите школу");
        f.row("survey", "select_one yes_no", "has_ramp", "Есть пандус?", "Пандус барбы?", null, "yes");
        f.row("survey", "decimal", "slope", "Уклон пандуса, %", "Пандустун жантаюусу, %", null, "yes", null,
                "${has_ramp} = 'yes'", ". < 100", "Уклон должен быть меньше 100%");
        f.row("survey", "calculate", "ramp_ok", null, null, null, null, null, null, null, null, "if(${slope} <= 8, 'yes', 'no')");
        f.row("survey", "begin group", "ramp", "Пандус", "Пандус", null, null, null, "${has_ramp} = 'yes'");
        f.row("survey", "integer", "ramp_width", "Ширина пандуса, см", "Пандустун туурасы, см", null, null, null, null, ". > 50",
                "Шире 50 см");
        f.row("survey", "image", "ramp_photo", "Фото пандуса", "Пандустун сүрөтү");
        f.row("survey", "end group");
        f.row("survey", "begin repeat", "rooms", "Кабинеты", "Кабинеттер");
        f.row("survey", "text", "room", "Кабинет", "Кабинет");
        f.row("survey", "date", "checked", "Дата проверки", "Текшерүү күнү");
        f.row("survey", "end repeat");
        f.row("survey", "note", "thanks", "Спасибо, ${school}!", "Рахмат, ${school}!");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)");
        f.row("choices", "yes_no", "yes", "Да", "Ооба");
        f.row("choices", "yes_no", "no", "Нет", "Жок");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "ramp_audit", "Аудит пандусов", "3", "Russian (ru)");
        return f.bytes();
    }

    /** A cascading select: towns narrowed by region through the extra "region" column, kinds by a column named "filter". */
    public static XlsFormFixture regions() {
        return new XlsFormFixture()
                .sheet("survey", "type", "name", "label", "choice_filter")
                .row("survey", "select_one region", "region", "Region")
                .row("survey", "select_one town", "town", "Town", "region=${region}")
                .row("survey", "select_one use", "q1", "Use")
                .row("survey", "select_multiple kind", "kind", "Kind", "filter=${q1} and name != 'none'")
                .sheet("choices", "list_name", "name", "label", "region", "filter")
                .row("choices", "region", "issyk_kul", "Issyk-Kul")
                .row("choices", "region", "talas", "Talas")
                .row("choices", "town", "karakol", "Karakol", "issyk_kul")
                .row("choices", "town", "cholpon_ata", "Cholpon-Ata", "issyk_kul")
                .row("choices", "town", "talas_city", "Talas", "talas")
                .row("choices", "use", "edu", "Education")
                .row("choices", "use", "health", "Health")
                .row("choices", "kind", "school", "School", null, "edu")
                .row("choices", "kind", "clinic", "Clinic", null, "health")
                .row("choices", "kind", "none", "None", null, "edu");
    }
}
