package kg.kozomol.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.Assessment;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Confidence;
import kg.kozomol.tracker.Effect;
import kg.kozomol.tracker.PlannedMeasure;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.PositionDraft;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.ProgressReport;
import kg.kozomol.tracker.Questions;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.StateResponses;
import kg.kozomol.tracker.SyntheticHistory;
import kg.kozomol.tracker.Timeline;

/**
 * Recommendations of the demo briefs and what happened to them over the last 18 months: every position of the
 * vocabulary, progress reports, independent assessments (some disputed), a right of reply, a revised deadline, a
 * redirect, questions, missed deadlines and drafts. Everything goes through the tracker's services and rules; the
 * history is then moved into the past step by step.
 */
@Component
class DemoRecommendations {

    private record Text(String ru, String ky, ActionType type, String sdg) {}

    private record Bodies(String lead, String supporting) {}

    /** What happens to one recommendation; the demo cycles through these so every theme gets a mix. */
    private enum Story { ACCEPTED_IN_PROGRESS, DISPUTED_CLAIM, PARTIAL_AGREED, REJECTED, NOTED, REDIRECTED, SILENT,
        FRESH, REVISED_DEADLINE, DRAFT }

    private static final Map<String, Bodies> BODIES = Map.of(
            "green-skills-migration", new Bodies("minlabour", "mineconomy"),
            "karakol-school-accessibility", new Bodies("mineducation", "karakol"),
            "unscr-1325", new Bodies("mininterior", "parliament"),
            "talas-social-contract", new Bodies("minlabour", "talas"),
            "inclusive-environment", new Bodies("minlabour", "ombudsman"),
            "women-probation", new Bodies("minjust", "mininterior"),
            "alimony", new Bodies("minjust", "institute"));

