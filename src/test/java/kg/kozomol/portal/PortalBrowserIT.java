package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.PressKit;
import kg.kozomol.brief.PressKitDraft;
import kg.kozomol.brief.PressKits;
import kg.kozomol.support.Browser;
import kg.kozomol.support.KozomolServerTest;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;

/** A visitor without an account filters the tracker and opens a recommendation; axe-core on every public page. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    PortalWorld world;
    Brief brief;
    Recommendation toLead;
    Recommendation toSupporting;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        world = new PortalWorld(context);
        brief = world.draftBrief("Доступность школ Каракола для детей с инвалидностью (синтетические данные)",
                "Каракол мектептеринин жеткиликтүүлүгү (синтетикалык маалыматтар)",
                "<p>Обследованы 20 школ: пандусы есть в трёх, доступные туалеты — в одной.</p>");
        Finding ramps = world.finding(brief, "Пандусов почти нет", "<p>Только 3 из 20 школ оборудованы пандусами.</p>");
        world.estimate(brief, ramps, "Доля школ с пандусом: 15%", 20, "15.6");
        brief = world.publish(brief);
        toLead = world.release(world.draftRecommendation(brief, "Оборудовать пандусами все школы Каракола до конца 2027 года",
                "2027-жылдын аягына чейин Каракол шаарынын бардык мектептерин пандустар менен жабдуу", List.of(ramps.id())));
        world.answer(toLead, world.lead, Position.ACCEPTED, null);
        world.progress(toLead, world.lead, Completion.COMPLETE, "Пандусы установлены в 12 школах");
        world.assess(toLead, world.lead, Completion.LIMITED, "Выезд в 20 школ, фотофиксация");
        world.answer(toLead, world.supporting, Position.PARTIALLY_ACCEPTED, "Финансирование — в бюджете следующего года");
        toSupporting = world.released(brief, "Переоборудовать туалеты в школах для детей на колясках");
        world.as(world.researcher, () -> context.getBean(PressKits.class).save(brief.id(), null, new PressKitDraft(null,
                new Bilingual("Пандусы есть в трёх школах из двадцати (синтетические данные).", "Жыйырма мектептин үчөөндө пандус бар."),
                new PressKit.Contact("Пресс-служба (синтетическая)", "press@example.org", "+996 312 123 456"),
                List.of(new PressKit.KeyFigure(new Bilingual("Школы с пандусом", "Пандусу бар мектептер"), new BigDecimal("15"), "%",
                        ramps.id(), true), new PressKit.KeyFigure(new Bilingual("Школы с доступным туалетом", null),
                        new BigDecimal("5"), "%", null, true)),
                List.of(new PressKit.Quote(new Bilingual("Пандусов почти нет", "Пандустар дээрлик жок"), ramps.id()))),
                world.researcher));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aVisitorFiltersTheTrackerOpensARecommendationAndEveryPublicPagePassesAxe() throws Exception {
        open("/");
        browser.assertAccessible();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Доступность школ Каракола");
        browser.screenshot("portal-home");

        open("/p/recommendations");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("body"))).selectByValue(Long.toString(world.supporting.id()));
        new Select(driver.findElement(By.id("position"))).selectByValue("PARTIALLY_ACCEPTED");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("position=PARTIALLY_ACCEPTED"));
        assertThat(driver.getCurrentUrl()).contains("body=" + world.supporting.id());
        List<String> shown = driver.findElements(By.cssSelector("table.tracker-table a.reference")).stream()
                .map(e -> e.getText()).toList();
        assertThat(shown).containsExactly(toLead.reference());
        browser.assertAccessible();
        browser.screenshot("portal-tracker");

        driver.findElement(By.cssSelector("table.tracker-table a.reference")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Рекомендация " + toLead.reference()));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Пандусы установлены в 12 школах").contains("Выезд в 20 школ").contains("оценки расходятся")
                .contains("Пандусов почти нет").contains("Доля школ с пандусом");
        browser.assertAccessible();
        browser.screenshot("portal-recommendation");

        driver.findElement(By.cssSelector("dl.details a[href^='/p/briefs/']")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Доступность школ Каракола"));
        browser.assertAccessible();
        browser.screenshot("portal-brief");

        open(new PublicOrganisation(world.lead.id(), new PublicName(world.lead.nameRu(), null, null)).path());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(world.lead.nameRu());
        browser.assertAccessible();
        browser.screenshot("portal-body");

        open("/p/themes/" + world.theme.id());
        browser.assertAccessible();

        open("/");
        driver.findElement(By.id("home-search")).sendKeys("мектептерин", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/p/search"));
        assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        browser.assertAccessible();
        browser.screenshot("portal-search");

        for (String path : List.of("/p/briefs", "/p/bodies", "/p/themes", "/p/search", "/p/search?q=Каракало", "/p/nothing",
                "/p/data", "/p/uptake", "/p/uptake?year=2026", "/p/briefs/" + brief.id() + "/press-kit")) {
            open(path);
            browser.assertAccessible();
        }
    }

    @Test
    void thePublicPagesPassAxeInKyrgyzAndEnglishToo() {
        for (String language : List.of("ky", "en")) {
            open("/");
            driver.findElement(By.cssSelector("button[value='" + language + "']")).click();
            waiting().until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String path : List.of("/", "/p/recommendations", "/p/recommendations/" + toLead.id(), "/p/briefs/" + brief.id(),
                    "/p/bodies", "/p/bodies/" + world.lead.id(), "/p/themes/" + world.theme.id(), "/p/search?q=мектеп", "/p/uptake",
                    "/p/data", "/p/briefs/" + brief.id() + "/press-kit")) {
                open(path);
                browser.assertAccessible();
            }
        }
        open("/");
        driver.findElement(By.cssSelector("button[value='ru']")).click();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }
}
