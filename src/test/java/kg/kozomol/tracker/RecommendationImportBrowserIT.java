package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The import pages in a browser, with axe-core on each: from the brief, a file with errors, then a good one. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationImportBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    TrackerScenario s;
    Brief brief;
    Path work;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        s = new TrackerScenario(context);
        long theme = s.inTransaction(() -> context.getBean(Themes.class)
                .create(new ThemeDraft("import-browser", "Доступная среда", null, null, true), false).id());
        brief = s.inTransaction(() -> {
            s.signIn(s.researcher);
            return context.getBean(Briefs.class).create(new BriefDraft(s.cso.id(), theme, "ru",
                    new Bilingual("Пандусы в школах", null), new Bilingual("<p>Кратко</p>", null), Bilingual.EMPTY,
                    new Methodology(Bilingual.EMPTY, null, null, null), List.of()), s.researcher, false);
        });
        work = Files.createTempDirectory("kozomol-import-browser");
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResearcherChecksAFileSeesItsProblemsThenImportsACorrectedOne() throws Exception {
        signIn();
        open("/briefs/" + brief.id());
        driver.findElement(By.cssSelector("a[href$='/recommendations/import']")).click();
        waitForText("Загрузка файла");
        browser.assertAccessible();

        Path bad = work.resolve("рекомендации.csv");
        Files.write(bad, ImportFiles.csv(';', List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body"),
                List.of("Оборудовать пандусы", "ru", "BUDGET", "Министерство магии"),
                List.of("Обучить учителей", "ru", "чудеса", s.lead.nameRu()))));
        upload(bad);
        waitForText("Файл не импортирован. Ошибок: 2");
        assertThat(main()).contains("Строка 2, lead_body: нет государственного органа «Министерство магии»")
                .contains("Строка 3, action_type: неизвестный вид мер «чудеса»");
        browser.assertAccessible();

        Path good = work.resolve("recommendations.xlsx");
        Files.write(good, ImportFiles.xlsx(List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body"),
                List.of("Оборудовать пандусы", "ru", "BUDGET", s.lead.nameRu()),
                List.of("Обучить учителей", "ru", "PRACTICE", s.lead.nameRu()))));
        upload(good);
        waitForText("Будет создано: 2, обновлено: 0, без изменений: 0.");
        browser.assertAccessible();
        browser.screenshot("recommendation-import-preview");
        driver.findElement(By.cssSelector("form[action$='/confirm'] button[type=submit]")).click();
        waitForText("Импорт завершён: новых — 2");
        browser.assertAccessible();
        assertThat(s.recommendations.allOfBrief(brief.id())).extracting(Recommendation::textRu)
                .containsExactly("Оборудовать пандусы", "Обучить учителей");

        open("/recommendations/import");
        waitForText("Пандусы в школах");
        browser.assertAccessible();
    }

    private void upload(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
    }

    private void signIn() {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(s.researcherAccount.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void waitForText(String text) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
