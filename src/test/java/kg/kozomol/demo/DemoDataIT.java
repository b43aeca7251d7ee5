package kg.kozomol.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.notify.Notifications;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.IatiSchema;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** The whole synthetic demo: one brief per theme, 3–6 recommendations each, a realistic mix over 18 months. */
@KozomolTest
class DemoDataIT {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    void theDemoTellsEveryKindOfRecommendationStoryOverEighteenMonthsAndLoadsOnlyOnce() throws Exception {
        DemoData demo = demo();
        demo.run(null);
        Fixtures f = new Fixtures(context);

        assertThat(f.count("select count(*) from brief where demo and status = 'PUBLISHED'")).isEqualTo(7);
        assertThat(f.count("select count(*) from portal_press_kit_figure where in_chart")).isEqualTo(2);
        assertThat(f.count("select count(*) from recommendation where brief_id is not null")).isEqualTo(DemoRecommendations.count());
        assertThat(f.count("""
                select count(*) from (select b.id from brief b left join recommendation r on r.brief_id = b.id
                group by b.id having count(r.id) between 3 and 6) ok
                """)).isEqualTo(7);
        assertThat(f.jdbc().sql("select distinct position from state_position where status = 'RELEASED' order by 1")
                .query(String.class).list()).containsExactly("ACCEPTED", "CLAIMED_IMPLEMENTED", "NOTED", "PARTIALLY_ACCEPTED",
                "REDIRECTED", "REJECTED");
        assertThat(f.jdbc().sql("select distinct kind from timeline_entry order by 1").query(String.class).list())
                .contains("ASSESSMENT", "DEADLINE_REVISED", "POSITION_RELEASED", "PROGRESS", "REPLY");
        assertThat(f.count("select count(*) from recommendation where released_at < now() - interval '15 months'")).isPositive();
        assertThat(f.count("select count(*) from recommendation where released_at > now() - interval '1 month'")).isPositive();
        assertThat(f.count("select count(*) from recommendation where released_at < now() - interval '19 months'")).isZero();
        assertThat(f.count("select count(*) from recommendation where status = 'DRAFT'")).isPositive();
        assertThat(f.count("select count(*) from recommendation_question")).isPositive();
        // Silent bodies past their deadline are what the automatic "no response" sweep picks up.
        assertThat(f.count("select count(*) from addressee where position is null and due_date < current_date")).isPositive();
        // Timelines stay in order: no entry before its recommendation was released, none in the future.
        assertThat(f.count("""
                select count(*) from timeline_entry t join addressee a on a.id = t.addressee_id
                join recommendation r on r.id = a.recommendation_id
                where t.occurred_on < (r.released_at at time zone 'Asia/Bishkek')::date or t.occurred_on > current_date + 1
                """)).isZero();

        // One synthetic study under review: endorsed by one body, commented on (and answered) by another.
        assertThat(f.jdbc().sql("select status from study where demo and title_ru like '%Каракола и соседних%'")
                .query(String.class).list()).containsExactly("UNDER_REVIEW");
        assertThat(f.count("select count(*) from study_reviewer where decision = 'ENDORSED'")).isEqualTo(1);
        assertThat(f.count("select count(*) from study_reviewer where decision = 'PENDING'")).isEqualTo(1);
        assertThat(f.count("select count(*) from study_comment where parent_id is null and anchor = 'DOMAIN'")).isEqualTo(1);
        assertThat(f.count("select count(*) from study_comment where parent_id is not null")).isEqualTo(1);
        assertThat(f.count("select count(*) from study_plan where jsonb_array_length(strata) = 3")).isEqualTo(1);
        // Its synthetic household dataset with one saved analysis, which computes: share with a ramp by district.
        // Then the two school audits of the re-monitoring round (45 schools each), each with its saved share.
        assertThat(f.jdbc().sql("select row_count from analysis_dataset order by id").query(Long.class).list())
                .containsExactly(360L, 45L, 45L);
        assertThat(f.jdbc().sql("select variable from analysis order by id").query(String.class).list())
                .containsExactly("ramp", "entrance", "entrance");

