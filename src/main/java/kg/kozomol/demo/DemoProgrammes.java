package kg.kozomol.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.programme.ConsensusInput;
import kg.kozomol.programme.CoiDecision;
import kg.kozomol.programme.CriteriaTemplate;
import kg.kozomol.programme.DesignReviews;
import kg.kozomol.programme.EvaluabilityCriterion;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationCriterion;
import kg.kozomol.programme.EvaluationDraft;
import kg.kozomol.programme.EvaluationKind;
import kg.kozomol.programme.EvaluationRecommendation;
import kg.kozomol.programme.EvaluationReports;
import kg.kozomol.programme.EvaluationScoring;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorDirection;
import kg.kozomol.programme.IndicatorDraft;
import kg.kozomol.programme.IndicatorValues;
import kg.kozomol.programme.ManagementResponses;
import kg.kozomol.programme.MeasureType;
import kg.kozomol.programme.NodeDraft;
import kg.kozomol.programme.NodeKind;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeDraft;
import kg.kozomol.programme.ProgrammeStatus;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ReportStage;
import kg.kozomol.programme.ResponseInput;
import kg.kozomol.programme.ResultsFramework;
import kg.kozomol.programme.ScoreDraft;
import kg.kozomol.programme.ScoreInput;
import kg.kozomol.programme.Stance;
import kg.kozomol.programme.ValueDraft;
import kg.kozomol.programme.ValueKind;
import kg.kozomol.programme.ValueProducer;

/**
 * Two synthetic state programmes in implementation with their results frameworks: the social-contract one went through
 * an expert design review (scores and node comments) during public discussion, before approval; the inclusive-education
 * one has a published OECD DAC evaluation with the ministry's management response, so /p/programmes shows the cycle.
 */
@Component
class DemoProgrammes {

    static final String SOCIAL_CONTRACT = "ДЕМО-ГП-2024-01";
    static final String INCLUSIVE_EDUCATION = "ДЕМО-ГП-2024-02";

    /** An indicator with the programme it belongs to. */
    record Tracked(long programmeId, Indicator indicator) {}

    private final Programmes programmes;
    private final ResultsFramework framework;
    private final IndicatorValues values;
    private final Evaluations evaluations;
    private final EvaluationScoring scoring;
    private final EvaluationReports reports;
    private final ManagementResponses responses;
    private final DesignReviews reviews;
    private final UserAccounts users;

    DemoProgrammes(Programmes programmes, ResultsFramework framework, IndicatorValues values, Evaluations evaluations,
            EvaluationScoring scoring, EvaluationReports reports, ManagementResponses responses, DesignReviews reviews,
            UserAccounts users) {
        this.reviews = reviews;
        this.programmes = programmes;
        this.framework = framework;
        this.values = values;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.reports = reports;
        this.responses = responses;
        this.users = users;
    }

