package kg.kozomol.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.brief.Brief;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.notify.Notice;
import kg.kozomol.notify.Notifications;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Study;

/**
 * Loads the synthetic demo on the first start of the dev profile. It runs once: a later start finds the
 * demo organisations and leaves everything as the user left it.
 */
@Component
@ConditionalOnProperty(name = "kozomol.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Organisations organisations;
    private final UserAccounts users;
    private final Themes themes;
    private final Notifications notifications;
    private final DemoBriefs briefs;
    private final DemoPressKits pressKits;
    private final DemoRecommendations recommendations;
    private final DemoMeetings meetings;
    private final DemoStudies studies;
    private final DemoAnalyses analyses;
    private final DemoProgrammes programmes;
    private final DemoQual qual;
    private final DemoRounds rounds;

    DemoData(JdbcClient jdbc, TransactionTemplate transaction, Organisations organisations, UserAccounts users,
            Themes themes, Notifications notifications, DemoBriefs briefs, DemoRecommendations recommendations,
            DemoMeetings meetings, DemoStudies studies, DemoAnalyses analyses, DemoPressKits pressKits,
            DemoProgrammes programmes, DemoQual qual, DemoRounds rounds) {
        this.programmes = programmes;
        this.qual = qual;
        this.rounds = rounds;
        this.studies = studies;
        this.analyses = analyses;
        this.pressKits = pressKits;
        this.recommendations = recommendations;
        this.briefs = briefs;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.users = users;
        this.themes = themes;
        this.notifications = notifications;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from organisation where demo)").query(Boolean.class).single();
        if (loaded) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded synthetic demo data; demo logins are listed in the README");
    }

    private void load() {
        Map<String, Organisation> byKey = new HashMap<>();
        Organisation minjust = org(byKey, "minjust", OrganisationKind.STATE_BODY, "Министерство юстиции Кыргызской Республики",
                "Кыргыз Республикасынын Юстиция министрлиги", "Ministry of Justice of the Kyrgyz Republic", "Минюст", null);
        org(byKey, "institute", OrganisationKind.STATE_BODY, "Институт нормотворчества и верховенства права при Минюсте",
                "Юстиция министрлигине караштуу Ченем жаратуу жана укук үстөмдүгү институту",
                "Institute of Norm-making and Rule of Law under the Ministry of Justice", "ИНВП", minjust.id());
        org(byKey, "mineconomy", OrganisationKind.STATE_BODY, "Министерство экономики и коммерции Кыргызской Республики",
                "Кыргыз Республикасынын Экономика жана коммерция министрлиги", "Ministry of Economy and Commerce", "МЭК", null);
        org(byKey, "minlabour", OrganisationKind.STATE_BODY, "Министерство труда, социального обеспечения и миграции",
                "Эмгек, социалдык камсыздоо жана миграция министрлиги", "Ministry of Labour, Social Security and Migration", "МТСОМ", null);
        org(byKey, "mineducation", OrganisationKind.STATE_BODY, "Министерство образования и науки Кыргызской Республики",
                "Кыргыз Республикасынын Билим берүү жана илим министрлиги", "Ministry of Education and Science", "МОН", null);
        org(byKey, "mininterior", OrganisationKind.STATE_BODY, "Министерство внутренних дел (служба пробации)",
                "Ички иштер министрлиги (пробация кызматы)", "Ministry of Internal Affairs (probation service)", "МВД", null);
        org(byKey, "ombudsman", OrganisationKind.STATE_BODY, "Институт Акыйкатчы (Омбудсмена) Кыргызской Республики",
                "Кыргыз Республикасынын Акыйкатчысы (Омбудсмени)", "Ombudsman (Akyikatchy) of the Kyrgyz Republic", "Акыйкатчы", null);
        org(byKey, "parliament", OrganisationKind.STATE_BODY, "Жогорку Кенеш Кыргызской Республики",
                "Кыргыз Республикасынын Жогорку Кеңеши", "Jogorku Kenesh (Parliament)", "ЖК", null);
        org(byKey, "karakol", OrganisationKind.STATE_BODY, "Мэрия города Каракол", "Каракол шаарынын мэриясы",
                "Karakol City Hall", "Мэрия Каракола", null);
        org(byKey, "talas", OrganisationKind.STATE_BODY, "Аппарат полномочного представителя в Таласской области",
                "Талас облусундагы ыйгарым укуктуу өкүлдүн аппараты", "Office of the Plenipotentiary in Talas Oblast", "Талас", null);
        org(byKey, "cso-law", OrganisationKind.CSO, "Демо-ОО «Право и развитие» (вымышленная)",
                "Демо-КБ «Укук жана өнүгүү» (ойдон чыгарылган)", "Demo NGO “Law and Development” (fictitious)", "ДЕМО-ПиР", null);
        org(byKey, "cso-inclusion", OrganisationKind.CSO, "Демо-ОО «Доступная среда» (вымышленная)",
                "Демо-КБ «Жеткиликтүү чөйрө» (ойдон чыгарылган)", "Demo NGO “Accessible Environment” (fictitious)", "ДЕМО-ДС", null);
        org(byKey, "think-tank", OrganisationKind.CSO, "Демо-аналитический центр «Данные для политики» (вымышленный)",
                "Демо-аналитикалык борбор «Саясат үчүн маалымат» (ойдон чыгарылган)", "Demo think-tank “Data for Policy” (fictitious)", "ДЕМО-ДдП", null);
        org(byKey, "experts", OrganisationKind.EXPERT_GROUP, "Демо-группа независимых экспертов (вымышленная)",
                "Көз карандысыз эксперттердин демо-тобу (ойдон чыгарылган)", "Demo independent expert group (fictitious)", "ДЕМО-Эксперты", null);
        org(byKey, "coordinator", OrganisationKind.COORDINATOR, "Демо-консорциум программы «Мониторинг правосудия» (вымышленный)",
                "«Сот адилеттигинин мониторинги» программасынын демо-консорциуму (ойдон чыгарылган)",
                "Demo consortium of the Justice Monitoring programme (fictitious)", "ДЕМО-Консорциум", null);

        theme("green-skills-migration", "Зелёные навыки и трудовая миграция", "Жашыл көндүмдөр жана эмгек миграциясы",
                "Green skills and labour migration");
        theme("karakol-school-accessibility", "Доступность школ Каракола для лиц с инвалидностью",
                "Каракол мектептеринин мүмкүнчүлүгү чектелген адамдар үчүн жеткиликтүүлүгү",
                "Accessibility of schools in Karakol for people with disabilities");
        theme("unscr-1325", "Гендерная безопасность и резолюция СБ ООН 1325", "Гендердик коопсуздук жана БУУ КК 1325-резолюциясы",
                "Gender security and UNSCR 1325");
        theme("talas-social-contract", "Эффективность социального контракта в Таласской области",
                "Талас облусундагы социалдык келишимдин натыйжалуулугу", "Effectiveness of the social contract in Talas oblast");
        theme("inclusive-environment", "Инклюзивность и доступная среда для лиц с инвалидностью",
                "Мүмкүнчүлүгү чектелген адамдар үчүн инклюзивдүүлүк жана жеткиликтүү чөйрө",
                "Inclusivity and an accessible environment for persons with disabilities");
        theme("women-probation", "Права женщин в системе пробации", "Пробация системасындагы аялдардын укуктары",
                "Women's rights in the probation system");
        theme("alimony", "Алименты как механизм защиты детей", "Алимент балдарды коргоонун механизми катары",
                "Alimony as a child-protection mechanism");

        UserAccount briefAuthor = null;
        long briefOrganisation = 0;
        Map<String, UserAccount> focalPoints = new HashMap<>();
        Map<Role, UserAccount> byRole = new EnumMap<>(Role.class);
        Map<String, Brief> published = Map.of();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            Organisation organisation = byKey.get(account.organisationKey());
            UserAccount user = users.createActive(account.email(), account.fullName(), DemoAccounts.PASSWORD,
                    List.of(new Membership(organisation.id(), account.role())), true);
            byRole.put(account.role(), user);
            notifications.notify(new Notice(user.id(), null, "ru", "demo.notice.welcome", List.of(account.fullName()), "/account"));
            if (account.role() == Role.STATE_FOCAL_POINT) {
                focalPoints.put(account.organisationKey(), user);
            }
            if (briefAuthor == null && account.role() == Role.RESEARCHER
                    && organisation.kind() == OrganisationKind.CSO) {
                briefAuthor = user;
                briefOrganisation = organisation.id();
            }
        }
        if (briefAuthor != null) {
            published = briefs.load(briefAuthor, briefOrganisation);
            Map<String, Organisation> stateBodies = new HashMap<>(byKey);
            stateBodies.values().removeIf(o -> o.kind() != OrganisationKind.STATE_BODY);
            recommendations.load(published, stateBodies, briefAuthor, briefOrganisation, focalPoints);
            meetings.load(byKey, byRole, published);
            Study study = studies.load(briefAuthor, briefOrganisation, stateBodies, focalPoints);
            analyses.load(briefAuthor, study);
            qual.load(briefAuthor, study, published.get("karakol-school-accessibility"));
            pressKits.load(published, briefAuthor, briefOrganisation);
        }
        DemoProgrammes.Tracked entrance = programmes.load(byKey, byRole, focalPoints);
        if (briefAuthor != null) {
            rounds.load(briefAuthor, briefOrganisation, published.get("karakol-school-accessibility"), entrance);
        }
    }

    private Organisation org(Map<String, Organisation> byKey, String key, OrganisationKind kind, String ru, String ky, String en,
            String shortName, Long parentId) {
        Organisation created = organisations.create(new OrganisationDraft(kind, ru, ky, en, shortName, null, null, parentId, true), true);
        byKey.put(key, created);
        return created;
    }

    private void theme(String code, String ru, String ky, String en) {
        themes.create(new ThemeDraft(code, ru, ky, en, true), true);
    }
}
