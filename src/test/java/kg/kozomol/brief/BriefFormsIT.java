package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class BriefFormsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
    }

    @Test
    void createsABriefWithTheCreatorAsAuthorAndAnAuditRecord() throws Exception {
        mvc.perform(newBrief().param("titleRu", "Новая записка").param("titleKy", "Жаңы жазуу").param("sampleSize", "400"))
                .andExpect(status().is3xxRedirection());
        long id = world.fixtures.count("select id from brief where title_ru = 'Новая записка'");
        assertThat(world.briefs.require(id).authorIds()).containsExactly(world.researcher.id());
        assertThat(world.briefs.require(id).methodology().sampleSize()).isEqualTo(400);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'brief' and action = 'CREATE' "
                + "and entity_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void badInputGetsLocalisedFieldErrorsAndWritesNothing() throws Exception {
        long before = world.fixtures.count("select count(*) from brief");
        mvc.perform(newBrief()).andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите название хотя бы на одном языке")));
        mvc.perform(newBrief().param("titleRu", "x".repeat(301)).param("sampleSize", "много"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Не длиннее 300 знаков")))
                .andExpect(content().string(containsString("Введите целое неотрицательное число")));
        mvc.perform(post("/briefs").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("organisationId", Long.toString(world.cso.id())).param("themeId", "abc").param("titleRu", "Тема"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите тему из списка")));
        assertThat(world.fixtures.count("select count(*) from brief")).isEqualTo(before);
    }

    @Test
    void htmlInATitleIsShownEscaped() throws Exception {
        Brief brief = world.draft("<b onmouseover=\"x()\">Жирный</b>", "<p>x</p>");
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("&lt;b onmouseover=&quot;x()&quot;&gt;Жирный&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b onmouseover"))));
    }

    @Test
    void aSecondSaveOfAnOldVersionGetsTheConflictMessageAndOverwritesNothing() throws Exception {
        Brief brief = world.draft("Исходная", "<p>x</p>");
        mvc.perform(edit(brief, "Первое изменение", brief.version())).andExpect(status().is3xxRedirection());
        mvc.perform(edit(brief, "Второе изменение", brief.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")))
                .andExpect(content().string(containsString("Второе изменение")));
        assertThat(world.briefs.require(brief.id()).title().ru()).isEqualTo("Первое изменение");
    }

    @Test
    void evidenceAboveTheThresholdShowsTheBelowPolicyGradeBadge() throws Exception {
        Brief brief = world.draft("Доказательства", "<p>x</p>");
        Finding finding = BriefWorld.as(world.researcher, () -> world.findings.add(brief.id(),
                new FindingDraft(new Bilingual("Мало кто получает алименты", null), Bilingual.EMPTY)));
        evidence(brief, finding, "Оценка надёжная", "4,9").andExpect(status().is3xxRedirection());
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(not(containsString("Ниже порога для решений"))));
        evidence(brief, finding, "Оценка шаткая", "7.8").andExpect(status().is3xxRedirection());
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("Ниже порога для решений: ошибка больше 5 п. п.")))
                .andExpect(content().string(containsString("±7,8 п. п.")));
        assertThat(context.getBean(EvidenceItems.class).policyGradeMargin()).isEqualByComparingTo(new BigDecimal("5.0"));
        evidence(brief, finding, "Плохая точность", "сорок").andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите число, например 4,9")));
        mvc.perform(multipart("/briefs/" + brief.id() + "/findings/" + finding.id() + "/evidence")
                        .with(TestUsers.as(world.researcher)).with(csrf()).param("kind", "ESTIMATE").param("title", "Нули")
                        .param("unweightedN", "0").param("designEffect", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите целое число больше нуля")))
                .andExpect(content().string(containsString("Введите число больше нуля, например 1,5")));
        assertThat(world.fixtures.count("select count(*) from finding_evidence where finding_id = " + finding.id())).isEqualTo(2);
    }

    @Test
    void aTableIsRenderedAsAnHtmlTableAndAFileOfAForbiddenTypeIsRefused() throws Exception {
        Brief brief = world.draft("Таблицы", "<p>x</p>");
        Finding finding = BriefWorld.as(world.researcher, () -> world.findings.add(brief.id(),
                new FindingDraft(new Bilingual("Вывод", null), Bilingual.EMPTY)));
        mvc.perform(multipart("/briefs/" + brief.id() + "/findings/" + finding.id() + "/evidence")
                        .with(TestUsers.as(world.researcher)).with(csrf()).param("kind", "TABLE").param("title", "Выплаты по годам")
                        .param("content", "Год;Доля\n2024;31%\n2025;<b>35%</b>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("<th scope=\"col\">Доля</th>")))
                .andExpect(content().string(containsString("<td>&lt;b&gt;35%&lt;/b&gt;</td>")));
        mvc.perform(multipart("/briefs/" + brief.id() + "/findings/" + finding.id() + "/evidence")
                        .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {77, 90, 1, 2, 3}))
                        .with(TestUsers.as(world.researcher)).with(csrf()).param("kind", "DOCUMENT").param("title", "Вирус"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")));
        mvc.perform(multipart("/briefs/" + brief.id() + "/findings/" + finding.id() + "/evidence")
                        .with(TestUsers.as(world.researcher)).with(csrf()).param("kind", "PHOTO").param("title", "Пандус"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Для фото и документа загрузите файл.")));
        assertThat(world.fixtures.count("select count(*) from finding_evidence where finding_id = " + finding.id())).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions evidence(Brief brief, Finding finding, String title, String moe)
            throws Exception {
        return mvc.perform(multipart("/briefs/" + brief.id() + "/findings/" + finding.id() + "/evidence")
                .with(TestUsers.as(world.researcher)).with(csrf()).param("kind", "ESTIMATE").param("title", title)
                .param("content", "31% получателей").param("unweightedN", "400").param("marginOfError", moe)
                .param("designEffect", "1.5"));
    }

    private MockHttpServletRequestBuilder newBrief() {
        return post("/briefs").with(TestUsers.as(world.researcher)).with(csrf())
                .param("organisationId", Long.toString(world.cso.id())).param("themeId", Long.toString(world.theme.id()))
                .param("originalLanguage", "ru");
    }

    private MockHttpServletRequestBuilder edit(Brief brief, String title, int version) {
        return post("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)).with(csrf())
                .param("themeId", Long.toString(world.theme.id())).param("originalLanguage", "ru").param("titleRu", title)
                .param("version", Integer.toString(version));
    }
}
