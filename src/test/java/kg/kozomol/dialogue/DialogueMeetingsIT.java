package kg.kozomol.dialogue;

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

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.brief.Brief;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Timeline;
import kg.kozomol.tracker.TimelineEntry;
import kg.kozomol.tracker.TimelineKind;

@KozomolTest
class DialogueMeetingsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Timeline timeline;
    DialogueWorld w;

    @BeforeEach
    void setUp() {
        w = new DialogueWorld(context);
    }

    @Test
    void aMeetingIsPlannedHeldMinutedCommentedAndApprovedAndEveryChangeIsAudited() throws Exception {
        Brief brief = w.publishedBrief("Записка о доступности школ");
        Recommendation r = w.releasedRecommendation(brief);
        String location = mvc.perform(post("/meetings").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("organiserId", id(w.cso.id())).param("titleRu", "Рабочая встреча по школам")
                        .param("date", w.today().minusDays(2).toString()).param("startTime", "10:00").param("endTime", "12:30")
                        .param("place", "Бишкек, Институт нормотворчества").param("participantIds", id(w.body.id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meetingId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Meeting planned = w.meetings.require(meetingId);
        assertThat(planned.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(planned.participantIds()).containsExactly(w.body.id());

        mvc.perform(post(location + "/agenda").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("title", "Пандусы в школах").param("briefIds", id(brief.id()))
                        .param("recommendationReferences", r.reference().toLowerCase()))
                .andExpect(status().is3xxRedirection());
        AgendaItem item = w.agenda.of(meetingId).get(0);
        assertThat(item.briefIds()).containsExactly(brief.id());
        assertThat(item.recommendationIds()).containsExactly(r.id());

        mvc.perform(post(location + "/minutes").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("minutesRu", "<p>Проект</p>").param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("только после того, как встреча отмечена проведённой")));
        move(location, w.researcher, "HELD", planned.version()).andExpect(flash().attribute("flash", "dialogue.moved.HELD"));
        Meeting held = w.meetings.require(meetingId);
        mvc.perform(post(location + "/minutes").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("minutesRu", "<h2>Итоги</h2><p onclick=\"x()\">Договорились <script>alert(1)</script>о сроках</p>")
                        .param("version", Integer.toString(held.version())))
                .andExpect(status().is3xxRedirection());
        Meeting minuted = w.meetings.require(meetingId);
        assertThat(minuted.minutesRu()).contains("<h2>Итоги</h2>").contains("Договорились").doesNotContain("script", "onclick");

        mvc.perform(post(location + "/comments").with(csrf()).with(TestUsers.as(w.focal)).param("body", "Уточнить формулировку п. 2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "dialogue.comment.added"));
        mvc.perform(get(location).with(TestUsers.as(w.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>" + w.body.nameRu() + "</li>")))
                .andExpect(content().string(containsString("Замечание от имени органа «" + w.body.nameRu() + "»")))
                .andExpect(content().string(containsString("Уточнить формулировку п. 2")))
                .andExpect(content().string(containsString("Договорились")))
                .andExpect(content().string(containsString(r.reference())));

        move(location, w.researcher, "MINUTES_APPROVED", minuted.version())
                .andExpect(flash().attribute("flash", "dialogue.moved.MINUTES_APPROVED"));
        assertThat(w.meetings.require(meetingId).minutesApprovedAt()).isNotNull();
        mvc.perform(post(location + "/comments").with(csrf()).with(TestUsers.as(w.focal)).param("body", "Поздно"))
                .andExpect(flash().attribute("problem", "dialogue.rule.closed"));
        mvc.perform(get(location + "/edit").with(TestUsers.as(w.researcher)))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("problem", "dialogue.rule.closed"));

        assertThat(audited("meeting", meetingId)).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
        assertThat(audited("agenda_item", item.id())).containsExactly("CREATE");
        List<MinutesComment> comments = context.getBean(MinutesComments.class).ofMeeting(meetingId);
        assertThat(comments).singleElement().satisfies(c -> assertThat(c.authorOrgId()).isEqualTo(w.body.id()));
        assertThat(audited("minutes_comment", comments.get(0).id())).containsExactly("CREATE");
    }

    @Test
    void aDecisionRevisingADeadlineIsOnTheRecommendationTimelineAndTheRecommendationPageNamesTheMeeting() throws Exception {
        Recommendation r = w.releasedRecommendation(w.publishedBrief("Записка об алиментах"));
        Addressee before = w.addressee(r, w.body);
        Meeting meeting = w.heldMeeting("Встреча в Минюсте об алиментах");
        AgendaItem item = w.point(meeting, "Сроки ответа", List.of(r.reference()));
        LocalDate newDate = before.dueDate().plusDays(45);

        mvc.perform(post("/meetings/" + meeting.id() + "/agenda/" + item.id() + "/decisions").with(csrf())
                        .with(TestUsers.as(w.researcher)).param("kind", "RESPONSE_DEADLINE")
                        .param("text", "Орган запросил время на межведомственное согласование")
                        .param("recommendationReference", r.reference()).param("bodyId", id(w.body.id()))
                        .param("newDate", newDate.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "dialogue.decision.recorded"));

        Addressee after = w.addressee(r, w.body);
        assertThat(after.dueDate()).isEqualTo(newDate);
        assertThat(after.originalDueDate()).isEqualTo(before.dueDate());
        TimelineEntry revised = timeline.entries(after.id()).stream().filter(e -> e.kind() == TimelineKind.DEADLINE_REVISED)
                .findFirst().orElseThrow();
        assertThat(revised.previousDate()).isEqualTo(before.dueDate());
        assertThat(revised.newDate()).isEqualTo(newDate);
        assertThat(revised.body()).contains("Встреча в Минюсте об алиментах").contains("межведомственное согласование");
        Decision decision = w.decisions.ofMeeting(meeting.id()).get(0);
        assertThat(decision.timelineEntryId()).isEqualTo(revised.id());
        assertThat(decision.previousDate()).isEqualTo(before.dueDate());
        assertThat(audited("meeting_decision", decision.id())).containsExactly("CREATE");

        mvc.perform(get("/recommendations/" + r.id()).with(TestUsers.as(w.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Обсуждалась на встрече «Встреча в Минюсте об алиментах»")))
                .andExpect(content().string(containsString("/meetings/" + meeting.id())))
                .andExpect(content().string(containsString("межведомственное согласование")));
        mvc.perform(get("/recommendations/" + r.id()).with(TestUsers.as(w.absentFocal))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/meetings/" + meeting.id()))));
        mvc.perform(get("/meetings/" + meeting.id()).with(TestUsers.as(w.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Орган запросил время")));
    }

    @Test
    void onlyThoseAtTheTableSeeAMeetingAndOnlyTheOrganisersResearchersAndCoordinatorsChangeIt() throws Exception {
        Meeting meeting = w.meeting("Закрытая встреча");
        String page = "/meetings/" + meeting.id();
        KozomolPrincipal participantCsoResearcher = w.member(kg.kozomol.platform.Role.RESEARCHER,
                w.fixtures.organisation(kg.kozomol.identity.OrganisationKind.CSO));
        KozomolPrincipal coordinator = w.member(kg.kozomol.platform.Role.COORDINATOR, w.cso);

        mvc.perform(get("/meetings")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(TestUsers.as(w.outsider))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(TestUsers.as(w.absentFocal))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/edit").with(TestUsers.as(w.outsider))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/comments").with(csrf()).with(TestUsers.as(w.absentFocal)).param("body", "Я тоже"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings").with(TestUsers.as(w.outsider))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Закрытая встреча"))));

        mvc.perform(get(page).with(TestUsers.as(w.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Закрытая встреча")))
                .andExpect(content().string(not(containsString(page + "/edit"))));
        mvc.perform(get(page).with(TestUsers.as(w.monitor))).andExpect(status().isOk());
        mvc.perform(get("/meetings").with(TestUsers.as(w.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Закрытая встреча")));
        mvc.perform(get(page + "/edit").with(TestUsers.as(w.focal))).andExpect(status().isForbidden());
        mvc.perform(update(page, meeting.version(), "Переименовано фокальным лицом").with(TestUsers.as(w.focal)))
                .andExpect(status().isForbidden());

        Meeting withCso = w.as(w.researcher, () -> w.meetings.update(meeting.id(), meeting.version(), new MeetingDraft(
                "Закрытая встреча", null, w.today().minusDays(1), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0),
                "Бишкек", false, null, w.cso.id(), List.of(w.body.id(), participantCsoResearcher.organisationIds().iterator().next()))));
        mvc.perform(get(page).with(TestUsers.as(participantCsoResearcher))).andExpect(status().isOk());
        mvc.perform(update(page, withCso.version(), "Переименовано участником").with(TestUsers.as(participantCsoResearcher)))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/agenda").with(csrf()).with(TestUsers.as(w.monitor)).param("title", "Мой вопрос"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/comments").with(csrf()).with(TestUsers.as(w.focal)).param("body", "Рано"))
                .andExpect(flash().attribute("problem", "dialogue.rule.notHeld"));

        mvc.perform(update(page, withCso.version(), "Переименовано координатором").with(TestUsers.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/agenda").with(csrf()).with(TestUsers.as(kg.kozomol.platform.Role.ADMIN)).param("title", "Вопрос администратора"))
                .andExpect(status().is3xxRedirection());
        assertThat(w.meetings.require(meeting.id()).titleRu()).isEqualTo("Переименовано координатором");
        assertThat(w.agenda.of(meeting.id())).extracting(AgendaItem::title).containsExactly("Вопрос администратора");
        assertThat(context.getBean(MinutesComments.class).ofMeeting(meeting.id())).isEmpty();
    }

    @Test
    void aDeadlineForABodyThatIsNotAtTheTableIsRefusedAndNothingIsWritten() throws Exception {
        Recommendation r = w.releasedRecommendation(w.publishedBrief("Записка о пробации"));
        Meeting meeting = w.heldMeeting("Встреча без второго органа");
        AgendaItem item = w.point(meeting, "Сроки", List.of(r.reference()));
        Addressee absent = w.addressee(r, w.absentBody);
        decide(meeting, item, "RESPONSE_DEADLINE", r.reference(), w.absentBody.id(), absent.dueDate().plusDays(10))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Этот государственный орган не участвует во встрече.")));
        assertThat(w.addressee(r, w.absentBody).dueDate()).isEqualTo(absent.dueDate());
        assertThat(timeline.entries(absent.id())).isEmpty();
        assertThat(w.decisions.ofMeeting(meeting.id())).isEmpty();
    }

    @Test
    void aStaleSaveGetsAConflictMessageAndOverwritesNothing() throws Exception {
        Meeting meeting = w.meeting("Встреча о сроках");
        w.as(w.researcher, () -> w.meetings.update(meeting.id(), meeting.version(), w.draft("Встреча о сроках, уточнено")));
        mvc.perform(update("/meetings/" + meeting.id(), meeting.version(), "Перезапись").with(TestUsers.as(w.researcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")));
        assertThat(w.meetings.require(meeting.id()).titleRu()).isEqualTo("Встреча о сроках, уточнено");

        AgendaItem item = w.point(meeting, "Первый вопрос", List.of());
        w.as(w.researcher, () -> w.agenda.update(item.id(), item.version(), new AgendaItemDraft("Первый вопрос, уточнён",
                List.of(), List.of()), w.researcher));
        mvc.perform(post("/meetings/" + meeting.id() + "/agenda/" + item.id()).with(csrf()).with(TestUsers.as(w.researcher))
                        .param("title", "Перезапись вопроса").param("version", Integer.toString(item.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")));
        assertThat(w.agenda.require(item.id()).title()).isEqualTo("Первый вопрос, уточнён");

        Meeting current = w.meetings.require(meeting.id());
        move("/meetings/" + meeting.id(), w.researcher, "CANCELLED", meeting.version())
                .andExpect(flash().attribute("problem", "form.stale"));
        assertThat(w.meetings.require(meeting.id()).status()).isEqualTo(MeetingStatus.PLANNED);
        move("/meetings/" + meeting.id(), w.researcher, "CANCELLED", current.version())
                .andExpect(flash().attribute("flash", "dialogue.moved.CANCELLED"));
    }

    @Test
    void badInputIsALocalisedMessageOnThePageAndNothingIsHalfWritten() throws Exception {
        mvc.perform(post("/meetings").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("organiserId", id(w.cso.id())).param("titleRu", "Встреча наоборот")
                        .param("date", w.today().toString()).param("startTime", "15:00").param("endTime", "14:00")
                        .param("place", "Бишкек").param("participantIds", id(w.body.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Окончание должно быть позже начала.")));
        mvc.perform(post("/meetings").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("organiserId", id(w.cso.id())).param("titleRu", "Онлайн без ссылки")
                        .param("date", "2026-02-30").param("startTime", "25:00").param("endTime", "14:00").param("online", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Неверное значение.")));
        mvc.perform(post("/meetings").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("organiserId", id(w.outsiderCso.id())).param("titleRu", "Чужая встреча")
                        .param("date", w.today().toString()).param("startTime", "10:00").param("endTime", "11:00")
                        .param("online", "true").param("onlineUrl", "https://meet.example.org/x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Вы не можете проводить встречи от имени этой организации.")));
        assertThat(w.fixtures.count("select count(*) from meeting where title_ru in ('Встреча наоборот', 'Онлайн без ссылки',"
                + " 'Чужая встреча')")).isZero();

        Brief withdrawnBrief = w.publishedBrief("Записка, которую отзовут");
        Recommendation orphan = w.releasedRecommendation(withdrawnBrief);
        Recommendation r = w.releasedRecommendation(w.publishedBrief("Записка о социальном контракте"));
        Meeting meeting = w.heldMeeting("Встреча в Таласе");
        AgendaItem item = w.point(meeting, "Социальный контракт", List.of(r.reference(), orphan.reference()));
        w.withdraw(withdrawnBrief);
        String points = "/meetings/" + meeting.id() + "/agenda";

        mvc.perform(post(points).with(csrf()).with(TestUsers.as(w.researcher)).param("title", "Неизвестные ссылки")
                        .param("recommendationReferences", r.reference() + ", R999-2026-999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Рекомендация «R999-2026-999» не найдена.")));
        mvc.perform(post(points).with(csrf()).with(TestUsers.as(w.researcher)).param("title", "Плохие номера")
                        .param("briefIds", "12, abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("«abc» — не номер аналитической записки.")));
        assertThat(w.agenda.of(meeting.id())).hasSize(1);

        decide(meeting, item, "ACTION", null, null, w.today().minusDays(1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Срок не может быть в прошлом.")));
        decide(meeting, item, "RESPONSE_DEADLINE", r.reference(), w.body.id(), w.today().minusDays(3)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Срок не может быть в прошлом.")));
        decide(meeting, item, "RESPONSE_DEADLINE", "R0-0000-000", w.body.id(), w.today().plusDays(40)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Рекомендация «R0-0000-000» не найдена.")));
        decide(meeting, item, "RESPONSE_DEADLINE", orphan.reference(), w.body.id(), w.today().plusDays(40))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("отозвана: по ней больше не принимают решений.")));
        decide(meeting, item, "ACTION", orphan.reference(), null, w.today().plusDays(40)).andExpect(status().isOk())
                .andExpect(content().string(containsString("отозвана")));
        assertThat(w.decisions.ofMeeting(meeting.id())).isEmpty();
        assertThat(timeline.entries(w.addressee(orphan, w.body).id())).isEmpty();
        assertThat(timeline.entries(w.addressee(r, w.body).id())).isEmpty();

        decide(meeting, item, "ACTION", r.reference(), null, w.today().plusDays(30)).andExpect(status().is3xxRedirection());
        assertThat(w.decisions.ofMeeting(meeting.id())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.ACTION);
            assertThat(d.responsibleId()).isEqualTo(w.body.id());
            assertThat(d.recommendationId()).isEqualTo(r.id());
        });

        Meeting cancelled = w.meeting("Отменённая встреча");
        move("/meetings/" + cancelled.id(), w.researcher, "CANCELLED", cancelled.version());
        mvc.perform(post("/meetings/" + cancelled.id() + "/agenda").with(csrf()).with(TestUsers.as(w.researcher))
                        .param("title", "Вопрос к отменённой"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Встреча отменена: изменить её нельзя.")));
        mvc.perform(get("/meetings/" + cancelled.id() + "/agenda/new").with(TestUsers.as(w.researcher)))
                .andExpect(redirectedUrl("/meetings/" + cancelled.id()))
                .andExpect(flash().attribute("problem", "dialogue.rule.cancelled"));
        move("/meetings/" + cancelled.id(), w.researcher, "HELD", w.meetings.require(cancelled.id()).version())
                .andExpect(flash().attribute("problem", "dialogue.rule.cancelled"));
        assertThat(w.agenda.of(cancelled.id())).isEmpty();

        Meeting future = w.as(w.researcher, () -> w.meetings.create(new MeetingDraft("Будущая встреча", null,
                w.today().plusDays(10), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0), "Бишкек", false, null,
                w.cso.id(), List.of()), w.researcher));
        move("/meetings/" + future.id(), w.researcher, "HELD", future.version())
                .andExpect(flash().attribute("problem", "dialogue.rule.notStartedYet"));
    }

    @Test
    void theListFiltersByOrganisationStatusAndDatesAndPages() throws Exception {
        w.meeting("Первая встреча");
        w.heldMeeting("Вторая встреча");
        w.as(w.researcher, () -> w.meetings.create(new MeetingDraft("Встреча без органа", null, w.today().minusDays(30),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0), "Ош", false, null, w.cso.id(), List.of()),
                w.researcher));
        mvc.perform(get("/meetings").param("organisation", id(w.body.id())).with(TestUsers.as(w.researcher)))
                .andExpect(content().string(containsString("Первая встреча"))).andExpect(content().string(containsString("Вторая встреча")))
                .andExpect(content().string(not(containsString("Встреча без органа"))));
        mvc.perform(get("/meetings").param("status", "HELD").with(TestUsers.as(w.researcher)))
                .andExpect(content().string(containsString("Вторая встреча")))
                .andExpect(content().string(not(containsString("Первая встреча"))));
        mvc.perform(get("/meetings").param("from", w.today().minusDays(40).toString())
                        .param("to", w.today().minusDays(20).toString()).with(TestUsers.as(w.researcher)))
                .andExpect(content().string(containsString("Встреча без органа")))
                .andExpect(content().string(not(containsString("Вторая встреча"))));
        mvc.perform(get("/meetings").param("from", w.today().toString()).param("to", w.today().minusDays(5).toString())
                        .with(TestUsers.as(w.researcher)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Дата «с» позже даты «по».")));
        mvc.perform(get("/meetings").param("page", "2").with(TestUsers.as(w.researcher))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Первая встреча"))));
        assertThat(w.meetings.search(new MeetingFilter(null, null, null, null), w.researcher,
                kg.kozomol.platform.PageRequest.of(1, 2)).pages()).isEqualTo(2);
    }

    private org.springframework.test.web.servlet.ResultActions move(String page, KozomolPrincipal user, String target,
            int version) throws Exception {
        return mvc.perform(post(page + "/status").with(csrf()).with(TestUsers.as(user)).param("target", target)
                .param("version", Integer.toString(version)));
    }

    private MockHttpServletRequestBuilder update(String page, int version, String title) {
        return post(page).with(csrf()).param("titleRu", title).param("date", w.today().minusDays(1).toString())
                .param("startTime", "10:00").param("endTime", "12:00").param("place", "Бишкек")
                .param("participantIds", id(w.body.id())).param("version", Integer.toString(version));
    }

    private org.springframework.test.web.servlet.ResultActions decide(Meeting meeting, AgendaItem item, String kind,
            String reference, Long bodyId, LocalDate date) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting.id() + "/agenda/" + item.id() + "/decisions")
                .with(csrf()).with(TestUsers.as(w.researcher)).param("kind", kind).param("text", "Согласовано на встрече");
        if (reference != null) {
            request.param("recommendationReference", reference);
        }
        if (kind.equals("RESPONSE_DEADLINE")) {
            request.param("bodyId", id(bodyId)).param("newDate", date.toString());
        } else {
            request.param("responsibleId", id(w.body.id())).param("dueDate", date.toString());
        }
        return mvc.perform(request);
    }

    private List<String> audited(String entity, long id) {
        return w.fixtures.jdbc().sql("select action from audit_event where entity_type = :type and entity_id = :id order by id")
                .param("type", entity).param("id", Long.toString(id)).query(String.class).list();
    }

    private static String id(long value) {
        return Long.toString(value);
    }
}