    private static final Map<String, List<Text>> TEXTS = Map.of(
            "green-skills-migration", List.of(
                    new Text("Включить модули зелёных навыков в программы профобучения для выезжающих мигрантов.",
                            "Чет өлкөгө кеткен мигранттар үчүн кесиптик окутууга жашыл көндүмдөр модулдарын киргизүү.", ActionType.POLICY, "8.5"),
                    new Text("Признавать навыки, полученные за рубежом, через упрощённую сертификацию.",
                            "Чет өлкөдө алынган көндүмдөрдү жөнөкөйлөтүлгөн тастыктоо аркылуу таануу.", ActionType.BYLAW, "10.7"),
                    new Text("Собирать данные о занятости вернувшихся мигрантов по полу и области.",
                            "Кайтып келген мигранттардын жумуштуулугу боюнча маалыматты жынысы жана облусу боюнча чогултуу.", ActionType.DATA, "17.17"),
                    new Text("Выделить бюджет на стажировки в зелёной экономике для вернувшихся мигрантов.",
                            "Кайтып келген мигранттар үчүн жашыл экономикада стажировкага бюджет бөлүү.", ActionType.BUDGET, "8.5")),
            "karakol-school-accessibility", List.of(
                    new Text("Оборудовать пандусами входы всех школ Каракола до начала учебного года.",
                            "Окуу жылы башталганга чейин Каракол мектептеринин баардык кире беришин пандус менен жабдуу.", ActionType.BUDGET, "4.a"),
                    new Text("Расширить дверные проёмы классов до 90 см при ремонте.",
                            "Оңдоодо класстардын эшик ачылыштарын 90 смге чейин кеңейтүү.", ActionType.PRACTICE, "4.a"),
                    new Text("Ввести обязательный аудит доступности при приёмке отремонтированных школ.",
                            "Оңдолгон мектептерди кабыл алууда жеткиликтүүлүк аудитин милдеттүү кылуу.", ActionType.BYLAW, "4.5"),
                    new Text("Оборудовать в каждой школе доступный туалет.",
                            "Ар бир мектепте жеткиликтүү даараткана жабдуу.", ActionType.BUDGET, "4.a"),
                    new Text("Публиковать ежегодный отчёт о доступности школ города.",
                            "Шаардын мектептеринин жеткиликтүүлүгү жөнүндө жылдык отчетту жарыялоо.", ActionType.DATA, "16.10")),
            "unscr-1325", List.of(
                    new Text("Включить женщин в составы местных советов по профилактике правонарушений не менее чем на 30%.",
                            "Укук бузууларды алдын алуу боюнча жергиликтүү кеңештердин курамына аялдарды 30%дан кем эмес киргизүү.", ActionType.BYLAW, "5.5"),
                    new Text("Обучить участковых работе с обращениями о насилии в семье.",
                            "Участкалык инспекторлорду үй-бүлөлүк зомбулук боюнча кайрылуулар менен иштөөгө окутуу.", ActionType.PRACTICE, "5.2"),
                    new Text("Предусмотреть в национальном плане действий по 1325 индикаторы с разбивкой по полу.",
                            "1325 боюнча улуттук иш-аракеттер планына жынысы боюнча бөлүнгөн индикаторлорду киргизүү.", ActionType.POLICY, "5.1")),
            "talas-social-contract", List.of(
                    new Text("Сопровождать получателей социального контракта наставником в течение первого года.",
                            "Социалдык келишим алуучуларды биринчи жылы насаатчы менен коштоо.", ActionType.PRACTICE, "1.3"),
                    new Text("Увеличить размер социального контракта с учётом инфляции.",
                            "Социалдык келишимдин өлчөмүн инфляцияны эске алуу менен көбөйтүү.", ActionType.BUDGET, "1.3"),
                    new Text("Публиковать данные о выживаемости бизнесов через 12 и 24 месяца.",
                            "Бизнестердин 12 жана 24 айдан кийинки туруктуулугу жөнүндө маалыматты жарыялоо.", ActionType.DATA, "17.17"),
                    new Text("Упростить перечень документов для подачи заявки.",
                            "Арыз берүү үчүн документтердин тизмесин жөнөкөйлөтүү.", ActionType.BYLAW, "10.2"),
                    new Text("Создать в айыл окмоту консультационный пункт по социальному контракту.",
                            "Айыл өкмөттөрүндө социалдык келишим боюнча кеңеш берүү пунктун түзүү.", ActionType.INSTITUTIONAL, "16.7"),
                    new Text("Проводить независимую оценку программы раз в два года.",
                            "Программага эки жылда бир көз карандысыз баа берүү.", ActionType.POLICY, "16.6")),
            "inclusive-environment", List.of(
                    new Text("Принять технический регламент доступности зданий государственных услуг.",
                            "Мамлекеттик кызмат көрсөтүү имараттарынын жеткиликтүүлүгүнүн техникалык регламентин кабыл алуу.", ActionType.LAW, "10.2"),
                    new Text("Обеспечить сурдоперевод на горячих линиях ведомств.",
                            "Ведомстволордун ышкын линияларында сурдокотормону камсыз кылуу.", ActionType.PRACTICE, "10.2"),
                    new Text("Назначить в каждом ведомстве ответственного за доступность.",
                            "Ар бир ведомстводо жеткиликтүүлүк үчүн жооптуу адамды дайындоо.", ActionType.INSTITUTIONAL, "16.7"),
                    new Text("Проверить сайты ведомств на соответствие WCAG 2.1 AA.",
                            "Ведомстволордун сайттарын WCAG 2.1 AA талаптарына шайкештикке текшерүү.", ActionType.PRACTICE, "16.10")),
            "women-probation", List.of(
                    new Text("Обеспечить женщинам на пробации бесплатные юридические консультации.",
                            "Пробациядагы аялдарга акысыз юридикалык кеңеш берүүнү камсыз кылуу.", ActionType.PRACTICE, "16.3"),
                    new Text("Учитывать уход за детьми при назначении графика отметок.",
                            "Белгилөө графигин дайындоодо балдарды багууну эске алуу.", ActionType.BYLAW, "5.1"),
                    new Text("Включить женщин на пробации в программы трудоустройства.",
                            "Пробациядагы аялдарды жумушка орноштуруу программаларына киргизүү.", ActionType.POLICY, "8.5"),
                    new Text("Вести статистику пробации с разбивкой по полу и возрасту.",
                            "Пробация статистикасын жынысы жана жашы боюнча бөлүп жүргүзүү.", ActionType.DATA, "5.1")),
            "alimony", List.of(
                    new Text("Создать единый электронный реестр должников по алиментам.",
                            "Алимент боюнча карыздарлардын бирдиктүү электрондук реестрин түзүү.", ActionType.INSTITUTIONAL, "16.6"),
                    new Text("Ввести государственный алиментный фонд для временных выплат детям.",
                            "Балдарга убактылуу төлөмдөр үчүн мамлекеттик алимент фондун киргизүү.", ActionType.LAW, "1.3"),
                    new Text("Разрешить взыскание алиментов с доходов, полученных за рубежом.",
                            "Чет өлкөдө алынган кирешелерден алимент өндүрүүгө уруксат берүү.", ActionType.LAW, "16.3"),
                    new Text("Информировать матерей о порядке взыскания через ЦОНы.",
                            "Энелерге өндүрүү тартиби жөнүндө ЭКБ аркылуу маалымат берүү.", ActionType.PRACTICE, "16.10"),
                    new Text("Публиковать ежеквартальную статистику исполнения решений об алиментах.",
                            "Алимент боюнча чечимдердин аткарылышынын квартал сайын статистикасын жарыялоо.", ActionType.DATA, "16.6")));

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final StateResponses responses;
    private final Timeline timeline;
    private final Questions questions;
    private final SyntheticHistory history;
    private final UserAccounts users;

