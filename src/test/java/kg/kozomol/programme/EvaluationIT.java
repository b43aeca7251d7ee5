package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Evaluations: criteria templates, conflict-of-interest decisions (a recused expert cannot open anything), sealed
 * ratings submitted once, the spread after everyone submitted, and the rapporteur's consensus.
 */
@KozomolTest
class EvaluationIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    ProgrammeWorld world;
    Evaluations evaluations;
    Programme programme;
    Organisation group;
    KozomolPrincipal anna;
    KozomolPrincipal bolot;
    KozomolPrincipal chyngyz;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        evaluations = context.getBean(Evaluations.class);
        programme = world.programme("Социальный контракт (синтетика)");
        group = world.fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        anna = world.member(Role.EXPERT, group);
        bolot = world.member(Role.EXPERT, group);
        chyngyz = world.member(Role.EXPERT, group);
    }

    @Test
    void theCoordinatorCommissionsEvaluationsWithTheirCriteriaTemplates() throws Exception {
        String url = "/programmes/" + programme.id() + "/evaluations";
        mvc.perform(get(url + "/new").with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Критерии ОЭСР/КСР")));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "MID_TERM").param("title", "Оценка")
                        .param("commissionedBy", Long.toString(world.consortium.id())).param("evidence", "не ссылка"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Каждая строка должна быть ссылкой")));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "MID_TERM").param("title", "Оценка")
                        .param("commissionedBy", Long.toString(world.consortium.id())).param("template", "CUSTOM"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("укажите хотя бы один критерий")));
        assertThat(evaluations.ofProgramme(programme.id())).isEmpty();

        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "MID_TERM")
                        .param("title", "Промежуточная оценка").param("commissionedBy", Long.toString(world.consortium.id()))
                        .param("evidence", "https://example.org/brief-12\nhttps://example.org/study-3"))
                .andExpect(redirectedUrlPattern("/evaluations/*"));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "FINAL").param("title", "Итоговая")
                        .param("commissionedBy", Long.toString(world.consortium.id())).param("template", "EU_BETTER_REGULATION"))
                .andExpect(redirectedUrlPattern("/evaluations/*"));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "THEMATIC").param("title", "Гендер")
                        .param("commissionedBy", Long.toString(world.consortium.id())).param("template", "CUSTOM")
                        .param("customCriteria", "Гендерная чувствительность | Учитывает ли программа нужды женщин?"))
                .andExpect(redirectedUrlPattern("/evaluations/*"));
        List<Evaluation> made = evaluations.ofProgramme(programme.id());
        assertThat(made).extracting(Evaluation::template).containsExactly(CriteriaTemplate.OECD_DAC,
                CriteriaTemplate.EU_BETTER_REGULATION, CriteriaTemplate.CUSTOM);
        assertThat(evaluations.criteria(made.get(0).id())).extracting(EvaluationCriterion::code).containsExactly("RELEVANCE",
                "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT", "SUSTAINABILITY");
        assertThat(evaluations.criteria(made.get(1).id())).extracting(EvaluationCriterion::code).contains("EU_ADDED_VALUE").hasSize(5);
        assertThat(made.get(0).evidence()).containsExactly("https://example.org/brief-12", "https://example.org/study-3");
        mvc.perform(get("/evaluations/" + made.get(0).id()).with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Сохранятся ли достигнутые выгоды после окончания программы?")));
        mvc.perform(get("/evaluations/" + made.get(2).id()).with(TestUsers.as(world.coordinator)).header("Accept-Language", "en")
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Учитывает ли программа нужды женщин?")));
    }

    @Test
    void aRecusedOrUndecidedExpertCannotOpenTheEvaluation() throws Exception {
        Evaluation evaluation = evaluation();
        String page = "/evaluations/" + evaluation.id();
        mvc.perform(get(page).with(TestUsers.as(anna))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/declaration").with(TestUsers.as(anna))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ожидает решения")));
        mvc.perform(post(page + "/declaration").with(csrf()).with(TestUsers.as(anna)).param("declaration", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Опишите свои интересы")));
        declare(evaluation, anna, "Связей нет");
        declare(evaluation, chyngyz, "Консультировал министерство в 2025 году");

        mvc.perform(post(page + "/members/" + chyngyz.id() + "/decision").with(csrf()).with(TestUsers.as(world.coordinator))
                        .param("decision", "RECUSED").param("version", "1"))
                .andExpect(flash().attribute("refused", "programme.evaluation.validation.decisionNote"));
        mvc.perform(post(page + "/members/" + chyngyz.id() + "/decision").with(csrf()).with(TestUsers.as(world.coordinator))
                        .param("decision", "RECUSED").param("note", "Работал на исполнителя").param("version", "1"))
                .andExpect(flash().attribute("flash", "programme.evaluation.decided"));
        mvc.perform(post(page + "/members/" + anna.id() + "/decision").with(csrf()).with(TestUsers.as(world.coordinator))
                        .param("decision", "CLEAR").param("version", "1"))
                .andExpect(flash().attribute("flash", "programme.evaluation.decided"));

        mvc.perform(get(page).with(TestUsers.as(anna))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ваши оценки по критериям")));
        mvc.perform(get(page).with(TestUsers.as(chyngyz))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/declaration").with(TestUsers.as(chyngyz))).andExpect(status().isNotFound());
        mvc.perform(ratings(evaluation, chyngyz, "5", "Хорошо")).andExpect(status().isNotFound());
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(chyngyz))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + programme.id()).with(TestUsers.as(chyngyz)))
                .andExpect(content().string(not(containsString(evaluation.title()))));
        mvc.perform(get(page).with(TestUsers.as(world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void ratingsAreSealedUntilEveryoneSubmitsAndSubmittingIsOnceAndFinal() throws Exception {
        Evaluation evaluation = admittedPanel();
        String page = "/evaluations/" + evaluation.id();
        mvc.perform(ratings(evaluation, anna, "7", "Слишком высоко")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите оценку по шестибалльной шкале.")));
        mvc.perform(ratings(evaluation, anna, "5", " ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Обоснуйте оценку.")));
        assertThat(world.fixtures.count("select count(*) from programme_evaluation_score where evaluation_id = " + evaluation.id()))
                .isZero();
        mvc.perform(ratings(evaluation, anna, "5", "Анна: программа отвечает нуждам семей")).andExpect(redirectedUrlPattern(page + "*"));

        mvc.perform(get(page).with(TestUsers.as(bolot))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Анна: программа отвечает нуждам семей"))));
        mvc.perform(get(page).with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Анна: программа отвечает нуждам семей"))));

        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(bolot)))
                .andExpect(flash().attribute("refused", "programme.evaluation.refused.incomplete"));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(anna)))
                .andExpect(flash().attribute("flash", "programme.evaluation.submitted"));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(anna)))
                .andExpect(flash().attribute("refused", "programme.evaluation.refused.submitted"));
        mvc.perform(ratings(evaluation, anna, "1", "Передумала"))
                .andExpect(flash().attribute("refused", "programme.evaluation.refused.submitted"));
        assertThat(world.fixtures.count("select min(rating) from programme_evaluation_score where expert_id = " + anna.id()))
                .isEqualTo(5);
        mvc.perform(get(page).with(TestUsers.as(anna))).andExpect(content().string(not(containsString("Разброс"))));
        mvc.perform(get(page).with(TestUsers.as(world.coordinator)))
                .andExpect(content().string(containsString("Оценки сданы")));

        mvc.perform(ratings(evaluation, bolot, "2", "Болот: охват слишком мал")).andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(bolot)))
                .andExpect(flash().attribute("flash", "programme.evaluation.submitted"));
        mvc.perform(get(page).with(TestUsers.as(anna))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Разброс индивидуальных оценок")))
                .andExpect(content().string(containsString("2, 5")))
                .andExpect(content().string(containsString("Болот: охват слишком мал")));
        mvc.perform(get(page).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2, 5")))
                .andExpect(content().string(not(containsString("Болот: охват слишком мал"))));
    }

    @Test
    void aRefusedSaveKeepsEveryRatingJustificationAndEvidenceTheExpertEnteredWithTheErrorAtTheField() throws Exception {
        Evaluation evaluation = admittedPanel();
        List<EvaluationCriterion> criteria = evaluations.criteria(evaluation.id());
        MockHttpServletRequestBuilder request = post("/evaluations/" + evaluation.id() + "/scores").with(csrf())
                .with(TestUsers.as(anna));
        for (int i = 0; i < criteria.size(); i++) {
            long id = criteria.get(i).id();
            request.param("ratings[" + id + "]", Integer.toString(6 - i % 6))
                    .param("justifications[" + id + "]", i == criteria.size() - 1 ? "" : "Обоснование №" + i)
                    .param("evidence[" + id + "]", "Источник №" + i);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (int i = 0; i < criteria.size(); i++) {
            long id = criteria.get(i).id();
            int chosen = 6 - i % 6;
            for (int n = 1; n <= 6; n++) {
                assertThat(html).as("criterion %d rating %d", i, n).containsPattern(
                        "<input type=\"radio\" id=\"rating-" + id + "-" + n + "\"[^>]*" + (n == chosen ? "checked" : "value=\"" + n + "\">"));
            }
            assertThat(html).contains("value=\"Источник №" + i + "\"");
            if (i < criteria.size() - 1) {
                assertThat(html).containsPattern("<textarea id=\"justifications\\[" + id + "\\]\"[^>]*>Обоснование №" + i + "</textarea>");
            }
        }
        long missing = criteria.get(criteria.size() - 1).id();
        assertThat(html).containsPattern("<p class=\"field-error\" id=\"justifications\\[" + missing
                + "\\]-error\">Обоснуйте оценку.</p>\\s*<textarea id=\"justifications\\[" + missing + "\\]\"[^>]*aria-invalid=\"true\"");
        assertThat(world.fixtures.count("select count(*) from programme_evaluation_score where evaluation_id = " + evaluation.id()))
                .isZero();
    }

    @Test
    void theRapporteurWritesTheConsensusWithARationaleAndKeepsTheDissent() throws Exception {
        Evaluation evaluation = admittedPanel();
        String page = "/evaluations/" + evaluation.id();
        mvc.perform(ratings(evaluation, anna, "5", "Обосновано")).andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(anna)));
        mvc.perform(consensus(evaluation, anna, "4", "Рационале"))
                .andExpect(flash().attribute("refused", "programme.evaluation.refused.notAllSubmitted"));
        mvc.perform(ratings(evaluation, bolot, "3", "Обосновано")).andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(post(page + "/submit").with(csrf()).with(TestUsers.as(bolot)));

        mvc.perform(consensus(evaluation, bolot, "4", "Не докладчик")).andExpect(status().isForbidden());
        // refused for the missing rationale, the page keeps every agreed text, rating and the dissent as typed
        mvc.perform(consensus(evaluation, anna, "4", " ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Обоснуйте общую оценку.")))
                .andExpect(content().string(containsString(">Согласовано по "
                        + evaluations.criteria(evaluation.id()).get(0).code() + "</textarea>")))
                .andExpect(content().string(containsString(">Болот считает оценку завышенной</textarea>")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<option value=\"4\" selected=\"selected\">.*")));
        assertThat(evaluations.require(evaluation.id()).hasConsensus()).isFalse();
        mvc.perform(consensus(evaluation, anna, "4", "Группа сочла результаты умеренными: охват вырос, доход нет"))
                .andExpect(redirectedUrlPattern(page + "*"));
        Evaluation done = evaluations.require(evaluation.id());
        assertThat(done.overallRating()).isEqualTo(4);
        assertThat(evaluations.criteria(evaluation.id()).get(0).dissent()).isEqualTo("Болот считает оценку завышенной");
        mvc.perform(get(page).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Группа сочла результаты умеренными")))
                .andExpect(content().string(containsString("Особое мнение: Болот считает оценку завышенной")));
    }

    @Test
    void expertsWriteTheirProfileWhichTheCoordinatorSeesOnThePanel() throws Exception {
        mvc.perform(get("/experts/profile").with(TestUsers.as(anna))).andExpect(status().isOk());
        mvc.perform(post("/experts/profile").with(csrf()).with(TestUsers.as(anna)).param("expertise", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Заполните это поле.")));
        mvc.perform(post("/experts/profile").with(csrf()).with(TestUsers.as(anna)).param("expertise", "Социальная защита, оценка программ")
                .param("languages", "кыргызский, русский").param("affiliations", "Университет (синтетика)"))
                .andExpect(flash().attribute("flash", "programme.expert.saved"));
        mvc.perform(post("/experts/profile").with(csrf()).with(TestUsers.as(anna)).param("expertise", "Устаревшая правка"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись изменил кто-то другой")));
        Evaluation evaluation = evaluation();
        mvc.perform(get("/evaluations/" + evaluation.id()).with(TestUsers.as(world.coordinator)))
                .andExpect(content().string(containsString("Экспертиза: Социальная защита, оценка программ; языки: кыргызский, русский")));
    }

    private Evaluation evaluation() {
        Evaluation evaluation = world.tx.execute(s -> evaluations.create(programme.id(), new EvaluationDraft(EvaluationKind.MID_TERM,
                "Промежуточная оценка социального контракта", "ТЗ", world.consortium.id(), CriteriaTemplate.OECD_DAC, List.of(),
                List.of()), world.coordinator));
        world.tx.execute(s -> {
            evaluations.addMember(evaluation.id(), anna.id(), true);
            evaluations.addMember(evaluation.id(), bolot.id(), false);
            evaluations.addMember(evaluation.id(), chyngyz.id(), false);
            return null;
        });
        return evaluation;
    }

    /** Anna (rapporteur) and Bolot cleared; Chyngyz recused. */
    private Evaluation admittedPanel() {
        Evaluation evaluation = evaluation();
        world.tx.execute(s -> {
            for (KozomolPrincipal expert : List.of(anna, bolot, chyngyz)) {
                evaluations.declare(evaluation.id(), expert, "Декларация " + expert.fullName());
            }
            evaluations.decide(evaluation.id(), anna.id(), 1, CoiDecision.CLEAR, null, world.coordinator);
            evaluations.decide(evaluation.id(), bolot.id(), 1, CoiDecision.MITIGATED, "Не оценивает компонент Таласа",
                    world.coordinator);
            evaluations.decide(evaluation.id(), chyngyz.id(), 1, CoiDecision.RECUSED, "Работал на исполнителя", world.coordinator);
            return null;
        });
        return evaluation;
    }

    private void declare(Evaluation evaluation, KozomolPrincipal expert, String text) throws Exception {
        mvc.perform(post("/evaluations/" + evaluation.id() + "/declaration").with(csrf()).with(TestUsers.as(expert))
                .param("declaration", text)).andExpect(flash().attribute("flash", "programme.evaluation.declared"));
    }

    /** The same rating and justification for every criterion. */
    private MockHttpServletRequestBuilder ratings(Evaluation evaluation, KozomolPrincipal expert, String rating, String why) {
        MockHttpServletRequestBuilder request = post("/evaluations/" + evaluation.id() + "/scores").with(csrf())
                .with(TestUsers.as(expert));
        for (EvaluationCriterion c : evaluations.criteria(evaluation.id())) {
            request.param("ratings[" + c.id() + "]", rating).param("justifications[" + c.id() + "]", why)
                    .param("evidence[" + c.id() + "]", "Записка 12, таблица 3");
        }
        return request;
    }

    private MockHttpServletRequestBuilder consensus(Evaluation evaluation, KozomolPrincipal who, String overall, String rationale) {
        MockHttpServletRequestBuilder request = post("/evaluations/" + evaluation.id() + "/consensus").with(csrf())
                .with(TestUsers.as(who)).param("overallRating", overall).param("overallRationale", rationale)
                .param("version", Integer.toString(evaluations.require(evaluation.id()).version()));
        List<EvaluationCriterion> criteria = evaluations.criteria(evaluation.id());
        for (int i = 0; i < criteria.size(); i++) {
            EvaluationCriterion c = criteria.get(i);
            request.param("agreedRatings[" + c.id() + "]", "4").param("agreedTexts[" + c.id() + "]", "Согласовано по " + c.code());
            if (i == 0) {
                request.param("dissents[" + c.id() + "]", "Болот считает оценку завышенной");
            }
        }
        return request;
    }
}
