package kg.kozomol.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** A researcher writes a brief, adds a finding with evidence, publishes, edits it again and compares versions. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;

    Browser browser;
    WebDriver driver;
    UserAccount researcher;
    Organisation cso;
    Theme theme;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        cso = fixtures.organisation(OrganisationKind.CSO);
        researcher = fixtures.user(Role.RESEARCHER, cso);
        theme = tx.execute(s -> context.getBean(Themes.class).create(
                new ThemeDraft("brief-browser", "Алименты", "Алимент", "Alimony", true), false));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void writesPublishesEditsAndComparesABriefWithEveryPageAccessible() {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(researcher.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));

        driver.findElement(By.cssSelector("nav.main-nav a[href$='/briefs']")).click();
        waitFor(By.cssSelector("h1"));
        browser.assertAccessible();

        open("/briefs/new");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("organisationId"))).selectByValue(Long.toString(cso.id()));
        new Select(driver.findElement(By.id("themeId"))).selectByValue(Long.toString(theme.id()));
        driver.findElement(By.id("titleRu")).sendKeys("Алименты: браузерная проверка");
        driver.findElement(By.id("titleKy")).sendKeys("Алимент: браузер текшерүүсү");
        driver.findElement(By.id("summaryRu")).sendKeys("<p>Дети получают выплаты редко.</p>");
        driver.findElement(By.id("sampleSize")).sendKeys("400");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        patiently(10).until(d -> d.getCurrentUrl().matches(".*/briefs/\\d+"));
        String briefUrl = driver.getCurrentUrl();
        String path = briefUrl.substring(briefUrl.indexOf("/briefs/"));
        browser.assertAccessible();

        driver.findElement(By.cssSelector("a[href$='/findings/new']")).click();
        waitFor(By.id("titleRu")).sendKeys("Выплаты получает треть детей");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitFor(By.cssSelector("a[href$='/evidence/new']")).click();
        waitFor(By.id("title"));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("kind"))).selectByValue("ESTIMATE");
        driver.findElement(By.id("title")).sendKeys("Доля получателей: 33%");
        driver.findElement(By.id("unweightedN")).sendKeys("120");
        driver.findElement(By.id("marginOfError")).sendKeys("7,8");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(waitFor(By.className("badge-warning")).getText()).contains("Ниже порога");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("form[action$='/status'] button")).click();
        patiently(10).until(d -> d.findElement(By.cssSelector(".notice--success")));
        driver.findElement(By.xpath("//form[contains(@action,'/status')][.//input[@value='PUBLISHED']]//button")).click();
        patiently(10)
                .until(d -> d.findElement(By.cssSelector(".notice--success")).getText().contains("опубликована"));
        browser.assertAccessible();

        open(path + "/edit");
        browser.assertAccessible();
        WebElement summary = driver.findElement(By.id("summaryRu"));
        summary.clear();
        summary.sendKeys("<p>Дети получают выплаты очень редко.</p>");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        patiently(10).until(d -> d.getCurrentUrl().endsWith(path));
        browser.assertAccessible();

        open(path + "/versions/diff?from=1&to=2");
        assertThat(driver.findElement(By.cssSelector(".diff ins")).getText()).contains("очень");
        browser.assertAccessible();
        open(path + "/versions/1");
        browser.assertAccessible();
        open("/briefs?status=PUBLISHED");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Алименты: браузерная проверка");
        browser.assertAccessible();

        open(path + "/press-kit");
        browser.assertAccessible();
        driver.findElement(By.id("summaryRu")).sendKeys("Кратко для прессы (синтетические данные).");
        driver.findElement(By.id("figures0.labelRu")).sendKeys("Получают алименты");
        driver.findElement(By.id("figures0.value")).sendKeys("33");
        driver.findElement(By.id("figures0.unit")).sendKeys("%");
        driver.findElement(By.id("figures0.inChart1")).click();
        driver.findElement(By.id("contactPhone")).sendKeys("позвоните");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(waitFor(By.className("error-summary")).getText()).contains("Проверьте номер телефона");
        browser.assertAccessible();
        driver.findElement(By.id("contactPhone")).clear();
        driver.findElement(By.id("contactPhone")).sendKeys("+996 312 123 456");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        patiently(10).until(d -> d.findElement(By.cssSelector(".notice--success")));
        browser.assertAccessible();
        open("/p" + path + "/press-kit");
        assertThat(waitFor(By.cssSelector("svg[role=img]")).getText()).contains("Получают алименты");
        browser.assertAccessible();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private WebElement waitFor(By locator) {
        return patiently(10).until(d -> d.findElement(locator));
    }

    /** Waits, ignoring elements of a page that is being replaced by the next one. */
    private WebDriverWait patiently(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