    /**
     * @param byKey the demo organisations by key
     * @param byRole the demo logins by role (the coordinator registers, the expert rates)
     * @param focalPoints focal-point accounts per body key; made for the two owner ministries if missing
     * @return the inclusive-education programme's share of schools with an accessible entrance, which the demo
     *         re-monitoring round follows
     */
    Tracked load(Map<String, Organisation> byKey, Map<Role, UserAccount> byRole, Map<String, UserAccount> focalPoints) {
        Organisation consortium = byKey.get("coordinator");
        KozomolPrincipal coordinator = DemoAccounts.principal(byRole.get(Role.COORDINATOR), consortium.id(), Role.COORDINATOR);
        Organisation labour = byKey.get("minlabour");
        Organisation education = byKey.get("mineducation");
        focal(focalPoints, labour, "minlabour", "Демо-контакт МТСОМ");
        KozomolPrincipal educationFocal = DemoAccounts.principal(focal(focalPoints, education, "mineducation", "Демо-контакт МОН"),
                education.id(), Role.STATE_FOCAL_POINT);
        List<KozomolPrincipal> panel = experts(byKey.get("experts"), byRole.get(Role.EXPERT));

        Programme social = registered(new ProgrammeDraft(SOCIAL_CONTRACT,
                "[Синтетические демо-данные] Программа «Социальный контракт — путь к самозанятости» на 2024–2027 годы",
                "[Синтетикалык демо-маалымат] «Социалдык келишим — өз алдынча иштөөгө жол» программасы, 2024–2027-жылдар",
                "[Synthetic demo] Social contract — a path to self-employment, 2024–2027", labour.id(), "ДЕМО-101",
                LocalDate.of(2023, 12, 15), "https://cbd.minjust.gov.kg/demo-101", 2024, 2027, "ДЕМО-БК-07", null), coordinator);
        FrameworkNode socialGoal = goal(social, "Малообеспеченные семьи выходят из бедности через собственное дело (демо)",
                "Аз камсыз болгон үй-бүлөлөр өз ишин ачып жакырчылыктан чыгышат (демо)");
        FrameworkNode income = outcome(social, socialGoal, "Доходы семей-участниц растут (демо)", "Участницы не теряют пособие при старте дела",
                "Инфляция съедает рост доходов");
        output(social, income, "Семьи получили единовременную выплату и бизнес-план (демо)");
        track(social, income, new IndicatorDraft("Доля семей-участниц с доходом выше черты бедности через 12 месяцев (демо)", null,
                MeasureType.PERCENTAGE, "%", IndicatorDirection.INCREASE, List.of(), "пол главы семьи; район",
                "Выборочный опрос ОО (синтетика)", 2023, "18", "Базовый опрос (синтетика)"), "45",
                cso(2025, "31,4", "2,6", "26,3", "36,5", "412", "1,7"), coordinator);
        FrameworkNode business = outcome(social, socialGoal, "Созданные дела работают дольше года (демо)", null,
                "Сезонность спроса в малых сёлах");
        output(social, business, "Участницы прошли обучение основам предпринимательства (демо)");
        track(social, business, new IndicatorDraft("Число действующих через год предприятий участниц (демо)", null, MeasureType.UNIT,
                "ед.", IndicatorDirection.INCREASE, List.of(), "область", "Отчёт министерства (синтетика)", 2023, "640",
                "Ведомственная статистика (синтетика)"), "2000", state(2025, "1180"), coordinator);
        review(social, income, business, coordinator, panel);
        approve(social);

        Programme inclusive = registered(new ProgrammeDraft(INCLUSIVE_EDUCATION,
                "[Синтетические демо-данные] Программа развития инклюзивного образования на 2024–2028 годы",
                "[Синтетикалык демо-маалымат] Инклюзивдүү билим берүүнү өнүктүрүү программасы, 2024–2028-жылдар",
                "[Synthetic demo] Inclusive education development programme, 2024–2028", education.id(), "ДЕМО-202",
                LocalDate.of(2024, 2, 1), "https://cbd.minjust.gov.kg/demo-202", 2024, 2028, "ДЕМО-БК-09", null), coordinator);
        FrameworkNode schoolGoal = goal(inclusive, "Дети с инвалидностью учатся в обычных школах рядом с домом (демо)",
                "Мүмкүнчүлүгү чектелген балдар үйүнө жакын жалпы мектептерде окушат (демо)");
        FrameworkNode access = outcome(inclusive, schoolGoal, "Школы физически доступны (демо)", "Местные бюджеты софинансируют ремонт",
                "Подрядчики срывают сроки");
        output(inclusive, access, "Пандусы и доступные туалеты в пилотных школах (демо)");
        Indicator entrance = track(inclusive, access, new IndicatorDraft("Доля школ с доступным входом (демо)", null, MeasureType.PERCENTAGE, "%",
                IndicatorDirection.INCREASE, List.of(), "область; город/село", "Аудит доступности ОО (синтетика)", 2023, "12",
                "Аудит ОО (синтетика)"), "40", cso(2025, "21,8", "3,1", "15,7", "27,9", "180", "1,4"), coordinator);
        FrameworkNode teaching = outcome(inclusive, schoolGoal, "Учителя умеют работать с детьми с особыми потребностями (демо)", null,
                "Текучесть кадров в сельских школах");
        output(inclusive, teaching, "Курсы повышения квалификации по инклюзии (демо)");
        track(inclusive, teaching, new IndicatorDraft("Число учителей, прошедших курс по инклюзии (демо)", null, MeasureType.UNIT,
                "чел.", IndicatorDirection.INCREASE, List.of(), "пол; область", "Отчёт министерства (синтетика)", 2023, "350",
                "Ведомственная статистика (синтетика)"), "5000", state(2025, "2900"), coordinator);
        approve(inclusive);

        evaluate(programmes.require(inclusive.id()), consortium, coordinator, panel, educationFocal);
        return new Tracked(inclusive.id(), entrance);
    }

