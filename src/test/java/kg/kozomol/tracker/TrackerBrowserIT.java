package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The whole loop in a browser, with axe-core on every page: CSO releases, body responds and reports, CSO assesses. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackerBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    Organisation cso;
    Organisation body;
    UserAccount researcher;
    UserAccount focal;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        cso = fixtures.organisation(OrganisationKind.CSO);
        body = fixtures.organisation(OrganisationKind.STATE_BODY);
        researcher = fixtures.user(Role.RESEARCHER, cso);
        focal = fixtures.user(Role.STATE_FOCAL_POINT, body);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void csoReleasesBodyRespondsAndReportsCsoAssessesAndTheTimelineShowsBoth() throws Exception {
        signIn(researcher);
        open("/recommendations/new");
        browser.assertAccessible();
        driver.findElement(By.id("briefId")).sendKeys("7");
        driver.findElement(By.id("textRu")).sendKeys("Взыскивать алименты через единый реестр должников (синтетические данные).");
        new Select(driver.findElement(By.id("actionType"))).selectByValue("BYLAW");
        new Select(driver.findElement(By.id("leadAddresseeId"))).selectByValue(Long.toString(body.id()));
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForH1("Рекомендация R");
        browser.assertAccessible();
        String page = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("form[action$='/release'] button")).click();
        waitForText("Рекомендация направлена органам");
        open("/recommendations");
        browser.assertAccessible();

        signIn(focal);
        open("/tracker/inbox");
        browser.assertAccessible();
        driver.get(page);
        driver.findElement(By.cssSelector("a[href*='/position']")).click();
        waitForH1("Позиция по рекомендации");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("position"))).selectByValue("ACCEPTED");
        driver.findElement(By.id("letterNumber")).sendKeys("07-1/55");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForText("Черновик позиции сохранён");
        driver.findElement(By.cssSelector("form[action*='/positions/'] button")).click();
        waitForText("Позиция направлена.");
        driver.findElement(By.cssSelector("a[href$='/progress']")).click();
        waitForH1("Ход исполнения");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("completion"))).selectByValue("COMPLETE");
        driver.findElement(By.id("text")).sendKeys("Реестр запущен");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForText("Сведения о ходе исполнения добавлены.");
        browser.assertAccessible();

        signIn(researcher);
        driver.get(page);
        driver.findElement(By.cssSelector("a[href$='/assessment']")).click();
        waitForH1("Независимая оценка");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("completion"))).selectByValue("LIMITED");
        driver.findElement(By.id("method")).sendKeys("Запросы в суды и интервью");
        new Select(driver.findElement(By.id("confidence"))).selectByValue("MEDIUM");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForText("Оценка добавлена.");
        String text = waiting().until(d -> {
            String main = d.findElement(By.tagName("main")).getText();
            return main.contains("оценки расходятся") ? main : null;
        });
        assertThat(text).contains("Реестр запущен").contains("Запросы в суды и интервью").contains("оценки расходятся");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href$='/deadline']")).click();
        waitForH1("Изменение срока ответа");
        browser.assertAccessible();
    }

    @Test
    void theCoordinatorDashboardAndTheFollowsPageAreAccessibleInEveryLanguage() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        UserAccount coordinator = fixtures.user(Role.COORDINATOR, fixtures.organisation(OrganisationKind.COORDINATOR));
        Recommendations recommendations = context.getBean(Recommendations.class);
        Recommendation r = context.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(tx -> {
            Recommendation created = recommendations.create(new RecommendationDraft(9, 1, cso.id(),
                    "Синтетическая рекомендация для сводки.", null, "ru", null, ActionType.DATA, Priority.LOW,
                    recommendations.today().minusDays(3), body.id(), java.util.List.of(), java.util.List.of()));
            return recommendations.release(created.id(), created.version());
        });
        fixtures.jdbc().sql("update addressee set due_date = :d where recommendation_id = :id")
                .param("d", recommendations.today().minusDays(2)).param("id", r.id()).update();
        context.getBean(Followers.class).follow(coordinator.id(), FollowKind.BODY, body.id());
        context.getBean(Followers.class).follow(coordinator.id(), r.id());

        signIn(coordinator);
        open("/tracker/dashboard");
        waitForH1("Сводка по рекомендациям");
        assertThat(driver.findElement(By.id("response-overdue")).getText()).contains(r.reference());
        browser.assertAccessible();
        browser.screenshot("tracker-dashboard");
        for (String language : java.util.List.of("ky", "en")) {
            driver.findElement(By.cssSelector("form.lang-switch button[value=" + language + "]")).click();
            waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals(language));
            browser.assertAccessible();
        }
        open("/tracker/follows");
        waitForH1("What I follow");
        browser.assertAccessible();
        open("/recommendations?body=" + body.id());
        waitForText("Unfollow this body");
        browser.assertAccessible();
    }

    private void signIn(UserAccount user) {
        open("/");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** A page being replaced by the next one makes elements stale for a moment; keep waiting. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        // Chromium also reports a node of the page being replaced as "not in the document".
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    private void waitForH1(String start) {
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().startsWith(start));
    }

    private void waitForText(String text) {
        waiting().until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }
}
