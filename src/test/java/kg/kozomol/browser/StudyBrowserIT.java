package kg.kozomol.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
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

/**
 * A researcher designs a study and its sampling plan (the calculation follows the typing), invites a state body;
 * the body's focal point comments on a thin domain and endorses. Every page of the feature passes axe-core.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;

    Browser browser;
    ChromeDriver driver;
    UserAccount researcher;
    UserAccount focal;
    Organisation cso;
    Organisation body;
    Theme theme;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        cso = fixtures.organisation(OrganisationKind.CSO);
        researcher = fixtures.user(Role.RESEARCHER, cso);
        body = fixtures.organisation(OrganisationKind.STATE_BODY);
        focal = fixtures.user(Role.STATE_FOCAL_POINT, body);
        theme = tx.execute(s -> context.getBean(Themes.class).create(
                new ThemeDraft("study-browser", "Доступность школ", "Мектептердин жеткиликтүүлүгү", "School accessibility", true), false));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aStudyIsDesignedReviewedAndEndorsedWithEveryPageAccessible() throws Exception {
        login(researcher);
        driver.findElement(By.cssSelector("nav.main-nav a[href$='/studies']")).click();
        waitFor(By.cssSelector("h1"));
        browser.assertAccessible();

        open("/studies/new");
        browser.assertAccessible();
        submit();
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("organisationId"))).selectByValue(Long.toString(cso.id()));
        new Select(driver.findElement(By.id("themeId"))).selectByValue(Long.toString(theme.id()));
        driver.findElement(By.id("titleRu")).sendKeys("Школы Каракола: браузерная проверка");
        driver.findElement(By.cssSelector("input[name=methods][value=SITE_AUDIT]")).click();
        driver.findElement(By.cssSelector("input[name=methods][value=HOUSEHOLD_SURVEY]")).click();
        driver.findElement(By.cssSelector("input[name=oblasts][value=ISSYK_KUL]")).click();
        driver.findElement(By.id("instruments")).sendKeys("Анкета | https://example.org/anketa");
        submit();
        patiently(10).until(d -> d.getCurrentUrl().matches(".*/studies/\\d+/plan"));
        String planUrl = driver.getCurrentUrl();
        String path = planUrl.substring(planUrl.indexOf("/studies/"), planUrl.lastIndexOf("/plan"));
        browser.assertAccessible();

        // With htmx the calculation follows the typing, without pressing any button.
        driver.findElement(By.id("populationSize")).sendKeys("20000");
        patiently(10).until(d -> d.findElement(By.id("plan-results")).getText().contains("→ 377 единиц для отбора"));
        browser.assertAccessible();

        type("designEffect", "1,5");
        type("responseRate", "0,8");
        type("plannedSample", "1600");
        driver.findElement(By.id("domains[0].name")).sendKeys("Семьи с ребёнком с инвалидностью");
        driver.findElement(By.id("domains[0].share")).sendKeys("0,06");
        type("populationSize", "-5");
        driver.findElement(By.cssSelector("button[value=recalculate]")).click();
        assertThat(waitFor(By.className("error-summary")).getText())
                .contains("Размер совокупности (N): значение должно быть больше нуля");
        browser.assertAccessible();
        type("populationSize", "20000");
        driver.findElement(By.cssSelector("button[value=recalculate]")).click();
        patiently(10).until(d -> d.findElement(By.id("plan-results")).getText().contains("Ниже порога для политики"));
        browser.assertAccessible();
        driver.executeScript("document.getElementById('plan-results').scrollIntoView()");
        browser.screenshot("study-plan");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        noticeSays("План выборки сохранён");
        browser.assertAccessible();

        open(path + "/review");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("invite-body"))).selectByValue(Long.toString(body.id()));
        driver.findElement(By.cssSelector("form[action$='/reviewers'] button")).click();
        noticeSays("Приглашение отправлено");
        browser.assertAccessible();
        open(path);
        assertThat(driver.findElement(By.className("study-status")).getText()).contains("На рассмотрении госорганов");
        browser.assertAccessible();
        open(path + "/edit");
        browser.assertAccessible();
        logout();

        login(focal);
        open(path + "/review");
        new Select(driver.findElement(By.id("comment-item"))).selectByValue("DOMAIN:Семьи с ребёнком с инвалидностью");
        driver.findElement(By.id("comment-body")).sendKeys("Погрешность по этой группе слишком велика.");
        driver.findElement(By.cssSelector("#new-comment button")).click();
        noticeSays("Комментарий добавлен");
        assertThat(driver.findElement(By.id("comments")).getText()).contains("Домен: Семьи с ребёнком с инвалидностью");
        browser.assertAccessible();
        driver.findElement(By.id("decision-endorse")).click();
        driver.findElement(By.id("decision-note")).sendKeys("Письмо № 1");
        driver.findElement(By.cssSelector("form[action$='/decision'] button")).click();
        noticeSays("Вы одобрили");
        browser.assertAccessible();
        driver.executeScript("document.getElementById('endorsements').scrollIntoView()");
        browser.screenshot("study-review");
        open(path);
        assertThat(driver.findElement(By.id("endorsements")).getText()).contains("одобрено").contains(focal.fullName());
        assertThat(driver.findElement(By.className("study-status")).getText()).contains("Одобрено");
        browser.assertAccessible();
        open(path + "/plan");
        assertThat(driver.findElement(By.id("plan-results")).getText()).contains("Ниже порога для политики");
        browser.assertAccessible();

        // The same pages in Kyrgyz and English.
        for (String language : List.of("ky", "en")) {
            driver.findElement(By.cssSelector("button[value='" + language + "']")).click();
            patiently(10).until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String page : List.of("/studies", path, path + "/plan", path + "/review")) {
                open(page);
                browser.assertAccessible();
            }
        }
        driver.findElement(By.cssSelector("button[value='ru']")).click();
        patiently(10).until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private void login(UserAccount user) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    private void logout() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        patiently(10).until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Waits for the success notice of the next page (the previous page may show one too). */
    private void noticeSays(String text) {
        patiently(10).until(d -> d.findElement(By.cssSelector(".notice--success")).getText().contains(text));
    }

    private void submit() {
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
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
