package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** A recommendation belongs to a real brief of its organisation, cites that brief's findings and shows its version. */
@KozomolTest
class RecommendationBriefLinksIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    TrackerScenario s;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
    }

    @Test
    void theFormIsStartedFromAnOwnBriefOnly() throws Exception {
        mvc.perform(get("/recommendations/new").with(TestUsers.as(s.researcher)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/briefs"));
        mvc.perform(get("/recommendations/new").param("brief", Long.toString(s.brief(1))).with(TestUsers.as(s.researcher)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Записка сценария")));
        KozomolPrincipal otherCso = TrackerScenario.principal(s.fixtures.user(Role.RESEARCHER),
                s.fixtures.organisation(OrganisationKind.CSO), Role.RESEARCHER);
        mvc.perform(get("/recommendations/new").param("brief", Long.toString(s.brief(1))).with(TestUsers.as(otherCso)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/new").param("brief", "987654321").with(TestUsers.as(s.researcher)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(otherCso))
                        .param("briefId", Long.toString(s.brief(1))).param("originalLanguage", "ru").param("textRu", "Чужая")
                        .param("actionType", "LAW").param("priority", "HIGH").param("leadAddresseeId", Long.toString(s.lead.id())))
                .andExpect(status().isNotFound());
        assertThat(s.recommendations.forBrief(s.brief(1))).isEmpty();
    }

    @Test
    void aRecommendationCitesFindingsOfItsBriefAndShowsTheVersionItCameFrom() throws Exception {
        long brief = s.brief(2);
        long finding = finding(brief, "Пандусов нет в 7 школах из 10");
        long foreign = finding(s.brief(3), "Чужой вывод");
        mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(brief)).param("originalLanguage", "ru").param("textRu", "Построить пандусы")
                        .param("actionType", "BUDGET").param("priority", "HIGH").param("leadAddresseeId", Long.toString(s.lead.id()))
                        .param("findingIds", Long.toString(foreign)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите выводы только этой записки.")));
        assertThat(s.recommendations.forBrief(brief)).isEmpty();

        String location = mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(brief)).param("originalLanguage", "ru").param("textRu", "Построить пандусы")
                        .param("actionType", "BUDGET").param("priority", "HIGH").param("leadAddresseeId", Long.toString(s.lead.id()))
                        .param("findingIds", Long.toString(finding)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(context.getBean(BriefLinks.class).findingIds(id)).containsExactly(finding);
        assertThat(s.recommendations.require(id).briefVersion()).isEqualTo(1);
        mvc.perform(get(location).with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Пандусов нет в 7 школах из 10")))
                .andExpect(content().string(containsString("Из записки «Записка сценария (синтетические данные)», версия 1")))
                .andExpect(content().string(containsString("/briefs/" + brief + "/versions/1")));
        mvc.perform(get(location + "/edit").with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + finding + "\" id=\"findingIds1\" name=\"findingIds\" checked=\"checked\"")));
    }

    @Test
    void recommendationsAreReleasedOnlyWithAPublishedBriefAndFrozenWhenItIsWithdrawn() {
        long draftBrief = s.brief(4);
        s.fixtures.jdbc().sql("update brief set status = 'DRAFT', published_version = 0 where id = :id").param("id", draftBrief).update();
        s.signIn(s.researcher);
        Recommendation early = s.recommendations.create(s.draftIn(draftBrief));
        assertThat(early.briefVersion()).isEqualTo(1);
        assertThatThrownBy(() -> s.recommendations.release(early.id(), early.version()))
                .isInstanceOfSatisfying(TrackerRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracker.rule.briefNotPublished"));
        assertThat(s.recommendations.require(early.id()).released()).isFalse();

        long withdrawn = s.brief(5);
        Recommendation r = s.recommendations.create(s.draftIn(withdrawn));
        s.fixtures.jdbc().sql("update brief set status = 'WITHDRAWN' where id = :id").param("id", withdrawn).update();
        for (Runnable act : List.<Runnable>of(() -> s.recommendations.create(s.draftIn(withdrawn)),
                () -> s.recommendations.update(r.id(), r.version(), s.draftIn(withdrawn)),
                () -> s.recommendations.release(r.id(), r.version()))) {
            assertThatThrownBy(act::run).isInstanceOfSatisfying(TrackerRuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("tracker.rule.briefWithdrawn"));
        }
        assertThat(s.recommendations.forBrief(withdrawn)).hasSize(1);
        assertThat(s.recommendations.require(r.id()).version()).isEqualTo(r.version());
    }

    @Test
    void aRecommendationCannotPointAtAMissingBriefOrMoveToAnother() {
        s.signIn(s.researcher);
        assertThatThrownBy(() -> s.recommendations.create(s.draftIn(987_654_321L)))
                .isInstanceOfSatisfying(TrackerRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracker.rule.unknownBrief"));
        Recommendation r = s.recommendations.create(s.draft(6));
        assertThatThrownBy(() -> s.recommendations.update(r.id(), r.version(), s.draft(7)))
                .isInstanceOfSatisfying(TrackerRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracker.rule.briefFixed"));
    }

    private long finding(long brief, String title) {
        return s.fixtures.jdbc().sql("insert into brief_finding (brief_id, position, title_ru) values (:b, 1, :t) returning id")
                .param("b", brief).param("t", title).query(Long.class).single();
    }
}
