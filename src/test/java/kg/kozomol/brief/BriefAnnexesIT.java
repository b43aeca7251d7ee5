package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class BriefAnnexesIT {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
    }

    @Test
    void anAnnexOfADraftIsReadOnlyByThoseWhoMayReadTheBriefAndByEveryoneSignedInOncePublished() throws Exception {
        Brief brief = world.draft("С приложением", "<p>x</p>");
        mvc.perform(multipart("/briefs/" + brief.id() + "/annexes").file(new MockMultipartFile("file", "ramp.png", "image/png", PNG))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("flash", "brief.annex.added"));
        UUID file = world.fixtures.jdbc().sql("select file_id from brief_annex where brief_id = :id").param("id", brief.id())
                .query(UUID.class).single();
        KozomolPrincipal coordinator = world.member(Role.COORDINATOR, world.fixtures.organisation(OrganisationKind.COORDINATOR));
        KozomolPrincipal stranger = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        mvc.perform(get("/files/" + file).with(TestUsers.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/files/" + file).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + file)).andExpect(status().isNotFound());
        BriefWorld.as(world.researcher, () -> {
            Brief reviewed = world.briefs.move(brief.id(), world.briefs.require(brief.id()).version(), BriefStatus.INTERNAL_REVIEW);
            return world.briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
        mvc.perform(get("/files/" + file).with(TestUsers.as(stranger))).andExpect(status().isOk());
    }

    @Test
    void aFileOfAForbiddenTypeIsRefusedAndNothingIsAttached() throws Exception {
        Brief brief = world.draft("Плохой файл", "<p>x</p>");
        mvc.perform(multipart("/briefs/" + brief.id() + "/annexes")
                        .file(new MockMultipartFile("file", "fake.png", "image/png", "просто текст".getBytes()))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("refused", "files.rejected.type"));
        mvc.perform(multipart("/briefs/" + brief.id() + "/annexes").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("refused", "brief.annex.missing"));
        assertThat(world.fixtures.count("select count(*) from brief_annex where brief_id = " + brief.id())).isZero();
    }

    @Test
    void aResearcherInvitesAnOutsideReviewerByEmail() throws Exception {
        Brief brief = world.draft("Пригласить эксперта", "<p>x</p>");
        var expertOrg = world.fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        var expert = world.fixtures.user(Role.EXPERT, expertOrg);
        mvc.perform(post("/briefs/" + brief.id() + "/reviewers").param("email", "nobody@example.org")
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("refused", "brief.reviewer.unknown"));
        mvc.perform(post("/briefs/" + brief.id() + "/reviewers").param("email", expert.email())
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("flash", "brief.reviewer.invited"));
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(BriefWorld.principal(expert, expertOrg, Role.EXPERT))))
                .andExpect(status().isOk());
    }
}
