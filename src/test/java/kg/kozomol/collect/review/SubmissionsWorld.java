package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.AppUser;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.ImportedForm;
import kg.kozomol.collect.XlsFormFixture;

/**
 * A study with a field visit form (a group, selects, a geopoint, a photo and a repeat whose name is longer than an
 * Excel sheet name) and a phone that sends submissions through the OpenRosa endpoint, as ODK Collect does.
 */
public final class SubmissionsWorld {

    public static final String LONG_REPEAT = "classrooms_with_accessible_entrance_and_ramp";
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0,
        1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    public final CollectWorld world;
    public final CollectForm form;
    private final Phone phone;
    private final String base;

    /** How the phone's POST reaches the server: MockMvc, or real HTTP for browser tests. */
    @FunctionalInterface
    public interface Phone {
        void post(String url, byte[] xml, MockMultipartFile... attachments) throws Exception;
    }

    public SubmissionsWorld(ApplicationContext context, MockMvc mvc) {
        this(context, (url, xml, attachments) -> {
            MockMultipartHttpServletRequestBuilder request = multipart(url);
            request.file(new MockMultipartFile("xml_submission_file", "submission.xml", "text/xml", xml));
            for (MockMultipartFile attachment : attachments) {
                request.file(attachment);
            }
            request.header("X-OpenRosa-Version", "1.0");
            mvc.perform(request).andExpect(status().isCreated());
        });
    }

    public SubmissionsWorld(ApplicationContext context, Phone phone) {
        this.phone = phone;
        world = new CollectWorld(context);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        Forms forms = context.getBean(Forms.class);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "visit.xlsx", visitForm().bytes(), world.researcher));
        assertThat(imported.problems()).isEmpty();
        form = forms.ofStudy(world.study.id()).get(0);
        AppUser appUser = tx.execute(s -> context.getBean(AppUsers.class).create(world.study.id(), "Телефон Айгуль", world.researcher));
        base = "/collect/key/" + appUser.token();
    }

    static XlsFormFixture visitForm() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "label::English (en)");
        f.row("survey", "text", "school", "Школа", "Мектеп", "School");
        f.row("survey", "select_one yes_no", "ramp", "Есть пандус?", "Пандус барбы?", "Is there a ramp?");
        f.row("survey", "select_multiple barriers", "barriers", "Барьеры", "Тоскоолдуктар", "Barriers");
        f.row("survey", "geopoint", "location", "Место", "Орду", "Place");
        f.row("survey", "image", "photo", "Фото входа", "Кире бериштин сүрөтү", "Entrance photo");
        f.row("survey", "begin group", "doors", "Двери", "Эшиктер", "Doors");
        f.row("survey", "integer", "width", "Ширина, см", "Туурасы, см", "Width, cm");
        f.row("survey", "end group");
        f.row("survey", "begin repeat", LONG_REPEAT, "Классы", "Класстар", "Classrooms");
        f.row("survey", "text", "room", "Кабинет", "Кабинет", "Room");
        f.row("survey", "end repeat");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "label::English (en)");
        f.row("choices", "yes_no", "yes", "Да", "Ооба", "Yes");
        f.row("choices", "yes_no", "no", "Нет", "Жок", "No");
        f.row("choices", "barriers", "steps", "Ступени", "Тепкичтер", "Steps");
        f.row("choices", "barriers", "narrow", "Узкие двери", "Тар эшиктер", "Narrow doors");
        f.row("choices", "barriers", "toilet", "Нет туалета", "Ажаткана жок", "No toilet");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "field_visit", "Посещение школы", "1", "Russian (ru)");
        return f;
    }

    public static String xml(String instanceId, String school, String ramp, String barriers, String location, String photo,
            String width, String... rooms) {
        StringBuilder repeats = new StringBuilder();
        for (String room : rooms) {
            repeats.append("<").append(LONG_REPEAT).append("><room>").append(room).append("</room></").append(LONG_REPEAT).append(">");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <data xmlns:jr="http://openrosa.org/javarosa" id="field_visit" version="1">
                  <school>%s</school><ramp>%s</ramp><barriers>%s</barriers><location>%s</location><photo>%s</photo>
                  <doors><width>%s</width></doors>%s
                  <meta><instanceID>%s</instanceID></meta>
                </data>
                """.formatted(school, ramp, barriers, location, photo, width, repeats, instanceId);
    }

    public void submit(String xml, MockMultipartFile... attachments) throws Exception {
        phone.post(base + "/submission", xml.getBytes(StandardCharsets.UTF_8), attachments);
    }

    public static MockMultipartFile photo(String name) {
        return new MockMultipartFile(name, name, "image/jpeg", JPEG);
    }
}
