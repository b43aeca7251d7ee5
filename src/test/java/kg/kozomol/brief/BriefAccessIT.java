package kg.kozomol.brief;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@KozomolTest
class BriefAccessIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;
    KozomolPrincipal otherResearcher;
    KozomolPrincipal focalPoint;
    KozomolPrincipal coordinator;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
        otherResearcher = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        focalPoint = world.member(Role.STATE_FOCAL_POINT, world.fixtures.organisation(OrganisationKind.STATE_BODY));
        coordinator = world.member(Role.COORDINATOR, world.fixtures.organisation(OrganisationKind.COORDINATOR));
    }

    @Test
    void anotherOrganisationsResearcherGetsNotFoundForADraftAndDoesNotSeeItListed() throws Exception {
        Brief draft = world.draft("Секретный черновик", "<p>x</p>");
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(otherResearcher))).andExpect(status().isNotFound());
        mvc.perform(get("/briefs/" + draft.id() + "/edit").with(TestUsers.as(otherResearcher))).andExpect(status().isNotFound());
        mvc.perform(post("/briefs/" + draft.id() + "/comments").with(TestUsers.as(otherResearcher)).with(csrf())
                .param("section", "SUMMARY").param("body", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/briefs").with(TestUsers.as(otherResearcher)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Секретный черновик"))));
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(focalPoint))).andExpect(status().isNotFound());
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(world.researcher))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorReadsDraftsButCannotEditThem() throws Exception {
        Brief draft = world.draft("Черновик для координатора", "<p>x</p>");
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Черновик для координатора")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/briefs").with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Черновик для координатора")));
        mvc.perform(get("/briefs/" + draft.id() + "/edit").with(TestUsers.as(coordinator))).andExpect(status().isForbidden());
    }

    @Test
    void aFocalPointReadsAPublishedBriefButCannotEditOrMoveIt() throws Exception {
        Brief published = world.published("Опубликованная для органа", "<p>x</p>");
        mvc.perform(get("/briefs/" + published.id()).with(TestUsers.as(focalPoint))).andExpect(status().isOk());
        mvc.perform(get("/briefs/" + published.id() + "/edit").with(TestUsers.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(post("/briefs/" + published.id() + "/status").with(TestUsers.as(focalPoint)).with(csrf())
                .param("target", "WITHDRAWN")).andExpect(status().isForbidden());
        mvc.perform(post("/briefs/" + published.id() + "/status").with(TestUsers.as(otherResearcher)).with(csrf())
                .param("target", "WITHDRAWN")).andExpect(status().isNotFound());
        mvc.perform(get("/briefs/" + published.id()).with(TestUsers.as(otherResearcher))).andExpect(status().isOk());
        mvc.perform(get("/briefs/" + published.id()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anInvitedReviewerFromOutsideReadsAndCommentsOnADraft() throws Exception {
        Brief draft = world.draft("Черновик для эксперта", "<p>x</p>");
        KozomolPrincipal expert = world.member(Role.EXPERT, world.fixtures.organisation(OrganisationKind.EXPERT_GROUP));
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(expert))).andExpect(status().isNotFound());
        BriefWorld.as(world.researcher, () -> {
            world.briefs.inviteReviewer(draft.id(), expert.id());
            return null;
        });
        mvc.perform(get("/briefs/" + draft.id()).with(TestUsers.as(expert))).andExpect(status().isOk());
        mvc.perform(post("/briefs/" + draft.id() + "/comments").with(TestUsers.as(expert)).with(csrf())
                .param("section", "PROBLEM").param("body", "Хорошо")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyAResearcherOfACsoCanStartABrief() throws Exception {
        mvc.perform(post("/briefs").with(TestUsers.as(otherResearcher)).with(csrf())
                        .param("organisationId", Long.toString(world.cso.id())).param("themeId", Long.toString(world.theme.id()))
                        .param("originalLanguage", "ru").param("titleRu", "Чужая"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Создавать записки могут только исследователи")));
        mvc.perform(get("/briefs/new").with(TestUsers.as(focalPoint))).andExpect(status().isForbidden());
    }
}
