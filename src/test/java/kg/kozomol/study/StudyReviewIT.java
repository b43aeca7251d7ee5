package kg.kozomol.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** The early review of a study by state bodies and experts: the workflow, who may see and do what, and notices. */
@KozomolTest
class StudyReviewIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    StudyWorld world;

    @BeforeEach
    void setUp() {
        world = new StudyWorld(context);
    }

    @Test
    void aBodyReviewsTheDesignAsksForChangesAndEndorsesTheRevisedPlan() throws Exception {
        Study study = world.study("Школы Каракола: рассмотрение");
        world.plan(study);
        assertThat(world.studies.require(study.id()).revision()).isEqualTo(2);

        invite(study, world.body.id()).andExpect(flash().attribute("flash", "study.review.invited"));
        invite(study, world.body.id()).andExpect(flash().attribute("refused", "study.review.alreadyInvited"));
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.UNDER_REVIEW);
        assertThat(notices(world.focal, "study.notice.invited")).isEqualTo(1);

        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(world.focal)).with(csrf())
                        .param("item", "DOMAIN:Семьи с ребёнком с инвалидностью").param("body", "Этот домен слишком мал для выводов."))
                .andExpect(flash().attribute("flash", "study.comment.added"));
        assertThat(notices(world.researcher, "study.notice.comment")).isEqualTo(1);
        long comment = world.fixtures.count("select id from study_comment where study_id = " + study.id());
        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("parent", Long.toString(comment)).param("body", "Увеличим выборку в этом домене."))
                .andExpect(flash().attribute("flash", "study.comment.answered"));
        assertThat(notices(world.focal, "study.notice.comment")).isEqualTo(1);
        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(world.focal)).with(csrf())
                        .param("item", "DOMAIN:Такого нет").param("body", "?"))
                .andExpect(flash().attribute("refused", "study.comment.unknownItem"));

        decide(study, world.focal, "CHANGES_REQUESTED", 2, "").andExpect(flash().attribute("refused", "study.review.reasonRequired"));
        decide(study, world.focal, "CHANGES_REQUESTED", 2, "Нужна дополнительная выборка семей с детьми с инвалидностью.")
                .andExpect(flash().attribute("flash", "study.review.decided.CHANGES_REQUESTED"));
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.CHANGES_REQUESTED);
        assertThat(notices(world.researcher, "study.notice.changesRequested")).isEqualTo(1);
        mvc.perform(post("/studies/" + study.id() + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("target", "FIELDWORK"))
                .andExpect(flash().attribute("refused", "study.refused.transition"));

        // The CSO revises the plan: a new revision goes back to the reviewers, who see what changed.
        StudyWorld.as(world.researcher, () -> world.plans.save(study.id(), world.plans.find(study.id()).orElseThrow().version(),
                StudyWorld.karakolPlan(2_400L)));
        Study revised = world.studies.require(study.id());
        assertThat(revised.revision()).isEqualTo(3);
        assertThat(revised.status()).isEqualTo(StudyStatus.UNDER_REVIEW);
        assertThat(world.reviews.reviewers(study.id())).extracting(Reviewer::decision).containsExactly(Decision.PENDING);
        assertThat(notices(world.focal, "study.notice.revised")).isEqualTo(1);
        mvc.perform(get("/studies/" + study.id() + "/review").with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Изменения от редакции 2 к редакции 3")))
                .andExpect(content().string(containsString("Планируемая выборка")))
                .andExpect(content().string(containsString("<del>1600</del>")))
                .andExpect(content().string(containsString("<ins>2400</ins>")))
                .andExpect(content().string(containsString("Этот домен слишком мал для выводов.")))
                .andExpect(content().string(containsString("Увеличим выборку в этом домене.")));

        // Deciding on the revision read before the change is refused, so nobody endorses what they did not see.
        decide(study, world.focal, "ENDORSED", 2, "").andExpect(flash().attribute("refused", "study.review.stale"));
        decide(study, world.focal, "ENDORSED", 3, "Письмо № 12-3/456").andExpect(flash().attribute("flash", "study.review.decided.ENDORSED"));
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.ENDORSED);
        assertThat(notices(world.researcher, "study.notice.endorsed")).isEqualTo(1);
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString(world.focal.fullName() + ", ")))
                .andExpect(content().string(containsString("редакция 3")))
                .andExpect(content().string(containsString("одобрил(а) от имени")))
                .andExpect(content().string(containsString("Письмо № 12-3/456")))
                .andExpect(content().string(containsString("запросил(а) изменения")));

        mvc.perform(post("/studies/" + study.id() + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("target", "FIELDWORK").param("version", Integer.toString(revised.version())))
                .andExpect(flash().attribute("flash", "study.moved.FIELDWORK"));
        assertThatThrownBy(() -> world.plan(study)).isInstanceOf(StudyRuleException.class).hasMessageContaining("study.refused.locked");
        mvc.perform(get("/studies/" + study.id() + "/edit").with(TestUsers.as(world.researcher)))
                .andExpect(flash().attribute("refused", "study.refused.locked"));
        decide(study, world.focal, "ENDORSED", 3, "").andExpect(flash().attribute("refused", "study.review.notInReview"));

        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'study_reviewer' and entity_id in "
                + "(select id::text from study_reviewer where study_id = " + study.id() + ")")).isEqualTo(3);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'study_comment' and entity_id in "
                + "(select id::text from study_comment where study_id = " + study.id() + ")")).isEqualTo(2);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'study_revision' and entity_id like '"
                + study.id() + "/%'")).isEqualTo(3);
        assertThat(world.fixtures.jdbc().sql("select kind from study_event where study_id = :id order by id")
                .param("id", study.id()).query(String.class).list())
                .containsExactly("INVITED", "CHANGES_REQUESTED", "REVISED", "ENDORSED", "STATUS");
    }

    @Test
    void draftsAreHiddenFromOtherCsosAndFromBodiesNotInvitedButVisibleOnceInTheField() throws Exception {
        Study study = world.study("Черновик, который не видят");
        KozomolPrincipal otherResearcher = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        KozomolPrincipal otherFocal = world.member(Role.STATE_FOCAL_POINT, world.fixtures.organisation(OrganisationKind.STATE_BODY));
        KozomolPrincipal monitor = world.member(Role.FIELD_MONITOR, world.cso);
        for (String page : new String[] {"", "/plan", "/review"}) {
            mvc.perform(get("/studies/" + study.id() + page).with(TestUsers.as(otherResearcher))).andExpect(status().isNotFound());
            mvc.perform(get("/studies/" + study.id() + page).with(TestUsers.as(world.focal))).andExpect(status().isNotFound());
            mvc.perform(get("/studies/" + study.id() + page).with(TestUsers.as(monitor))).andExpect(status().isOk());
        }
        mvc.perform(get("/studies").with(TestUsers.as(otherResearcher)))
                .andExpect(content().string(not(containsString("Черновик, который не видят"))));
        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(otherResearcher)).with(csrf())
                .param("item", "DESIGN").param("body", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/studies/" + study.id() + "/reviewers").with(TestUsers.as(otherResearcher)).with(csrf())
                .param("organisationId", Long.toString(world.body.id()))).andExpect(status().isNotFound());

        invite(study, world.body.id());
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(world.focal))).andExpect(status().isOk());
        mvc.perform(get("/studies").with(TestUsers.as(world.focal)))
                .andExpect(content().string(containsString("Черновик, который не видят")));
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(otherFocal))).andExpect(status().isNotFound());
        mvc.perform(post("/studies/" + study.id() + "/decision").with(TestUsers.as(otherFocal)).with(csrf())
                .param("decision", "ENDORSED").param("revision", "1")).andExpect(status().isNotFound());
        // A reviewer reads and discusses, but does not edit; a colleague of the CSO without a researcher role neither.
        mvc.perform(post("/studies/" + study.id() + "/plan").with(TestUsers.as(world.focal)).with(csrf()).param("action", "save"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(monitor)).with(csrf())
                .param("item", "DESIGN").param("body", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/studies/" + study.id() + "/review").with(TestUsers.as(world.focal)))
                .andExpect(content().string(not(containsString("Пригласить рецензентов"))))
                .andExpect(content().string(containsString("Отправить решение")));
        // The CSO may not endorse its own study.
        mvc.perform(post("/studies/" + study.id() + "/decision").with(TestUsers.as(world.researcher)).with(csrf())
                .param("decision", "ENDORSED").param("revision", "1")).andExpect(status().isForbidden());

        decide(study, world.focal, "ENDORSED", 1, "");
        mvc.perform(post("/studies/" + study.id() + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                .param("target", "FIELDWORK")).andExpect(flash().attribute("flash", "study.moved.FIELDWORK"));
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(otherResearcher))).andExpect(status().isOk());
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(otherFocal))).andExpect(status().isOk());
    }

    @Test
    void anInvitedExpertCommentsAndEndorsesAlongsideTheBody() throws Exception {
        Study study = world.study("С экспертом");
        Organisation experts = world.fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        KozomolPrincipal expert = world.member(Role.EXPERT, experts);
        KozomolPrincipal notAnExpert = world.member(Role.CODER, world.fixtures.organisation(OrganisationKind.CSO));
        inviteExpert(study, notAnExpert.email()).andExpect(flash().attribute("refused", "study.review.unknownExpert"));
        inviteExpert(study, "nobody@example.org").andExpect(flash().attribute("refused", "study.review.unknownExpert"));
        inviteExpert(study, expert.email()).andExpect(flash().attribute("flash", "study.review.invited"));
        invite(study, world.body.id());
        invite(study, world.cso.id()).andExpect(flash().attribute("refused", "study.review.notStateBody"));
        mvc.perform(post("/studies/" + study.id() + "/reviewers").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(flash().attribute("refused", "study.review.chooseInvitee"));
        assertThat(notices(expert, "study.notice.invited")).isEqualTo(1);

        mvc.perform(post("/studies/" + study.id() + "/comments").with(TestUsers.as(expert)).with(csrf())
                .param("item", "INSTRUMENT:Анкета").param("body", "Добавьте вопрос о туалетах.")).andExpect(flash().attribute("flash",
                "study.comment.added"));
        assertThat(notices(world.focal, "study.notice.comment")).isEqualTo(1);
        decide(study, expert, "ENDORSED", 1, "");
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.UNDER_REVIEW);
        decide(study, world.focal, "ENDORSED", 1, "");
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.ENDORSED);
        mvc.perform(get("/studies/" + study.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString(expert.fullName())));
    }

    @Test
    void staleSavesAndMovesAreRefusedAsConflicts() throws Exception {
        Study study = world.study("Гонка");
        Study saved = StudyWorld.as(world.researcher, () -> world.studies.update(study.id(), study.version(), draft(study, "Первое")));
        assertThatThrownBy(() -> StudyWorld.as(world.researcher, () -> world.studies.update(study.id(), study.version(),
                draft(study, "Второе")))).isInstanceOf(StaleRecordException.class);
        assertThat(world.studies.require(study.id()).titleRu()).isEqualTo("Первое");
        mvc.perform(post("/studies/" + study.id() + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("target", "FIELDWORK").param("version", Integer.toString(study.version())))
                .andExpect(flash().attribute("refused", "study.stale"));
        assertThat(world.studies.require(study.id()).status()).isEqualTo(StudyStatus.DESIGN);
        mvc.perform(post("/studies/" + study.id() + "/status").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("target", "FIELDWORK").param("version", Integer.toString(saved.version())))
                .andExpect(flash().attribute("flash", "study.moved.FIELDWORK"));
    }

    private static StudyDraft draft(Study s, String title) {
        return new StudyDraft(s.organisationId(), s.themeId(), title, s.titleKy(), s.objectives(), s.methods(), s.targetPopulation(),
                s.oblasts(), s.periodStart(), s.periodEnd(), s.instruments(), s.ethics(), java.util.Map.of());
    }

    private ResultActions invite(Study study, long organisationId) throws Exception {
        return mvc.perform(post("/studies/" + study.id() + "/reviewers").with(TestUsers.as(world.researcher)).with(csrf())
                .param("organisationId", Long.toString(organisationId)));
    }

    private ResultActions inviteExpert(Study study, String email) throws Exception {
        return mvc.perform(post("/studies/" + study.id() + "/reviewers").with(TestUsers.as(world.researcher)).with(csrf())
                .param("email", email));
    }

    private ResultActions decide(Study study, KozomolPrincipal who, String decision, int revision, String note) throws Exception {
        return mvc.perform(post("/studies/" + study.id() + "/decision").with(TestUsers.as(who)).with(csrf())
                .param("decision", decision).param("revision", Integer.toString(revision)).param("note", note));
    }

    private long notices(KozomolPrincipal user, String key) {
        return world.fixtures.count("select count(*) from notification where user_id = " + user.id() + " and message_key = '" + key + "'");
    }
}