        // Two state programmes in implementation, each goal → 2 outcomes → outputs, state-reported and CSO-measured actuals.
        assertThat(f.jdbc().sql("select reference from programme where demo and status = 'IN_IMPLEMENTATION' order by 1")
                .query(String.class).list()).containsExactly(DemoProgrammes.SOCIAL_CONTRACT, DemoProgrammes.INCLUSIVE_EDUCATION);
        assertThat(f.count("select count(*) from programme_node where kind = 'OUTCOME'")).isEqualTo(4);
        assertThat(f.count("select count(*) from programme_indicator_value where producer = 'CSO_MEASURED' and se is not null")).isEqualTo(2);
        assertThat(f.count("select count(*) from programme_indicator_value where producer = 'STATE_REPORTED'")).isEqualTo(2);
        // The inclusive-education evaluation is published with the ministry's answer and action plan to every recommendation.
        assertThat(f.count("select count(*) from programme_evaluation_report where stage = 'PUBLISHED'")).isEqualTo(1);
        assertThat(f.count("select count(*) from programme_evaluation_recommendation where stance is null")).isZero();
        assertThat(f.count("select count(*) from programme_evaluation_action")).isEqualTo(2);
        // Its recommendations are in the tracker too, with the ministry's answers as its released positions.
        assertThat(f.count("select count(*) from recommendation where evaluation_id is not null"))
                .isEqualTo(f.count("select count(*) from programme_evaluation_recommendation")).isPositive();
        assertThat(f.count("""
                select count(*) from recommendation r join addressee a on a.recommendation_id = r.id
                join state_position p on p.addressee_id = a.id and p.status = 'RELEASED' where r.evaluation_id is not null
                """)).isEqualTo(f.count("select count(*) from programme_evaluation_recommendation"));
        // The social-contract programme was reviewed by two experts during public discussion, before its approval.
        assertThat(f.count("select count(*) from programme_evaluability_score")).isEqualTo(8);
        assertThat(f.count("select count(*) from programme_review_comment where node_id is not null")).isEqualTo(2);
        assertThat(f.count("select count(distinct p.id) from programme p join programme_review_panel r on r.programme_id = p.id"
                + " where p.reference = '" + DemoProgrammes.SOCIAL_CONTRACT + "'")).isEqualTo(1);
        long social = f.count("select id from programme where reference = '" + DemoProgrammes.SOCIAL_CONTRACT + "'");
        mvc.perform(get("/programmes/" + social + "/review").with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Цель 2000 предприятий выглядит нереалистичной")));
        // One re-monitoring round: two brief recommendations with completion and effect, and the entrance indicator's
        // before/after from the 2024 and 2026 audits (R survey, stratified, independent: 0.16 → 0.356, CI 0.017 … 0.375).
        long round = f.count("select id from programme_round where demo");
        assertThat(f.count("select count(*) from programme_round_recommendation where completion is not null and effect is not null"))
                .isEqualTo(2);
        // made through the services, so the audit trail names the researcher for the round and each finding
        assertThat(f.count("select count(*) from audit_event where entity_type like 'programme_round%' and actor_id is not null"))
                .isEqualTo(4);
        assertThat(f.jdbc().sql("select difference from programme_round_indicator").query(Double.class).single())
                .isCloseTo(0.1955555556, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(f.jdbc().sql("select ci_low from programme_round_indicator").query(Double.class).single())
                .isCloseTo(0.0165793504, org.assertj.core.api.Assertions.within(1e-6));
        mvc.perform(get("/rounds/" + round).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Повторный мониторинг доступности школ")))
                .andExpect(content().string(containsString("0,16 (0,06)")))
                .andExpect(content().string(containsString("0,36 (0,07)")))
                .andExpect(content().string(containsString("0,20 (0,09)")))
                .andExpect(content().string(containsString("0,02 … 0,37")))
                .andExpect(content().string(containsString("Пандусы появились у 9 из 15")));
        mvc.perform(get("/p/programmes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Социальный контракт — путь к самозанятости")))
                .andExpect(content().string(containsString("Программа развития инклюзивного образования")));
        long inclusive = f.count("select id from programme where reference = '" + DemoProgrammes.INCLUSIVE_EDUCATION + "'");
        mvc.perform(get("/p/programmes/" + inclusive)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Среднесрочная оценка программы инклюзивного образования")))
                .andExpect(content().string(containsString("Аудит введём в пилотных областях")));

        // The demo programmes' results, as IATI activity XML, pass the official 2.03 schema.
        IatiSchema.validateIfPresent(mvc.perform(get("/p/programme-data/iati-activities.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        long before = f.count("select count(*) from recommendation");
        demo.run(null);
        assertThat(f.count("select count(*) from recommendation")).isEqualTo(before);
    }

    @Test
    void theQualitativeDemoProjectShowsAnalysisAndAgreementToItsTwoCoders() throws Exception {
        demo().run(null);
        Fixtures f = new Fixtures(context);
        long project = f.count("select id from qual_project where title = '" + DemoQual.TITLE + "'");
        KozomolPrincipal lead = demoUser("researcher@demo.kozomol.kg", Role.RESEARCHER);
        KozomolPrincipal coder = demoUser(DemoQual.CODER_EMAIL, Role.CODER);
        assertThat(f.count("select count(*) from qual_transcript where status = 'OPEN' and project_id = " + project)).isEqualTo(3);
        assertThat(f.jdbc().sql("""
                select h.status || ':' || h.manual from qual_pii_hit h join qual_transcript t on t.id = h.transcript_id
                where t.project_id = :p group by 1 order by 1""").param("p", project).query(String.class).list())
                .containsExactly("ACCEPTED:false", "ACCEPTED:true", "REJECTED:false");
        // Coders see only pseudonymised words: the invented mother's name and phone are gone from what they read.
        mvc.perform(get("/qual/projects/" + project + "/transcripts/" + f.count("select min(id) from qual_transcript where project_id = "
                + project)).with(TestUsers.as(coder))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Гульмира"))))
                .andExpect(content().string(not(containsString("0555 123 456"))))
                .andExpect(content().string(containsString("[школа в Караколе]")));
        // Both coders coded the first two interviews turn by turn; "Физическая среда": 11 of 12 turns agree, κ = 0.75.
        mvc.perform(get("/qual/projects/" + project + "/agreement").with(TestUsers.as(coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Асель Демо-Кодировщик")))
                .andExpect(content().string(containsString("0,750")))
                .andExpect(content().string(not(containsString("NaN"))));
        mvc.perform(get("/qual/projects/" + project + "/analysis").with(TestUsers.as(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Физическая среда")))
                .andExpect(content().string(containsString("Ата менен маек, Ак-Суу району (демо)")));
        assertThat(f.count("select count(*) from qual_memo where project_id = " + project)).isEqualTo(2);
        assertThat(f.count("""
                select count(*) from finding_evidence fe join evidence_item e on e.id = fe.evidence_id
                where e.kind = 'QUOTE' and e.content like '%Пандус и туалет%'""")).isEqualTo(1);
    }

    private KozomolPrincipal demoUser(String email, Role role) {
        Fixtures f = new Fixtures(context);
        long user = f.count("select id from app_user where email = '" + email + "'");
        long organisation = f.count("select organisation_id from membership where user_id = " + user);
        return TestUsers.principal(user, role, organisation);
    }

    private DemoData demo() {
        return new DemoData(context.getBean(JdbcClient.class), context.getBean(TransactionTemplate.class),
                context.getBean(Organisations.class), context.getBean(UserAccounts.class), context.getBean(Themes.class),
                context.getBean(Notifications.class), context.getBean(DemoBriefs.class), context.getBean(DemoRecommendations.class),
                context.getBean(DemoMeetings.class), context.getBean(DemoStudies.class), context.getBean(DemoAnalyses.class),
                context.getBean(DemoPressKits.class), context.getBean(DemoProgrammes.class), context.getBean(DemoQual.class),
                context.getBean(DemoRounds.class));
    }
}
