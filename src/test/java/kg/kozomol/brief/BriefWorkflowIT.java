package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class BriefWorkflowIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
    }

    @Test
    void aDraftGoesToReviewIsSentBackThenPublishedAndWithdrawn() throws Exception {
        Brief brief = world.draft("Записка о процессе", "<p>Итог</p>");
        move(brief.id(), "INTERNAL_REVIEW").andExpect(flash().attribute("flash", "brief.moved.INTERNAL_REVIEW"));
        move(brief.id(), "DRAFT").andExpect(flash().attribute("flash", "brief.moved.DRAFT"));
        move(brief.id(), "INTERNAL_REVIEW");
        move(brief.id(), "PUBLISHED").andExpect(flash().attribute("flash", "brief.moved.PUBLISHED"));
        Brief published = world.briefs.require(brief.id());
        assertThat(published.status()).isEqualTo(BriefStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(1);
        move(brief.id(), "WITHDRAWN").andExpect(flash().attribute("flash", "brief.moved.WITHDRAWN"));
        assertThat(world.briefs.require(brief.id()).status()).isEqualTo(BriefStatus.WITHDRAWN);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'brief' and entity_id = '"
                + brief.id() + "' and action = 'UPDATE'")).isEqualTo(5);
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Эта записка отозвана организацией")));
    }

    @Test
    void aDraftCannotBePublishedWithoutReviewAndAPublishedBriefCannotGoBackToDraft() throws Exception {
        Brief draft = world.draft("Без рецензии", "<p>Итог</p>");
        move(draft.id(), "PUBLISHED").andExpect(flash().attribute("refused", "brief.refused.transition"));
        assertThat(world.briefs.require(draft.id()).status()).isEqualTo(BriefStatus.DRAFT);
        Brief published = world.published("Опубликованная", "<p>Итог</p>");
        move(published.id(), "DRAFT").andExpect(flash().attribute("refused", "brief.refused.transition"));
        move(published.id(), "nonsense").andExpect(status().isBadRequest());
    }

    @Test
    void publishingNeedsASummary() throws Exception {
        Brief brief = world.draft("Без резюме", null);
        move(brief.id(), "INTERNAL_REVIEW");
        move(brief.id(), "PUBLISHED").andExpect(flash().attribute("refused", "brief.refused.incomplete"));
        assertThat(world.briefs.require(brief.id()).status()).isEqualTo(BriefStatus.INTERNAL_REVIEW);
        assertThat(world.fixtures.count("select count(*) from brief_version where brief_id = " + brief.id())).isZero();
    }

    @Test
    void aWithdrawnBriefRefusesEditsCommentsFindingsAndFurtherMoves() throws Exception {
        Brief brief = world.published("Отзываемая", "<p>Итог</p>");
        move(brief.id(), "WITHDRAWN");
        Brief withdrawn = world.briefs.require(brief.id());
        mvc.perform(get("/briefs/" + brief.id() + "/edit").with(TestUsers.as(world.researcher)))
                .andExpect(redirectedUrl("/briefs/" + brief.id())).andExpect(flash().attribute("refused", "brief.refused.withdrawn"));
        mvc.perform(post("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)).with(csrf())
                        .param("themeId", Long.toString(world.theme.id())).param("originalLanguage", "ru")
                        .param("titleRu", "Новое").param("version", Integer.toString(withdrawn.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Записка отозвана: изменять и комментировать её нельзя.")));
        mvc.perform(post("/briefs/" + brief.id() + "/comments").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("section", "SUMMARY").param("body", "Замечание"))
                .andExpect(flash().attribute("refused", "brief.refused.withdrawn"));
        mvc.perform(post("/briefs/" + brief.id() + "/findings").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("titleRu", "Вывод"))
                .andExpect(flash().attribute("refused", "brief.refused.withdrawn"));
        move(brief.id(), "PUBLISHED").andExpect(flash().attribute("refused", "brief.refused.withdrawn"));
        assertThat(world.briefs.require(brief.id()).title().ru()).isEqualTo("Отзываемая");
        assertThat(world.fixtures.count("select count(*) from brief_comment where brief_id = " + brief.id())).isZero();
        assertThat(world.fixtures.count("select count(*) from brief_finding where brief_id = " + brief.id())).isZero();
        assertThatThrownBy(() -> BriefWorld.as(world.researcher, () -> world.findings.add(brief.id(),
                new FindingDraft(new Bilingual("x", null), Bilingual.EMPTY))))
                .isInstanceOf(BriefActionRefusedException.class).hasMessage("brief.refused.withdrawn");
    }

    @Test
    void reviewersCommentOnASectionAndResolveTheComment() throws Exception {
        Brief brief = world.draft("Рецензируемая", "<p>Итог</p>");
        move(brief.id(), "INTERNAL_REVIEW");
        var colleague = world.member(kg.kozomol.platform.Role.CODER, world.cso);
        mvc.perform(post("/briefs/" + brief.id() + "/comments").with(TestUsers.as(colleague)).with(csrf())
                        .param("section", "METHODOLOGY").param("body", "Уточните размер выборки"))
                .andExpect(flash().attribute("flash", "brief.comment.added"));
        long commentId = world.fixtures.count("select id from brief_comment where brief_id = " + brief.id());
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("Уточните размер выборки")));
        mvc.perform(post("/briefs/" + brief.id() + "/comments/" + commentId + "/resolve").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("flash", "brief.comment.resolved"));
        assertThat(world.fixtures.count("select count(*) from brief_comment where resolved and id = " + commentId)).isEqualTo(1);
        mvc.perform(post("/briefs/" + brief.id() + "/comments").with(TestUsers.as(colleague)).with(csrf())
                        .param("section", "NOPE").param("body", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/briefs/" + brief.id() + "/comments").with(TestUsers.as(colleague)).with(csrf())
                        .param("section", "SUMMARY").param("body", "x".repeat(4001)))
                .andExpect(flash().attribute("refused", "brief.comment.invalid"));
    }

    private ResultActions move(long id, String target) throws Exception {
        int version = world.fixtures.jdbc().sql("select version from brief where id = :id").param("id", id).query(Integer.class).single();
        return mvc.perform(post("/briefs/" + id + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                .param("target", target).param("version", Integer.toString(version)));
    }
}
