package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * The design review before approval: the coordinator forms the panel, experts score evaluability with a justification
 * for every score and comment per node, the consolidated comments come out as a Word document; bad scores, stale saves
 * and outsiders are refused, and the review closes when the programme is approved.
 */
@KozomolTest
class DesignReviewIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    ProgrammeWorld world;
    Programme programme;
    List<FrameworkNode> nodes;
    KozomolPrincipal expert;
    KozomolPrincipal outsider;
    String base;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        programme = world.programme("Инклюзивное образование в Караколе");
        nodes = world.chain(programme);
        Organisation group = world.fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        expert = world.member(Role.EXPERT, group);
        outsider = world.member(Role.EXPERT, group);
        base = "/programmes/" + programme.id() + "/review";
    }

    @Test
    void thePanelScoresAndCommentsAndTheCommentsComeOutAsAWordDocument() throws Exception {
        KozomolPrincipal researcher = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        mvc.perform(post(base + "/panel").param("expertId", Long.toString(researcher.id())).with(csrf())
                        .with(TestUsers.as(world.coordinator)))
                .andExpect(flash().attribute("refused", "programme.review.refused.notExpert"));
        mvc.perform(post(base + "/panel").param("expertId", Long.toString(expert.id())).with(csrf())
                .with(TestUsers.as(world.coordinator))).andExpect(flash().attribute("flash", "programme.review.expertAdded"));
        assertThat(world.fixtures.count("select count(*) from programme_review_panel where programme_id = " + programme.id()))
                .isEqualTo(1);

        mvc.perform(get(base).with(TestUsers.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ваши оценки")))
                .andExpect(content().string(containsString("Ясные индикаторы")));
        mvc.perform(scores(expert, "3", "2", "2", "4", null)).andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/comments").param("nodeId", Long.toString(nodes.get(1).id()))
                .param("body", "Индикатор результата не измеряет доход семьи").with(csrf()).with(TestUsers.as(expert)))
                .andExpect(flash().attribute("flash", "programme.review.commented"));
        mvc.perform(post(base + "/comments").param("body", "Нет бюджета по годам").with(csrf()).with(TestUsers.as(expert)))
                .andExpect(flash().attribute("flash", "programme.review.commented"));

        assertThat(world.fixtures.count("select sum(score) from programme_evaluability_score where programme_id = "
                + programme.id())).isEqualTo(11);
        mvc.perform(get(base).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Обоснование по критерию BASELINES_PRESENT")))
                .andExpect(content().string(containsString("Результат: Результат")))
                .andExpect(content().string(containsString("Нет бюджета по годам")))
                .andExpect(content().string(not(containsString("Ваши оценки"))));

        byte[] docx = mvc.perform(get(base + "/comments.docx").with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Сводные комментарии экспертизы дизайна: Инклюзивное образование в Караколе")
                    .contains("Индикатор результата не измеряет доход семьи").contains("Программа в целом")
                    .contains("Нет бюджета по годам").contains("Наличие базовых значений").contains("2 / 4");
            assertThat(document.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()));
        }
    }

    @Test
    void outOfScaleScoresAndMissingJustificationsAreRefusedAndNothingIsOverwritten() throws Exception {
        world.tx.execute(s -> {
            world.reviewsAdd(programme, expert);
            return null;
        });
        mvc.perform(scores(expert, "5", "0", "три", "4", "").with(TestUsers.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите оценку от 1 до 4.")))
                .andExpect(content().string(containsString("Обоснуйте оценку.")));
        assertThat(world.fixtures.count("select count(*) from programme_evaluability_score where programme_id = "
                + programme.id())).isZero();

        mvc.perform(scores(expert, "3", "3", "3", "3", null)).andExpect(redirectedUrl(base));
        mvc.perform(scores(expert, "1", "1", "1", "1", null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись изменил кто-то другой")));
        assertThat(world.fixtures.count("select sum(score) from programme_evaluability_score where programme_id = "
                + programme.id())).isEqualTo(12);
        mvc.perform(scores(expert, "4", "4", "4", "4", "0")).andExpect(redirectedUrl(base));
        assertThat(world.fixtures.count("select sum(score) from programme_evaluability_score where programme_id = "
                + programme.id())).isEqualTo(16);
    }

    @Test
    void outsidersDoNotSeeTheReviewAndAnApprovedProgrammeTakesNoMoreScores() throws Exception {
        world.tx.execute(s -> {
            world.reviewsAdd(programme, expert);
            return null;
        });
        mvc.perform(get(base).with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/comments.docx").with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(scores(outsider, "3", "3", "3", "3", null)).andExpect(status().isNotFound());
        mvc.perform(get(base).with(TestUsers.as(world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO)))))
                .andExpect(status().isNotFound());

        world.tx.execute(s -> world.programmes.move(programme.id(), 0, ProgrammeStatus.PUBLIC_DISCUSSION));
        world.tx.execute(s -> world.programmes.move(programme.id(), 1, ProgrammeStatus.APPROVED));
        mvc.perform(scores(expert, "3", "3", "3", "3", null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Экспертиза дизайна закрыта")));
        mvc.perform(get(base).with(TestUsers.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Сохранить оценки"))));
        assertThat(world.fixtures.count("select count(*) from programme_evaluability_score where programme_id = "
                + programme.id())).isZero();
    }

    /** Scores for the four criteria in order, each justified unless {@code justification} is given (blank = missing). */
    private MockHttpServletRequestBuilder scores(KozomolPrincipal who, String clear, String baselines, String targets,
            String assumptions, String versionOrJustification) {
        MockHttpServletRequestBuilder request = post(base + "/scores").with(csrf()).with(TestUsers.as(who));
        String[] values = {clear, baselines, targets, assumptions};
        EvaluabilityCriterion[] criteria = EvaluabilityCriterion.values();
        for (int i = 0; i < criteria.length; i++) {
            request.param("scores[" + criteria[i] + "]", values[i]);
            boolean missing = "".equals(versionOrJustification);
            request.param("justifications[" + criteria[i] + "]", missing ? "" : "Обоснование по критерию " + criteria[i]);
            if (versionOrJustification != null && !missing) {
                request.param("versions[" + criteria[i] + "]", versionOrJustification);
            }
        }
        return request;
    }
}