    DemoRecommendations(Recommendations recommendations, Addressees addressees, StateResponses responses, Timeline timeline,
            Questions questions, SyntheticHistory history, UserAccounts users) {
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.responses = responses;
        this.timeline = timeline;
        this.questions = questions;
        this.history = history;
        this.users = users;
    }

    /**
     * @param briefs the published demo brief per theme code
     * @param focalPoints an existing focal-point account per body key (others get one made here)
     */
    void load(Map<String, kg.kozomol.brief.Brief> briefs, Map<String, Organisation> bodies, UserAccount researcher, long csoId,
            Map<String, UserAccount> focalPoints) {
        Random random = new Random(2026);
        KozomolPrincipal author = DemoAccounts.principal(researcher, csoId, Role.RESEARCHER);
        Map<String, KozomolPrincipal> focal = new HashMap<>();
        bodies.forEach((key, body) -> {
            UserAccount account = focalPoints.computeIfAbsent(key, k -> users.createActive("focal." + k + "@demo.kozomol.kg",
                    "Демо-контакт " + body.shortName(), DemoAccounts.PASSWORD,
                    List.of(new Membership(body.id(), Role.STATE_FOCAL_POINT)), true));
            focal.put(key, DemoAccounts.principal(account, body.id(), Role.STATE_FOCAL_POINT));
        });
        int next = 0;
        try {
            for (Map.Entry<String, List<Text>> theme : new java.util.TreeMap<>(TEXTS).entrySet()) {
                Bodies pair = BODIES.get(theme.getKey());
                for (Text text : theme.getValue()) {
                    Story story = Story.values()[next++ % Story.values().length];
                    new Run(author, csoId, briefs.get(theme.getKey()).id(), text, bodies.get(pair.lead()), bodies.get(pair.supporting()),
                            focal.get(pair.lead()), focal.get(pair.supporting()), bodies, focal, random).play(story);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One recommendation's story, told in steps; {@link #later} moves what happened so far into the past. */
    private final class Run {

        private final KozomolPrincipal author;
        private final long csoId;
        private final long briefId;
        private final Text text;
        private final Organisation lead;
        private final Organisation supporting;
        private final KozomolPrincipal leadFocal;
        private final KozomolPrincipal supportingFocal;
        private final Map<String, Organisation> bodies;
        private final Map<String, KozomolPrincipal> focal;
        private final Random random;
        private Recommendation recommendation;
        private int elapsed;

        Run(KozomolPrincipal author, long csoId, long briefId, Text text, Organisation lead, Organisation supporting,
                KozomolPrincipal leadFocal, KozomolPrincipal supportingFocal, Map<String, Organisation> bodies,
                Map<String, KozomolPrincipal> focal, Random random) {
            this.author = author;
            this.csoId = csoId;
            this.briefId = briefId;
            this.text = text;
            this.lead = lead;
            this.supporting = supporting;
            this.leadFocal = leadFocal;
            this.supportingFocal = supportingFocal;
            this.bodies = bodies;
            this.focal = focal;
            this.random = random;
        }

        void play(Story story) {
            LocalDate proposed = recommendations.today().plusMonths(6 + random.nextInt(18));
            recommendation = DemoAccounts.as(author, () -> recommendations.create(new RecommendationDraft(briefId, 0, csoId, text.ru(),
                    text.ky(), "ru", null, text.type(), Priority.values()[random.nextInt(3)], proposed, lead.id(),
                    List.of(supporting.id()), List.of(text.sdg()))));
            if (story == Story.DRAFT) {
                return;
            }
            recommendation = DemoAccounts.as(author, () -> recommendations.release(recommendation.id(), recommendation.version()));
            int age = 60 + random.nextInt(480);
            switch (story) {
                case ACCEPTED_IN_PROGRESS -> {
                    later(12 + random.nextInt(15));
                    answer(leadFocal, lead, Position.ACCEPTED, null);
                    answer(supportingFocal, supporting, Position.PARTIALLY_ACCEPTED, "Участвуем в пределах своей компетенции.");
                    later(90);
                    progress(leadFocal, lead, Completion.LIMITED, "Разработан проект приказа; идёт согласование.");
                    later(120);
                    progress(leadFocal, lead, Completion.SUBSTANTIAL, "Приказ подписан, начато исполнение в пилотных районах.");
                    later(60);
                    assess(lead, Completion.SUBSTANTIAL, Effect.MARGINAL, Confidence.MEDIUM,
                            "Повторный опрос в пилотных районах (синтетические данные)");
                }
                case DISPUTED_CLAIM -> {
                    later(20);
                    answer(leadFocal, lead, Position.CLAIMED_IMPLEMENTED, "Меры приняты в рамках действующей программы.");
                    later(30);
                    progress(leadFocal, lead, Completion.COMPLETE, "Исполнено полностью, отчёт направлен в Аппарат Кабинета министров.");
                    later(150);
                    long assessment = assess(lead, Completion.LIMITED, Effect.NO_CHANGE, Confidence.HIGH,
                            "Выездной мониторинг 12 объектов и интервью с получателями (синтетические данные)");
                    later(10);
                    DemoAccounts.as(leadFocal, () -> timeline.reply(assessment, "Не согласны: часть объектов сдана после мониторинга."));
                }
                case PARTIAL_AGREED -> {
                    later(25);
                    answer(leadFocal, lead, Position.PARTIALLY_ACCEPTED, "Принимаем в части, не требующей изменения закона.");
                    later(100);
                    progress(leadFocal, lead, Completion.LIMITED, "Подготовлены методические рекомендации.");
                    later(80);
                    assess(lead, Completion.LIMITED, Effect.MARGINAL, Confidence.MEDIUM, "Анализ документов и 8 интервью");
                }
                case REJECTED -> {
                    later(28);
                    answer(leadFocal, lead, Position.REJECTED, "Не предусмотрено бюджетом на текущий год.");
                    answer(supportingFocal, supporting, Position.NOTED, "Принято к сведению.");
                }
                case NOTED -> {
                    later(15);
                    DemoAccounts.as(author, () -> questions.post(recommendation, csoId, "Уточните, какой отдел будет ответственным?"));
                    later(5);
                    answer(leadFocal, lead, Position.NOTED, "Вопрос будет рассмотрен при планировании на следующий год.");
                }
                case REDIRECTED -> {
                    later(18);
                    Organisation competent = bodies.get("parliament");
                    if (competent.id() == lead.id() || competent.id() == supporting.id()) {
                        competent = bodies.get("ombudsman");
                    }
                    Organisation target = competent;
                    answer(leadFocal, lead, Position.REDIRECTED, "Вопрос относится к компетенции другого органа.", target.id());
                    later(25);
                    KozomolPrincipal targetFocal = focal.entrySet().stream()
                            .filter(e -> bodies.get(e.getKey()).id() == target.id()).findFirst().orElseThrow().getValue();
                    answer(targetFocal, target, Position.ACCEPTED, null);
                }
                case SILENT -> age = Math.max(age, 90);
                case FRESH -> age = 5 + random.nextInt(20);
                case REVISED_DEADLINE -> {
                    later(20);
                    Addressee addressee = addressee(lead);
                    DemoAccounts.as(author, () -> timeline.reviseDeadline(addressee.id(), addressee.dueDate().plusDays(45),
                            "Перенос согласован на рабочей встрече с министерством."));
                    later(40);
                    answer(leadFocal, lead, Position.ACCEPTED, null);
                    later(100);
                    progress(leadFocal, lead, Completion.NOT_STARTED, "Исполнение запланировано на следующий год.");
                }
                default -> throw new IllegalStateException(story.name());
            }
            history.age(recommendation.id(), Math.max(0, age - elapsed));
        }

        private void later(int days) {
            history.age(recommendation.id(), days);
            elapsed += days;
        }

        private void answer(KozomolPrincipal who, Organisation body, Position position, String reasoning) {
            answer(who, body, position, reasoning, null);
        }

        private void answer(KozomolPrincipal who, Organisation body, Position position, String reasoning, Long redirectTo) {
            Addressee addressee = addressee(body);
            String evidence = position.requiresEvidence() ? "https://example.org/demo/otchet" : null;
            List<PlannedMeasure> measures = position == Position.ACCEPTED || position == Position.PARTIALLY_ACCEPTED
                    ? List.of(new PlannedMeasure("Подготовить проект нормативного акта", recommendations.today().plusMonths(4)))
                    : List.of();
            StatePosition draft = DemoAccounts.as(who, () -> responses.saveDraft(addressee.id(), new PositionDraft(position, reasoning, evidence,
                    null, redirectTo, "01-" + (100 + random.nextInt(900)) + "/" + recommendations.today().getYear(), recommendations.today(), null,
                    "Управление по работе с обращениями", measures), false));
            DemoAccounts.as(who, () -> responses.release(draft.id(), draft.version()));
        }

        private void progress(KozomolPrincipal who, Organisation body, Completion completion, String report) {
            Addressee addressee = addressee(body);
            DemoAccounts.as(who, () -> timeline.reportProgress(addressee.id(), new ProgressReport(recommendations.today(), completion, report, null)));
        }

        private long assess(Organisation body, Completion completion, Effect effect, Confidence confidence, String method) {
            Addressee addressee = addressee(body);
            return DemoAccounts.as(author, () -> timeline.assess(addressee.id(), new Assessment(recommendations.today(), completion, effect, method,
                    confidence, "Синтетическое демо-исследование", null))).id();
        }

        private Addressee addressee(Organisation body) {
            return addressees.find(recommendation.id(), body.id()).orElseThrow();
        }
    }

    /** For tests: how many recommendations the demo writes. */
    static int count() {
        return TEXTS.values().stream().mapToInt(List::size).sum();
    }
}
