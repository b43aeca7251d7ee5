package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** Reviewing what phones sent: the filtered table, review states with comments, corrections as versions, files, places. */
@KozomolTest
class SubmissionReviewIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SubmissionBrowser browser;

    SubmissionsWorld field;

    @BeforeEach
    void threeSubmissions() throws Exception {
        field = new SubmissionsWorld(context, mvc);
        field.submit(SubmissionsWorld.xml("uuid:a", "Школа №1 Каракол", "yes", "steps narrow", "42.4907 78.3936 1700 5", "door.jpg",
                "90", "Кабинет 1", "Кабинет 2"), SubmissionsWorld.photo("door.jpg"));
        field.submit(SubmissionsWorld.xml("uuid:b", "Лицей Ысык-Көл", "no", "toilet", "", "", "70"));
        field.submit(SubmissionsWorld.xml("uuid:c", "Гимназия Талас", "yes", "", "42.52 72.24", "", "120"));
    }

    long id(String instanceId) {
        return field.world.fixtures.count("select id from collect_submission where form_id = " + field.form.id()
                + " and instance_id = '" + instanceId + "'");
    }

    String list(String query) {
        return "/collect/forms/" + field.form.id() + "/submissions" + query;
    }

    @Test
    void theTableFiltersAndPages() throws Exception {
        mvc.perform(get(list("")).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Школа №1 Каракол")))
                .andExpect(content().string(containsString("Гимназия Талас")))
                .andExpect(content().string(containsString("Есть пандус?")))
                .andExpect(content().string(containsString("Ступени; Узкие двери")));
        mvc.perform(get(list("?q=Ысык")).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Лицей Ысык-Көл")))
                .andExpect(content().string(not(containsString("Гимназия Талас"))));
        mvc.perform(get(list("?q=school")).with(TestUsers.as(field.world.monitor)))
                .andExpect(content().string(not(containsString("Гимназия Талас"))));
        mvc.perform(get(list("?from=" + LocalDate.now().plusDays(2))).with(TestUsers.as(field.world.monitor)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Гимназия Талас"))));
        mvc.perform(get(list("?to=" + LocalDate.now().plusDays(1) + "&state=RECEIVED")).with(TestUsers.as(field.world.monitor)))
                .andExpect(content().string(containsString("Гимназия Талас")));
        mvc.perform(get(list("?from=31.12.2026")).with(TestUsers.as(field.world.monitor))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Начальная дата указана неверно")));
        mvc.perform(get(list("")).header("Accept-Language", "en").with(TestUsers.as(field.world.monitor)))
                .andExpect(status().isOk());

        PageOf<SubmissionRow> second = browser.page(field.form.id(), SubmissionFilter.NONE, new PageRequest(2, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(SubmissionRow::instanceId).containsExactly("uuid:a");
        long phone = browser.submitters(field.form.id()).get(0).id();
        assertThat(browser.page(field.form.id(), new SubmissionFilter(ReviewState.APPROVED, null, null, phone, null),
                new PageRequest(1, 25)).total()).isZero();
        assertThat(browser.page(field.form.id(), new SubmissionFilter(null, null, null, phone, "Талас"),
                new PageRequest(1, 25)).total()).isEqualTo(1);
    }

    @Test
    void aReviewNeedsACommentForIssuesAndIsAudited() throws Exception {
        long id = id("uuid:b");
        String url = "/collect/submissions/" + id + "/review";
        mvc.perform(post(url).param("state", "HAS_ISSUES").param("version", "0").with(csrf()).with(TestUsers.as(field.world.researcher)))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Напишите комментарий")));
        mvc.perform(post(url).param("state", "APPROVED").param("version", "0").with(csrf()).with(TestUsers.as(field.world.monitor)))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).param("state", "HAS_ISSUES").param("comment", "Нет фото входа").param("version", "0").with(csrf())
                .with(TestUsers.as(field.world.researcher))).andExpect(redirectedUrl("/collect/submissions/" + id));
        mvc.perform(post(url).param("state", "APPROVED").param("version", "0").with(csrf()).with(TestUsers.as(field.world.researcher)))
                .andExpect(status().isConflict());
        assertThat(field.world.fixtures.count("select count(*) from collect_submission where id = " + id + " and status = 'HAS_ISSUES'"))
                .isEqualTo(1);
        assertThat(field.world.fixtures.count("select count(*) from collect_review where submission_id = " + id
                + " and to_status = 'HAS_ISSUES' and comment = 'Нет фото входа'")).isEqualTo(1);
        assertThat(field.world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_submission' and entity_id = '"
                + id + "' and action = 'UPDATE'")).isEqualTo(1);
        mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Нет фото входа")))
                .andExpect(content().string(containsString("Есть замечания")));
        mvc.perform(get(list("?state=HAS_ISSUES")).with(TestUsers.as(field.world.monitor)))
                .andExpect(content().string(containsString("Лицей Ысык-Көл")))
                .andExpect(content().string(not(containsString("Гимназия Талас"))));
    }

    @Test
    void answersThatFailTheFormsChecksAreShownFilteredAndCheckedAgainAfterACorrection() throws Exception {
        field.submit(SubmissionsWorld.xml("uuid:d", "Школа в Нарыне", "maybe", "steps", "", "", "80"));
        long id = id("uuid:d");
        assertThat(browser.find(id).orElseThrow().checkProblems()).isEqualTo(1);
        mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("«Есть пандус?»: выбран вариант, которого нет в списке")));
        mvc.perform(get("/collect/submissions/" + id("uuid:a")).with(TestUsers.as(field.world.monitor)))
                .andExpect(content().string(containsString("Все ответы прошли проверки формы")));
        mvc.perform(get(list("?flagged=true")).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Школа в Нарыне")))
                .andExpect(content().string(containsString("замечаний: 1")))
                .andExpect(content().string(not(containsString("Гимназия Талас"))));

        String redirect = mvc.perform(post("/collect/submissions/" + id + "/edit").param("version", "0").param("answer.ramp", "yes")
                .with(csrf()).with(TestUsers.as(field.world.researcher))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long edited = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        assertThat(browser.find(edited).orElseThrow().checkProblems()).isZero();
        assertThat(browser.page(field.form.id(), new SubmissionFilter(null, null, null, null, null, true), new PageRequest(1, 25))
                .total()).isZero();
    }

    @Test
    void anEditStoresANewVersionAndAStaleEditIsRefused() throws Exception {
        long id = id("uuid:c");
        mvc.perform(get("/collect/submissions/" + id + "/edit").with(TestUsers.as(field.world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("answer.doors/width")));
        String redirect = mvc.perform(post("/collect/submissions/" + id + "/edit").param("version", "0")
                .param("answer.school", "Гимназия №5 Талас").param("answer.doors/width", "95").with(csrf())
                .with(TestUsers.as(field.world.researcher))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long edited = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        assertThat(edited).isNotEqualTo(id);
        SubmissionRow now = browser.find(edited).orElseThrow();
        String xml = new String(now.xml(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<school>Гимназия №5 Талас</school>", "<width>95</width>", "<deprecatedID>uuid:c</deprecatedID>");
        assertThat(now.rootInstanceId()).isEqualTo("uuid:c");
        assertThat(browser.versions(now)).extracting(SubmissionRow::id).containsExactly(edited, id);
        assertThat(browser.find(id).orElseThrow().current()).isFalse();
        assertThat(browser.page(field.form.id(), SubmissionFilter.NONE, new PageRequest(1, 25)).total()).isEqualTo(3);

        mvc.perform(post("/collect/submissions/" + id + "/edit").param("version", "0").param("answer.school", "Старое")
                .with(csrf()).with(TestUsers.as(field.world.researcher))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Кто-то уже изменил")));
        mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Это прежняя версия")))
                .andExpect(content().string(containsString("Гимназия Талас")));
        mvc.perform(get("/collect/submissions/" + edited).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("uuid:c")));
        String again = mvc.perform(post("/collect/submissions/" + edited + "/edit").param("version", "0")
                .param("answer.school", "Гимназия №6 Талас").with(csrf()).with(TestUsers.as(field.world.researcher)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long second = Long.parseLong(again.substring(again.lastIndexOf('/') + 1));
        assertThat(browser.versions(browser.find(id).orElseThrow())).extracting(SubmissionRow::id).containsExactly(second, edited, id);
        assertThat(browser.versions(browser.find(id("uuid:b")).orElseThrow())).extracting(SubmissionRow::id).containsExactly(id("uuid:b"));
        assertThat(field.world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_submission' and entity_id = '"
                + edited + "' and action = 'CREATE'")).isEqualTo(1);
    }

    @Test
    void thePhotoShowsInlineOnlyToTheStudysOrganisation() throws Exception {
        long id = id("uuid:a");
        String fileId = browser.attachments(id).get(0).fileId().toString();
        mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<img src=\"/files/" + fileId + "\"")))
                .andExpect(content().string(containsString("Классы, № 2")))
                .andExpect(content().string(containsString("Кабинет 2")));
        mvc.perform(get("/files/" + fileId).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk());

        CollectWorld other = new CollectWorld(context);
        mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(other.researcher))).andExpect(status().isNotFound());
        mvc.perform(get(list("")).with(TestUsers.as(other.researcher))).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + fileId).with(TestUsers.as(other.researcher))).andExpect(status().isNotFound());
        mvc.perform(post("/collect/submissions/" + id + "/review").param("state", "APPROVED").param("version", "0").with(csrf())
                .with(TestUsers.as(other.researcher))).andExpect(status().isNotFound());
    }

    @Test
    void theMapPageListsEveryPointInATable() throws Exception {
        mvc.perform(get(list("/map")).with(TestUsers.as(field.world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-lat=\"42.4907\"")))
                .andExpect(content().string(containsString("<td>72.24</td>")))
                .andExpect(content().string(containsString("Координаты (2)")))
                .andExpect(content().string(containsString("dist/leaflet")));
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
    }
}
