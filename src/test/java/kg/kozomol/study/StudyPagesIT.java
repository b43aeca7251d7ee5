package kg.kozomol.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * The study pages: creating and editing a study, the plan with its calculation, and every kind of bad input.
 * Russian numbers group thousands with a no-break space (U+00A0).
 */
@KozomolTest
class StudyPagesIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    StudyWorld world;

    @BeforeEach
    void setUp() {
        world = new StudyWorld(context);
    }

    @Test
    void aResearcherCreatesAStudyAndLandsOnItsPlan() throws Exception {
        mvc.perform(get("/studies/new").with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Новое исследование")));
        mvc.perform(post("/studies").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("organisationId", Long.toString(world.cso.id())).param("themeId", Long.toString(world.theme.id()))
                        .param("titleRu", "Доступность школ Каракола").param("methods", "SITE_AUDIT", "HOUSEHOLD_SURVEY")
                        .param("oblasts", "ISSYK_KUL").param("periodStart", "2026-03-01").param("periodEnd", "2026-06-30")
                        .param("instruments", "Чек-лист аудита | https://example.org/checklist\nhttps://example.org/anketa"))
                .andExpect(redirectedUrlPattern("/studies/*/plan")).andExpect(flash().attribute("flash", "study.created"));
        long id = world.fixtures.count("select id from study where title_ru = 'Доступность школ Каракола'");
        Study study = world.studies.require(id);
        assertThat(study.methods()).containsExactly(StudyMethod.SITE_AUDIT, StudyMethod.HOUSEHOLD_SURVEY);
        assertThat(study.instruments()).containsExactly(new Instrument("Чек-лист аудита", "https://example.org/checklist"),
                new Instrument(null, "https://example.org/anketa"));
        assertThat(study.team()).extracting(TeamMember::role).containsExactly(StudyRole.LEAD);
        assertThat(study.revision()).isEqualTo(1);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'study' and entity_id = '" + id + "'"))
                .isEqualTo(1);

        mvc.perform(get("/studies/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Аудит объектов")))
                .andExpect(content().string(containsString("Иссык-Кульская область")))
                .andExpect(content().string(containsString("План выборки ещё не составлен.")));
        mvc.perform(get("/studies/" + id + "/plan").with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Размер совокупности (N)")));
        mvc.perform(get("/studies").with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Доступность школ Каракола")));
    }

    @Test
    void badStudyInputIsNamedFieldByFieldAndNothingIsSaved() throws Exception {
        long before = world.fixtures.count("select count(*) from study");
        mvc.perform(post("/studies").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("organisationId", Long.toString(world.cso.id())).param("themeId", Long.toString(world.theme.id()))
                        .param("periodStart", "2026-06-30").param("periodEnd", "2026-03-01")
                        .param("instruments", "анкета без ссылки"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Окончание: дата окончания должна быть позже даты начала")))
                .andExpect(content().string(containsString("Название: укажите название хотя бы на одном языке")))
                .andExpect(content().string(containsString("Методы: выберите хотя бы один метод")))
                .andExpect(content().string(containsString("География: выберите хотя бы одну область или город")))
                .andExpect(content().string(containsString("Инструменты: в строке 1 нет ссылки")));
        mvc.perform(post("/studies").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("organisationId", Long.toString(world.cso.id())).param("themeId", "not-a-number")
                        .param("titleRu", "x").param("methods", "SITE_AUDIT", "NONSENSE").param("oblasts", "TALAS")
                        .param("periodStart", "31.02.2026").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дата: введите дату в формате ГГГГ-ММ-ДД")));
        var other = world.fixtures.organisation(kg.kozomol.identity.OrganisationKind.CSO);
        mvc.perform(post("/studies").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("organisationId", Long.toString(other.id())).param("themeId", Long.toString(world.theme.id()))
                        .param("titleRu", "Чужая").param("methods", "SITE_AUDIT").param("oblasts", "TALAS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Создавать исследования могут исследователи и координаторы")));
        assertThat(world.fixtures.count("select count(*) from study")).isEqualTo(before);
    }

    @Test
    void aStaleStudySaveIsRefusedWithAClearMessage() throws Exception {
        Study study = world.study("Устаревшая правка");
        MockHttpServletRequestBuilder save = post("/studies/" + study.id()).with(TestUsers.as(world.researcher)).with(csrf())
                .param("themeId", Long.toString(world.theme.id())).param("titleRu", "Новое название").param("methods", "SITE_AUDIT")
                .param("oblasts", "TALAS").param("version", Integer.toString(study.version()));
        mvc.perform(save).andExpect(redirectedUrl("/studies/" + study.id()));
        mvc.perform(save).andExpect(status().isOk())
                .andExpect(content().string(containsString("Кто-то изменил исследование, пока вы его редактировали")));
        assertThat(world.studies.require(study.id()).titleRu()).isEqualTo("Новое название");
    }

    @Test
    void thePlanShowsEveryStepOfTheCalculationAndSavesAsANewRevision() throws Exception {
        Study study = world.study("Школы Каракола");
        plan(study, Map.of("populationSize", "2 000", "proportion", "0,5", "margin", "5", "designEffect", "1,5",
                "responseRate", "0.8"), "recalculate")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("z = 1,959964")))
                .andExpect(content().string(containsString("= 384,15 → 385")))
                .andExpect(content().string(containsString("= 322,39 → 323")))
                .andExpect(content().string(containsString("= 483,58 → 484 завершённых интервью")))
                .andExpect(content().string(containsString("= 604,47 → 605 единиц для отбора")));
        assertThat(world.plans.find(study.id())).isEmpty();

        plan(study, Map.of("populationSize", "2000", "designEffect", "1.5", "responseRate", "0.8"), "save")
                .andExpect(redirectedUrl("/studies/" + study.id() + "/plan"))
                .andExpect(flash().attribute("flash", "study.plan.saved"));
        StudyPlan saved = world.plans.find(study.id()).orElseThrow();
        assertThat(saved.plan().populationSize()).isEqualTo(2000);
        assertThat(saved.plan().proportion()).isEqualTo(0.5);
        assertThat(world.studies.require(study.id()).revision()).isEqualTo(2);
        mvc.perform(get("/studies/" + study.id() + "/plan").with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("value=\"2000\"")))
                .andExpect(content().string(containsString("→ 605 единиц для отбора")));
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("Нужно 484 завершённых интервью (605 единиц для отбора)")));
    }

    @Test
    void withHtmxOnlyTheResultsAreSent() throws Exception {
        Study study = world.study("Живой пересчёт");
        mvc.perform(post("/studies/" + study.id() + "/plan").with(TestUsers.as(world.researcher)).with(csrf())
                        .header("HX-Request", "true").param("action", "recalculate").param("estimate", "PROPORTION")
                        .param("populationSize", "20000").param("proportion", "0.5").param("confidence", "95")
                        .param("margin", "5").param("designEffect", "1").param("responseRate", "1")
                        .param("allocation", "PROPORTIONAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("→ 377 единиц для отбора")));
        mvc.perform(post("/studies/" + study.id() + "/plan").with(TestUsers.as(world.researcher)).with(csrf())
                        .header("HX-Request", "true").param("action", "recalculate").param("populationSize", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Размер совокупности (N): значение должно быть больше нуля")));
    }

    @Test
    void aThinDomainIsFlaggedWithTheSampleThatWouldFixIt() throws Exception {
        Study study = world.study("Тонкий домен");
        world.plan(study);
        mvc.perform(get("/studies/" + study.id() + "/plan").with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ниже порога для политики")))
                .andExpect(content().string(containsString("±13,4 п. п.")))
                .andExpect(content().string(containsString("Нужно 437 завершённых интервью (546 отобрать) в этом домене: "
                        + "сделайте в нём дополнительную выборку или отберите всего 9\u00a0100 единиц.")));
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("Доменов ниже порога для политики: 1")));
    }

    @Test
    void eachBadPlanValueGetsAMessageNamingItsFieldNeverAServerErrorOrNaN() throws Exception {
        Study study = world.study("Плохой ввод");
        expectPlanError(study, Map.of("populationSize", "-5"), "Размер совокупности (N): значение должно быть больше нуля");
        expectPlanError(study, Map.of("populationSize", "0"), "Размер совокупности (N): значение должно быть больше нуля");
        expectPlanError(study, Map.of("populationSize", "много"), "Размер совокупности (N): введите число, например 0,5");
        expectPlanError(study, Map.of("populationSize", "12.5"), "Размер совокупности (N): введите целое число");
        expectPlanError(study, Map.of("populationSize", "99999999999999999999"), "Размер совокупности (N): слишком большое число");
        expectPlanError(study, Map.of("plannedSample", "3000"), "Планируемая выборка: выборка (3\u00a0000) больше совокупности (2\u00a0000)");
        expectPlanError(study, Map.of("responseRate", "1.2"),
                "Доля ответивших: доля ответивших должна быть больше 0 и не больше 1");
        expectPlanError(study, Map.of("responseRate", "0"), "Доля ответивших: доля ответивших должна быть больше 0 и не больше 1");
        expectPlanError(study, Map.of("margin", "0"), "Допустимая погрешность (e): значение должно быть больше нуля");
        expectPlanError(study, Map.of("margin", "-1"), "Допустимая погрешность (e): значение должно быть больше нуля");
        expectPlanError(study, Map.of("proportion", "NaN"), "Ожидаемая доля (p): введите число, например 0,5");
        expectPlanError(study, Map.of("proportion", "1"), "Ожидаемая доля (p): доля должна быть больше 0 и меньше 1");
        expectPlanError(study, Map.of("designEffect", ""), "Эффект дизайна (deff): заполните поле");
        expectPlanError(study, Map.of("strata[0].name", "А", "strata[0].size", "1500", "strata[1].name", "Б", "strata[1].size", "400"),
                "Страты: размеры страт в сумме дают 1\u00a0900, а размер совокупности — 2\u00a0000");
        expectPlanError(study, Map.of("allocation", "NEYMAN", "strata[0].name", "А", "strata[0].size", "1500",
                "strata[0].standardDeviation", "2", "strata[1].name", "Б", "strata[1].size", "500"),
                "Страта 2, стандартное отклонение: для распределения по Нейману укажите стандартное отклонение");
        expectPlanError(study, Map.of("strata[0].name", "А", "strata[0].size", "-3"), "Страта 1, число единиц: значение должно быть больше нуля");
        expectPlanError(study, Map.of("domains[0].name", "Женщины"), "Домен 1, доля: укажите долю в совокупности, численность или страту");
        expectPlanError(study, Map.of("domains[0].name", "Женщины", "domains[0].share", "50"),
                "Домен 1, доля: доля должна быть больше 0 и не больше 1");
        expectPlanError(study, Map.of("domains[0].name", "Все", "domains[0].size", "5000"),
                "Домен 1, численность: численность домена (5\u00a0000) больше совокупности (2\u00a0000)");
        expectPlanError(study, Map.of("stages[0].unit", "Школа", "stages[0].count", "0"),
                "Ступень 1, количество: значение должно быть больше нуля");
        expectPlanError(study, Map.of("estimate", "MEAN"), "Стандартное отклонение (σ): заполните поле");
        plan(study, Map.of("strata[400].name", "далеко"), "save").andExpect(status().isBadRequest());
        assertThat(world.plans.find(study.id())).isEmpty();
    }

    @Test
    void aStalePlanSaveIsRefusedWithAClearMessage() throws Exception {
        Study study = world.study("Гонка за планом");
        StudyPlan first = world.plan(study);
        world.plan(study);
        plan(study, Map.of("populationSize", "2000", "version", Integer.toString(first.version())), "save")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кто-то изменил план выборки, пока вы его редактировали")));
        assertThat(world.plans.find(study.id()).orElseThrow().plan().populationSize()).isEqualTo(20_000);
        // A plan created meanwhile by someone else is a conflict too, not a server error.
        Study fresh = world.study("Два новых плана");
        world.plan(fresh);
        plan(fresh, Map.of("populationSize", "2000"), "save").andExpect(status().isOk())
                .andExpect(content().string(containsString("Кто-то изменил план выборки")));
    }

    @Test
    void peopleOutsideTheTeamCannotEditThePlanButAReviewerReadsIt() throws Exception {
        Study study = world.study("Только чтение");
        world.plan(study);
        var monitor = world.member(kg.kozomol.platform.Role.FIELD_MONITOR, world.cso);
        mvc.perform(get("/studies/" + study.id() + "/plan").with(TestUsers.as(monitor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Сохранить план"))))
                .andExpect(content().string(containsString("Проверка точности для решений политики")));
        mvc.perform(post("/studies/" + study.id() + "/plan").with(TestUsers.as(monitor)).with(csrf()).param("action", "save"))
                .andExpect(status().isForbidden());
        var coordinator = world.member(kg.kozomol.platform.Role.COORDINATOR,
                world.fixtures.organisation(kg.kozomol.identity.OrganisationKind.COORDINATOR));
        mvc.perform(get("/studies/" + study.id() + "/edit").with(TestUsers.as(coordinator))).andExpect(status().isForbidden());
    }

    /** The message is on the page; what the page says of its own (outside the fields as typed) has no NaN or ∞. */
    private void expectPlanError(Study study, Map<String, String> overrides, String message) throws Exception {
        String page = plan(study, overrides, "save").andExpect(status().isOk())
                .andExpect(content().string(containsString(message))).andReturn().getResponse().getContentAsString();
        String results = page.substring(page.indexOf("id=\"plan-results\""));
        assertThat(results).doesNotContain("NaN", "Infinity", "∞");
    }

    private ResultActions plan(Study study, Map<String, String> overrides, String action) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(Map.of("estimate", "PROPORTION", "populationSize", "2000",
                "proportion", "0.5", "confidence", "95", "margin", "5", "designEffect", "1.5", "responseRate", "0.8",
                "allocation", "PROPORTIONAL"));
        values.putAll(overrides);
        MockHttpServletRequestBuilder request = post("/studies/" + study.id() + "/plan").with(TestUsers.as(world.researcher))
                .with(csrf()).param("action", action);
        values.forEach(request::param);
        return mvc.perform(request);
    }
}
