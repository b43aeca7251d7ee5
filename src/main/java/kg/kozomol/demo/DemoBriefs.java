package kg.kozomol.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.FindingDraft;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.Methodology;
import kg.kozomol.brief.NewEvidence;
import kg.kozomol.brief.Precision;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** One published, clearly synthetic brief per demo theme, each with two findings and their evidence. */
@Component
class DemoBriefs {

    private static final String MARK_RU = "[Синтетические демо-данные] ";
    private static final String MARK_KY = "[Синтетикалык демо-маалымат] ";

    private record Topic(String themeCode, String ru, String ky) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic("green-skills-migration", "Зелёные навыки у трудовых мигрантов", "Эмгек мигранттарынын жашыл көндүмдөрү"),
            new Topic("karakol-school-accessibility", "Пандусы и двери школ Каракола", "Каракол мектептеринин пандустары жана эшиктери"),
            new Topic("unscr-1325", "Женщины в местной безопасности", "Жергиликтүү коопсуздуктагы аялдар"),
            new Topic("talas-social-contract", "Социальный контракт в Таласе: первые итоги", "Таластагы социалдык келишим: алгачкы жыйынтыктар"),
            new Topic("inclusive-environment", "Доступность государственных услуг", "Мамлекеттик кызматтардын жеткиликтүүлүгү"),
            new Topic("women-probation", "Женщины на пробации: консультации и работа", "Пробациядагы аялдар: кеңеш жана жумуш"),
            new Topic("alimony", "Алименты: как часто дети их получают", "Алимент: балдар аны канчалык көп алышат"));

    private final Briefs briefs;
    private final Findings findings;
    private final Themes themes;

    DemoBriefs(Briefs briefs, Findings findings, Themes themes) {
        this.briefs = briefs;
        this.findings = findings;
        this.themes = themes;
    }

    /** @return the published briefs by their theme's code */
    Map<String, Brief> load(UserAccount researcher, long csoId) {
        KozomolPrincipal author = DemoAccounts.principal(researcher, csoId, Role.RESEARCHER);
        Map<String, Brief> published = new LinkedHashMap<>();
        for (Topic topic : TOPICS) {
            long themeId = themes.findByCode(topic.themeCode()).orElseThrow().id();
            Brief brief = briefs.create(new BriefDraft(csoId, themeId, "ru", new Bilingual(MARK_RU + topic.ru(), MARK_KY + topic.ky()),
                    new Bilingual("<p>Вымышленный пример для демонстрации платформы; цифры не описывают реальных людей.</p>",
                            "<p>Платформаны көрсөтүү үчүн ойдон чыгарылган мисал; сандар чыныгы адамдарды сүрөттөбөйт.</p>"),
                    new Bilingual("<p>Условная проблема для демонстрации.</p>", "<p>Көрсөтүү үчүн шарттуу көйгөй.</p>"),
                    new Methodology(new Bilingual("<p>Условный опрос и интервью.</p>", "<p>Шарттуу сурамжылоо жана маек.</p>"),
                            "Демо-исследование (вымышленное)", 400, "Условная выборка домохозяйств"),
                    List.of(researcher.id())), author, true);
            Finding precise = findings.add(brief.id(), new FindingDraft(new Bilingual("Условная доля составляет около трети",
                    "Шарттуу үлүш болжол менен үчтөн бир"), new Bilingual("<p>Оценка по демо-опросу.</p>", "<p>Демо-сурамжылоо боюнча баа.</p>")));
            findings.attach(brief.id(), precise.id(), new NewEvidence(csoId, EvidenceKind.ESTIMATE, "Доля (демо): 33%",
                    "Синтетическая оценка", null, null, "Демо-опрос, таблица 1",
                    new Precision(400, new BigDecimal("4.9"), new BigDecimal("1.5"))));
            Finding rough = findings.add(brief.id(), new FindingDraft(new Bilingual("В малых районах картина неясна",
                    "Чакан райондордо абал түшүнүксүз"), Bilingual.EMPTY));
            findings.attach(brief.id(), rough.id(), new NewEvidence(csoId, EvidenceKind.ESTIMATE, "Доля в малых районах (демо): 41%",
                    "Синтетическая оценка по малой подвыборке", null, null, "Демо-опрос, таблица 2",
                    new Precision(120, new BigDecimal("7.8"), new BigDecimal("1.5"))));
            findings.attach(brief.id(), rough.id(), new NewEvidence(csoId, EvidenceKind.QUOTE, "Цитата (вымышленная)",
                    "«Мы не знали, куда обращаться» — вымышленный респондент", null, null, "Демо-интервью", null));
            Brief reviewed = briefs.move(brief.id(), briefs.require(brief.id()).version(), BriefStatus.INTERNAL_REVIEW);
            published.put(topic.themeCode(), briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED));
        }
        return published;
    }
}
