package kg.kozomol.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Anchor;
import kg.kozomol.study.CommentItem;
import kg.kozomol.study.Decision;
import kg.kozomol.study.Instrument;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Reviewer;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyComment;
import kg.kozomol.study.StudyComments;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.study.StudyPlans;
import kg.kozomol.study.StudyReviews;
import kg.kozomol.study.sampling.Allocation;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.Estimate;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;

/**
 * One synthetic study under early review: school accessibility in Karakol and two neighbouring districts, a plan
 * stratified by district with a thin domain the policy-grade check flags, endorsed by the Ministry of Education and
 * commented on by the Ministry of Justice, whose comment the CSO has answered.
 */
@Component
class DemoStudies {

    static final String DOMAIN = "Семьи с ребёнком с инвалидностью";

    private final Studies studies;
    private final StudyPlans plans;
    private final StudyReviews reviews;
    private final StudyComments comments;
    private final Themes themes;
    private final UserAccounts users;

    DemoStudies(Studies studies, StudyPlans plans, StudyReviews reviews, StudyComments comments, Themes themes, UserAccounts users) {
        this.studies = studies;
        this.plans = plans;
        this.reviews = reviews;
        this.comments = comments;
        this.themes = themes;
        this.users = users;
    }

    /**
     * @param bodies the demo state bodies by key
     * @param focalPoints a focal-point account per body key; one is made for the Ministry of Education if missing
     */
    Study load(UserAccount researcher, long csoId, Map<String, Organisation> bodies, Map<String, UserAccount> focalPoints) {
        KozomolPrincipal author = DemoAccounts.principal(researcher, csoId, Role.RESEARCHER);
        Organisation education = bodies.get("mineducation");
        Organisation justice = bodies.get("minjust");
        UserAccount educationFocal = focalPoints.computeIfAbsent("mineducation", k -> users.createActive(
                "focal.mineducation@demo.kozomol.kg", "Демо-контакт МОН", DemoAccounts.PASSWORD,
                List.of(new Membership(education.id(), Role.STATE_FOCAL_POINT)), true));
        try {
            LocalDate start = LocalDate.now().plusMonths(2).withDayOfMonth(1);
            Study study = DemoAccounts.as(author, () -> studies.create(new StudyDraft(csoId,
                    themes.findByCode("karakol-school-accessibility").orElseThrow().id(),
                    "[Синтетические демо-данные] Доступность школ Каракола и соседних районов для детей с инвалидностью",
                    "[Синтетикалык демо-маалымат] Каракол жана коңшу райондордун мектептеринин мүмкүнчүлүгү чектелген балдар үчүн жеткиликтүүлүгү",
                    "Вымышленный пример. Оценить долю школ с доступным входом, дверями и туалетом и долю семей, чьи дети "
                            + "с инвалидностью не посещают школу из-за барьеров; дать Минобразования и мэрии основу для плана ремонтов.",
                    List.of(StudyMethod.SITE_AUDIT, StudyMethod.HOUSEHOLD_SURVEY, StudyMethod.IN_DEPTH_INTERVIEWS),
                    "Домохозяйства с детьми школьного возраста в г. Каракол, Ак-Суйском и Джети-Огузском районах (условные данные)",
                    List.of(Oblast.ISSYK_KUL), start, start.plusMonths(4).minusDays(1),
                    List.of(new Instrument("Чек-лист аудита школы (демо)", "https://example.org/demo/school-audit"),
                            new Instrument("Анкета домохозяйства (демо)", "https://example.org/demo/household"),
                            new Instrument("Гайд интервью с родителями (демо)", "https://example.org/demo/idi")),
                    "Устное информированное согласие с записью в анкете; отдельное согласие на аудиозапись и цитирование; "
                            + "имена и ПИН не записываются (Закон КР № 58, Постановление № 759).", Map.of()), author, true));
            DemoAccounts.as(author, () -> plans.save(study.id(), null, plan()));
            DemoAccounts.as(author, () -> reviews.inviteBody(study.id(), education.id(), author));
            DemoAccounts.as(author, () -> reviews.inviteBody(study.id(), justice.id(), author));
            int revision = studies.require(study.id()).revision();
            KozomolPrincipal educationPoint = DemoAccounts.principal(educationFocal, education.id(), Role.STATE_FOCAL_POINT);
            Reviewer educationReview = reviews.reviewers(study.id()).stream()
                    .filter(r -> r.organisationId() != null && r.organisationId() == education.id()).findFirst().orElseThrow();
            DemoAccounts.as(educationPoint, () -> reviews.decide(study.id(), educationReview.id(), revision, Decision.ENDORSED,
                    "Условное письмо № 00-0/000 (демо)", educationPoint));
            UserAccount justiceFocal = focalPoints.get("minjust");
            if (justiceFocal != null) {
                KozomolPrincipal justicePoint = DemoAccounts.principal(justiceFocal, justice.id(), Role.STATE_FOCAL_POINT);
                StudyComment remark = DemoAccounts.as(justicePoint, () -> comments.add(study.id(), new CommentItem(Anchor.DOMAIN, DOMAIN), null,
                        "Для решений по финансированию нужна точность и по этой группе: сейчас погрешность около ±13 п. п.",
                        justicePoint));
                DemoAccounts.as(author, () -> comments.add(study.id(), null, remark.id(),
                        "Согласны: добавим дополнительную выборку семей через реестр социальной защиты (демо-ответ).", author));
            }
            return study;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 20,000 households, three districts, 40 schools × 40 households; the thin domain is flagged. */
    private static SamplingPlan plan() {
        return new SamplingPlan(Estimate.PROPORTION, 20_000L, 0.5, null, ConfidenceLevel.P95, 5.0, 1.5, 0.8,
                Allocation.PROPORTIONAL, 1_600L,
                List.of(new Stratum("г. Каракол", 6_000L, null), new Stratum("Ак-Суйский район", 9_000L, null),
                        new Stratum("Джети-Огузский район", 5_000L, null)),
                List.of(new Stage("Школа", 40L), new Stage("Домохозяйство в округе школы", 40L)),
                List.of(new Domain("г. Каракол", null, null, "г. Каракол"), new Domain("Ак-Суйский район", null, null, "Ак-Суйский район"),
                        new Domain("Джети-Огузский район", null, null, "Джети-Огузский район"), new Domain(DOMAIN, 0.06, null, null)));
    }
}