    private UserAccount focal(Map<String, UserAccount> focalPoints, Organisation body, String key, String name) {
        return focalPoints.computeIfAbsent(key, k -> users.createActive("focal." + k + "@demo.kozomol.kg", name,
                DemoAccounts.PASSWORD, List.of(new Membership(body.id(), Role.STATE_FOCAL_POINT)), true));
    }

    /** The demo expert as rapporteur and a second demo expert made the way DemoData makes its logins. */
    private List<KozomolPrincipal> experts(Organisation group, UserAccount expert) {
        UserAccount second = users.createActive("expert2@demo.kozomol.kg", "Тимур Демо-Эксперт", DemoAccounts.PASSWORD,
                List.of(new Membership(group.id(), Role.EXPERT)), true);
        return List.of(DemoAccounts.principal(expert, group.id(), Role.EXPERT), DemoAccounts.principal(second, group.id(), Role.EXPERT));
    }

    /** Registered and put to public discussion, where the framework is drafted (and reviewed) before approval. */
    private Programme registered(ProgrammeDraft draft, KozomolPrincipal coordinator) {
        Programme p = programmes.create(draft, coordinator, true);
        return programmes.move(p.id(), p.version(), ProgrammeStatus.PUBLIC_DISCUSSION);
    }

    private void approve(Programme programme) {
        Programme p = programmes.require(programme.id());
        for (ProgrammeStatus next : List.of(ProgrammeStatus.APPROVED, ProgrammeStatus.IN_IMPLEMENTATION)) {
            p = programmes.move(p.id(), p.version(), next);
        }
    }

    /** The panel scores evaluability (the second expert more sceptical) and comments on the two outcomes. */
    private void review(Programme p, FrameworkNode income, FrameworkNode business, KozomolPrincipal coordinator,
            List<KozomolPrincipal> panel) {
        for (KozomolPrincipal expert : panel) {
            reviews.addExpert(p.id(), expert.id(), coordinator);
            int score = expert == panel.get(0) ? 3 : 2;
            reviews.score(p.id(), expert, java.util.Arrays.stream(EvaluabilityCriterion.values()).map(c -> new ScoreDraft(c,
                    Integer.toString(c == EvaluabilityCriterion.BASELINES_PRESENT ? 4 : score),
                    "Синтетическое обоснование: проект рамки результатов и паспорт программы (демо)")).toList(), Map.of());
        }
        reviews.comment(p.id(), panel.get(0), income.id(),
                "Черта бедности должна быть указана с годом и источником, иначе цель 45 % нельзя проверить (демо)");
        reviews.comment(p.id(), panel.get(1), business.id(),
                "Цель 2000 предприятий выглядит нереалистичной при базовом значении 640; нужен промежуточный ориентир (демо)");
        reviews.comment(p.id(), panel.get(1), null,
                "Допущения о сохранении пособия стоит вынести в отдельный риск с мерой реагирования (демо)");
    }

    private FrameworkNode goal(Programme p, String ru, String ky) {
        return framework.addNode(p.id(), new NodeDraft(null, NodeKind.GOAL, ru, ky, null, null));
    }

    private FrameworkNode outcome(Programme p, FrameworkNode goal, String ru, String assumptions, String risks) {
        return framework.addNode(p.id(), new NodeDraft(goal.id(), NodeKind.OUTCOME, ru, null, assumptions, risks));
    }

    private void output(Programme p, FrameworkNode outcome, String ru) {
        framework.addNode(p.id(), new NodeDraft(outcome.id(), NodeKind.OUTPUT, ru, null, null, null));
    }

    private static ValueDraft cso(int year, String value, String se, String low, String high, String n, String deff) {
        return new ValueDraft(year, ValueKind.ACTUAL, ValueProducer.CSO_MEASURED, value, se, low, high, n, deff,
                "Синтетическая выборка, взвешенная оценка", null);
    }

    private static ValueDraft state(int year, String value) {
        return new ValueDraft(year, ValueKind.ACTUAL, ValueProducer.STATE_REPORTED, value, null, null, null, null, null,
                "По отчёту министерства (синтетика)", null);
    }

