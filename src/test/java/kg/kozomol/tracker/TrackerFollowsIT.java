package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.notify.DailyDigest;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class TrackerFollowsIT {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Followers followers;
    @Autowired Themes themes;
    @Autowired DailyDigest digest;
    TrackerScenario s;
    Theme theme;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
        theme = s.inTransaction(() -> themes.create(new ThemeDraft("follow-" + s.cso.id(), "Алименты", "Алимент", "Alimony", true), false));
    }

    @Test
    void followingABodyTellsOfEveryChangeToItsReleasedRecommendationsUntilUnfollowed() {
        UserAccount journalist = s.fixtures.user(Role.EXPERT);
        followers.follow(journalist.id(), FollowKind.BODY, s.supporting.id());
        s.signIn(s.researcher);
        Recommendation draft = s.recommendations.create(s.draft(601, null, null, List.of(s.supporting.id())));
        Recommendation r = s.recommendations.release(draft.id(), draft.version());
        Recommendation notAddressed = s.released(s.draft(601, null, null, List.of()));
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(s.addressee(r, s.lead).id(), new ProgressReport(null, Completion.NOT_STARTED, "План", null));
        s.timeline.reportProgress(s.addressee(notAddressed, s.lead).id(), new ProgressReport(null, Completion.NOT_STARTED, "План", null));

        assertThat(keysFor(journalist)).containsExactly("tracker.notice.released", "tracker.notice.progress");
        assertThat(linksFor(journalist)).containsOnly("/recommendations/" + r.id());

        followers.unfollow(journalist.id(), FollowKind.BODY, s.supporting.id());
        s.timeline.reportProgress(s.addressee(r, s.lead).id(), new ProgressReport(null, Completion.LIMITED, "Начато", null));
        assertThat(keysFor(journalist)).hasSize(2);
    }

    @Test
    void followingAThemeTellsOfItsRecommendationsButNotOfDrafts() {
        UserAccount coordinator = s.fixtures.user(Role.COORDINATOR);
        followers.follow(coordinator.id(), FollowKind.THEME, theme.id());
        s.signIn(s.researcher);
        Recommendation draft = s.recommendations.create(s.draft(602, theme.id(), null, List.of()));
        s.recommendations.update(draft.id(), draft.version(), s.draft(602, theme.id(), null, List.of()));
        assertThat(keysFor(coordinator)).as("drafts are their CSO's own business").isEmpty();
        s.recommendations.release(draft.id(), draft.version() + 1);
        s.signIn(s.leadFocal);
        s.answer(s.addressee(draft, s.lead), s.leadFocal, TrackerScenario.position(Position.ACCEPTED, null), 0);
        assertThat(keysFor(coordinator)).containsExactly("tracker.notice.released", "tracker.notice.positionReleased");
        SecurityContextHolder.clearContext();

        followers.unfollow(coordinator.id(), FollowKind.THEME, theme.id());
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(s.addressee(draft, s.lead).id(), new ProgressReport(null, Completion.LIMITED, "Начато", null));
        assertThat(keysFor(coordinator)).hasSize(2);
    }

    @Test
    void immediateModeMailsEachChangeAndDigestModeOneMailADayWithAllOfThem() {
        UserAccount immediate = s.fixtures.user(Role.EXPERT);
        UserAccount daily = s.fixtures.user(Role.EXPERT);
        UserAccount silent = s.fixtures.user(Role.EXPERT);
        setMail(daily, "DAILY", "ky");
        setMail(silent, "NONE", "ru");
        for (UserAccount u : List.of(immediate, daily, silent)) {
            followers.follow(u.id(), FollowKind.BODY, s.lead.id());
        }
        Recommendation r = s.released(s.draft(603, null, null, List.of()));
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(s.addressee(r, s.lead).id(), new ProgressReport(null, Completion.NOT_STARTED, "План", null));
        SecurityContextHolder.clearContext();

        assertThat(keysFor(daily)).hasSize(2);
        assertThat(keysFor(silent)).hasSize(2);
        assertThat(mailsTo(immediate)).hasSize(2);
        assertThat(mailsTo(daily)).as("digest mode sends nothing per change").isEmpty();
        assertThat(mailsTo(silent)).isEmpty();

        LocalDate today = s.recommendations.today();
        assertThat(digest.send(Clock.fixed(today.atTime(23, 0).atZone(BISHKEK).toInstant(), BISHKEK)))
                .as("the day is not over").isZero();
        int sent = digest.send(Clock.fixed(today.plusDays(1).atTime(0, 30).atZone(BISHKEK).toInstant(), BISHKEK));
        assertThat(sent).isEqualTo(1);
        List<String> mails = mailsTo(daily);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("Баары: 2").contains(r.reference() + " сунушу")
                .contains("http://localhost:8080/recommendations/" + r.id());
        assertThat(digest.send(Clock.fixed(today.plusDays(1).atTime(1, 30).atZone(BISHKEK).toInstant(), BISHKEK)))
                .as("never twice").isZero();
        assertThat(mailsTo(silent)).isEmpty();
        assertThat(mailsTo(immediate)).hasSize(2);
    }

    @Test
    void theFollowsPageListsWhatIFollowAndUnfollows() throws Exception {
        UserAccount user = s.fixtures.user(Role.RESEARCHER);
        Recommendation r = s.released(s.draft(604, theme.id(), null, List.of()));
        SecurityContextHolder.clearContext();
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/tracker/follows/bodies/" + s.lead.id()).cookie(session).with(csrf())
                .param("return", "/recommendations?body=" + s.lead.id())).andExpect(redirectedUrl("/recommendations?body=" + s.lead.id()));
        mvc.perform(post("/tracker/follows/themes/" + theme.id()).cookie(session).with(csrf())).andExpect(redirectedUrl("/tracker/follows"));
        mvc.perform(post("/recommendations/" + r.id() + "/follow").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/recommendations").param("body", Long.toString(s.lead.id())).cookie(session))
                .andExpect(content().string(containsString("Не следить за этим органом")));

        mvc.perform(get("/tracker/follows").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.lead.nameRu())))
                .andExpect(content().string(containsString("Алименты")))
                .andExpect(content().string(containsString(r.reference())));
        mvc.perform(post("/tracker/follows/bodies/" + s.lead.id()).cookie(session).with(csrf()).param("follow", "false"))
                .andExpect(redirectedUrl("/tracker/follows"));
        mvc.perform(post("/recommendations/" + r.id() + "/follow").cookie(session).with(csrf()).param("follow", "false")
                .param("return", "/tracker/follows")).andExpect(redirectedUrl("/tracker/follows"));
        mvc.perform(get("/tracker/follows").cookie(session))
                .andExpect(content().string(not(containsString(s.lead.nameRu()))))
                .andExpect(content().string(not(containsString(r.reference()))))
                .andExpect(content().string(containsString("Алименты")));

        assertThat(s.fixtures.jdbc().sql("select entity_type || ':' || action from audit_event where actor_id = :u order by id")
                .param("u", user.id()).query(String.class).list()).containsSubsequence("body_follow:CREATE", "theme_follow:CREATE",
                "recommendation_follow:CREATE", "body_follow:DELETE", "recommendation_follow:DELETE");

        mvc.perform(post("/tracker/follows/bodies/" + s.cso.id()).cookie(session).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tracker/follows/themes/" + theme.id()).cookie(session).with(csrf()).param("return", "https://evil.example"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theMailPreferenceIsSavedFromTheProfileAndAudited() throws Exception {
        UserAccount user = s.fixtures.user(Role.EXPERT);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString("одно письмо в день со сводкой")));
        mvc.perform(post("/account").cookie(session).with(csrf()).param("fullName", user.fullName()).param("language", "ru")
                .param("mailFrequency", "DAILY").param("version", Integer.toString(user.version())))
                .andExpect(redirectedUrl("/account"));
        assertThat(s.fixtures.jdbc().sql("select mail_frequency from app_user where id = :id").param("id", user.id())
                .query(String.class).single()).isEqualTo("DAILY");
        assertThat(s.fixtures.jdbc().sql("""
                select after_state ->> 'mailFrequency' from audit_event
                where entity_type = 'user' and entity_id = :id and action = 'UPDATE' order by id desc limit 1
                """).param("id", Long.toString(user.id())).query(String.class).single()).isEqualTo("DAILY");
        mvc.perform(post("/account").cookie(session).with(csrf()).param("fullName", user.fullName()).param("language", "ru")
                .param("mailFrequency", "HOURLY").param("version", Integer.toString(user.version() + 1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")));
    }

    private void setMail(UserAccount user, String frequency, String language) {
        s.fixtures.jdbc().sql("update app_user set mail_frequency = :f, preferred_locale = :l where id = :id")
                .param("f", frequency).param("l", language).param("id", user.id()).update();
    }

    private List<String> keysFor(UserAccount user) {
        return s.fixtures.jdbc().sql("select message_key from notification where user_id = :u order by id")
                .param("u", user.id()).query(String.class).list();
    }

    private List<String> linksFor(UserAccount user) {
        return s.fixtures.jdbc().sql("select link from notification where user_id = :u order by id")
                .param("u", user.id()).query(String.class).list();
    }

    private List<String> mailsTo(UserAccount user) {
        return s.fixtures.jdbc().sql("select subject || ' ' || body from mail_outbox where recipient = :to order by id")
                .param("to", user.email()).query(String.class).list();
    }
}
