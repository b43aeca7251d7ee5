package kg.kozomol.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.dialogue.Agenda;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.AgendaItemDraft;
import kg.kozomol.dialogue.DecisionDraft;
import kg.kozomol.dialogue.DecisionKind;
import kg.kozomol.dialogue.Decisions;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingDraft;
import kg.kozomol.dialogue.MeetingStatus;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.dialogue.MinutesComments;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/**
 * Three synthetic working meetings on the demo briefs, one at each stage: minutes approved, held with draft
 * minutes, planned. The demo has no recommendations yet, so the decisions are agreed actions.
 */
@Component
class DemoMeetings {

    private static final String MARK_RU = "[Демо] ";
    private static final String MARK_KY = "[Демо] ";

    private final Meetings meetings;
    private final Agenda agenda;
    private final Decisions decisions;
    private final MinutesComments comments;
    private final ZoneId zone;

    DemoMeetings(Meetings meetings, Agenda agenda, Decisions decisions, MinutesComments comments,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.comments = comments;
        this.zone = ZoneId.of(zone);
    }

    /**
     * @param organisations the demo organisations by their key in {@link DemoData}
     * @param users the demo users by role
     * @param briefs the published demo briefs by theme code
     */
    void load(Map<String, Organisation> organisations, Map<Role, UserAccount> users, Map<String, Brief> briefs) {
        LocalDate today = LocalDate.now(zone);
        long csoLaw = id(organisations, "cso-law");
        long minjust = id(organisations, "minjust");
        KozomolPrincipal researcher = DemoAccounts.principal(users.get(Role.RESEARCHER), csoLaw, Role.RESEARCHER);
        KozomolPrincipal coordinator = DemoAccounts.principal(users.get(Role.COORDINATOR), id(organisations, "coordinator"),
                Role.COORDINATOR);
        KozomolPrincipal focal = DemoAccounts.principal(users.get(Role.STATE_FOCAL_POINT), minjust, Role.STATE_FOCAL_POINT);

        Meeting schools = meetings.create(new MeetingDraft(MARK_RU + "Рабочая встреча: доступность школ Каракола",
                MARK_KY + "Жумушчу жолугушуу: Каракол мектептеринин жеткиликтүүлүгү", today.minusDays(40), LocalTime.of(10, 0),
                LocalTime.of(12, 30), "Бишкек, Институт нормотворчества и верховенства права при Минюсте (условный зал)", false,
                null, csoLaw, List.of(id(organisations, "institute"), minjust, id(organisations, "mineducation"),
                        id(organisations, "karakol"), id(organisations, "cso-inclusion"))), researcher);
        AgendaItem audit = agenda.add(schools.id(), new AgendaItemDraft("Презентация записки о пандусах и дверях школ (демо)",
                List.of(briefs.get("karakol-school-accessibility").id()), List.of()), researcher);
        agenda.add(schools.id(), new AgendaItemDraft("Порядок совместного аудита школ (демо)", List.of(), List.of()), researcher);
        Meeting held = meetings.move(schools.id(), schools.version(), MeetingStatus.HELD);
        decisions.record(audit.id(), new DecisionDraft(DecisionKind.ACTION,
                "Провести совместный аудит пяти школ с участием мэрии (вымышленное решение).", null, null, null,
                id(organisations, "karakol"), today.plusDays(30)), researcher);
        Meeting minuted = meetings.saveMinutes(held.id(), held.version(),
                "<p>Синтетический протокол для демонстрации. Стороны обсудили записку и договорились о совместном аудите.</p>",
                "<p>Көрсөтүү үчүн синтетикалык протокол. Тараптар жазууну талкуулап, биргелешкен аудит боюнча макулдашышты.</p>");
        comments.add(schools.id(), minjust, "Просим уточнить состав рабочей группы (демо-замечание).", focal);
        meetings.move(minuted.id(), minuted.version(), MeetingStatus.MINUTES_APPROVED);

        Meeting alimony = meetings.create(new MeetingDraft(MARK_RU + "Алименты как механизм защиты детей: обсуждение записки",
                MARK_KY + "Алимент балдарды коргоонун механизми катары: жазууну талкуулоо", today.minusDays(5),
                LocalTime.of(14, 0), LocalTime.of(15, 30), null, true, "https://meet.example.org/kozomol-demo-alimony",
                id(organisations, "coordinator"), List.of(minjust, id(organisations, "minlabour"), csoLaw,
                        id(organisations, "experts"))), coordinator);
        AgendaItem registry = agenda.add(alimony.id(), new AgendaItemDraft("Единый реестр должников по алиментам (демо)",
                List.of(briefs.get("alimony").id()), List.of()), coordinator);
        Meeting alimonyHeld = meetings.move(alimony.id(), alimony.version(), MeetingStatus.HELD);
        decisions.record(registry.id(), new DecisionDraft(DecisionKind.ACTION,
                "Подготовить справку о практике взыскания алиментов (вымышленное решение).", null, null, null, minjust,
                today.plusDays(45)), coordinator);
        meetings.saveMinutes(alimonyHeld.id(), alimonyHeld.version(),
                "<p>Проект синтетического протокола: участники обсудили выводы демо-записки.</p>", null);

        Meeting probation = meetings.create(new MeetingDraft(MARK_RU + "Права женщин на пробации: план мониторинга",
                MARK_KY + "Пробациядагы аялдардын укуктары: мониторинг планы", today.plusDays(14), LocalTime.of(11, 0),
                LocalTime.of(13, 0), "Бишкек, офис демо-организации (вымышленный адрес)", false, null, csoLaw,
                List.of(id(organisations, "mininterior"), id(organisations, "ombudsman"), minjust)), researcher);
        agenda.add(probation.id(), new AgendaItemDraft("Выводы записки о женщинах на пробации (демо)",
                List.of(briefs.get("women-probation").id()), List.of()), researcher);
    }

    private static long id(Map<String, Organisation> organisations, String key) {
        return organisations.get(key).id();
    }
}
