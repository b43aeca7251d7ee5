package kg.kozomol.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.PressKit;
import kg.kozomol.brief.PressKitDraft;
import kg.kozomol.brief.PressKits;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;

/** A press kit for the demo brief on alimony, so the public press kit page shows something. */
@Component
class DemoPressKits {

    static final String THEME = "alimony";

    private final PressKits kits;

    DemoPressKits(PressKits kits) {
        this.kits = kits;
    }

    void load(Map<String, Brief> published, UserAccount researcher, long csoId) {
        Brief brief = published.get(THEME);
        if (brief == null) {
            return;
        }
        List<Finding> findings = kits.findingsOf(brief.id());
        Long first = findings.isEmpty() ? null : findings.get(0).id();
        Long second = findings.size() < 2 ? null : findings.get(1).id();
        kits.save(brief.id(), null, new PressKitDraft(null,
                new Bilingual("[Синтетические демо-данные] По вымышленному опросу около трети детей получают алименты "
                        + "регулярно; в малых районах — реже. Записка предлагает меры по взысканию.",
                        "[Синтетикалык демо-маалымат] Ойдон чыгарылган сурамжылоо боюнча балдардын үчтөн бирине жакыны алиментти "
                                + "үзгүлтүксүз алат; чакан райондордо — сейрек."),
                new PressKit.Contact("Демо Пресс-Секретарь", "press@demo.kozomol.kg", "+996 312 000 000"),
                List.of(new PressKit.KeyFigure(new Bilingual("Получают алименты регулярно (демо)", "Алиментти үзгүлтүксүз алышат (демо)"),
                                new BigDecimal("33"), "%", first, true),
                        new PressKit.KeyFigure(new Bilingual("То же в малых районах (демо)", "Ошол эле чакан райондордо (демо)"),
                                new BigDecimal("41"), "%", second, true),
                        new PressKit.KeyFigure(new Bilingual("Опрошено домохозяйств (демо)", "Сурамжыланган үй чарбалары (демо)"),
                                new BigDecimal("400"), null, null, false)),
                List.of(new PressKit.Quote(new Bilingual("«Мы не знали, куда обращаться» — вымышленный респондент",
                                "«Кайда кайрыларыбызды билген эмеспиз» — ойдон чыгарылган респондент"), second),
                        new PressKit.Quote(Bilingual.EMPTY, first))),
                DemoAccounts.principal(researcher, csoId, Role.RESEARCHER));
    }
}