    /** An indicator on the outcome with its end-of-period target and one actual. */
    private Indicator track(Programme p, FrameworkNode node, IndicatorDraft draft, String target, ValueDraft actual, KozomolPrincipal by) {
        Indicator indicator = framework.addIndicator(p.id(), node.id(), draft);
        values.save(indicator, new ValueDraft(p.periodEnd(), ValueKind.TARGET, ValueProducer.PLAN, target, null, null, null, null,
                null, null, null), by);
        values.save(indicator, actual, by);
        return indicator;
    }

    private void evaluate(Programme p, Organisation consortium, KozomolPrincipal coordinator, List<KozomolPrincipal> panel,
            KozomolPrincipal focal) {
        KozomolPrincipal rapporteur = panel.get(0);
        Evaluation e = evaluations.create(p.id(), new EvaluationDraft(EvaluationKind.MID_TERM,
                "[Синтетические демо-данные] Среднесрочная оценка программы инклюзивного образования",
                "Вымышленное ТЗ: оценить программу по критериям ОЭСР/КСР на середине срока", consortium.id(), CriteriaTemplate.OECD_DAC,
                List.of(), List.of()), coordinator);
        for (KozomolPrincipal expert : panel) {
            boolean mitigated = expert != rapporteur;
            evaluations.addMember(e.id(), expert.id(), !mitigated);
            evaluations.declare(e.id(), expert, mitigated ? "В 2022 году консультировал(а) одну из пилотных школ (демо)" : "Связей нет (демо)");
            evaluations.decide(e.id(), expert.id(), 1, mitigated ? CoiDecision.MITIGATED : CoiDecision.CLEAR,
                    mitigated ? "Не оценивает пилотную школу, с которой работал(а) (демо)" : null, coordinator);
        }
        List<EvaluationCriterion> criteria = evaluations.criteria(e.id());
        for (KozomolPrincipal expert : panel) {
            String rating = expert == rapporteur ? "4" : "3";
            scoring.save(e.id(), expert, criteria.stream().map(c -> new ScoreInput(c.id(), rating,
                    "Синтетическое обоснование по критерию " + c.code() + ": данные мониторинга и интервью (демо)", null)).toList());
            scoring.submit(e.id(), expert);
        }
        scoring.consensus(e.id(), rapporteur, new ConsensusInput(criteria.stream().map(c -> new ConsensusInput.Agreed(c.id(), "4",
                "Согласованный вывод панели по критерию " + c.code() + " (демо)", null)).toList(), "4",
                "Охват курсами идёт по плану, но доступность школ отстаёт от цели вдвое (синтетический вывод)",
                evaluations.require(e.id()).version()));
        List<EvaluationRecommendation> recommendations = List.of(
                reports.addRecommendation(e.id(), "Заложить софинансирование ремонта школ в местные бюджеты (демо)",
                        "Мектептерди оңдоону жергиликтүү бюджеттерде кошо каржылоону караштыруу (демо)", coordinator),
                reports.addRecommendation(e.id(), "Ввести обязательный аудит доступности при приёмке ремонта (демо)",
                        "Оңдоону кабыл алууда жеткиликтүүлүк аудитин милдеттүү кылуу (демо)", coordinator));
        reports.advance(e.id(), reports.report(e.id()).version(), ReportStage.FACTUAL_REVIEW, null, coordinator);
        reports.advance(e.id(), reports.report(e.id()).version(), ReportStage.FINAL, reports.today().plusDays(30), coordinator);
        responses.respond(e.id(), recommendations.get(0).id(), new ResponseInput(Stance.AGREE, null, List.of(
                new ResponseInput.Line("Направить письмо в мэрии о софинансировании (демо)", "Управление школьного образования МОН",
                        reports.today().plusMonths(2).toString())), recommendations.get(0).version()), focal);
        responses.respond(e.id(), recommendations.get(1).id(), new ResponseInput(Stance.PARTIALLY_AGREE,
                "Аудит введём в пилотных областях, на всю страну — после оценки затрат (демо)", List.of(
                new ResponseInput.Line("Утвердить форму акта доступности (демо)", "Отдел инклюзивного образования МОН",
                        reports.today().plusMonths(4).toString())), recommendations.get(1).version()), focal);
        reports.advance(e.id(), reports.report(e.id()).version(), ReportStage.PUBLISHED, null, coordinator);
    }
}
