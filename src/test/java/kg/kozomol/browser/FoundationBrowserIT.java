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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.notify.Notice;
import kg.kozomol.notify.Notifications;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The foundation in a real browser: keyboard login, language switch, and axe-core on every page. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundationBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;

    Browser browser;
    WebDriver driver;
    UserAccount admin;
    Organisation stateBody;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        stateBody = fixtures.organisation(OrganisationKind.STATE_BODY);
        admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationKind.COORDINATOR));
        fixtures.user(Role.STATE_FOCAL_POINT, stateBody);
        tx.executeWithoutResult(s -> {
            context.getBean(Themes.class).create(new ThemeDraft("alimony", "Алименты", "Алимент", "Alimony", true), false);
            context.getBean(Notifications.class).notify(new Notice(admin.id(), admin.email(), "ru", "demo.notice.welcome",
                    List.of("Админ"), "/account"));
        });
    }

    /** Each test starts signed out, with a fresh session. */
    @org.junit.jupiter.api.BeforeEach
    void signOut() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void logsInWithTheKeyboardSwitchesLanguageAndEveryPagePassesAxe() throws Exception {
        open("/");
        browser.assertAccessible();
        browser.screenshot("home");
        open("/password/forgot");
        browser.assertAccessible();
        driver.findElement(By.id("email")).sendKeys("nobody", Keys.ENTER);
        waitFor(By.className("error-summary"));
        browser.assertAccessible();

        open("/login");
        browser.assertAccessible();
        browser.screenshot("login");
        driver.findElement(By.id("email")).sendKeys(admin.email());
        driver.findElement(By.id("password")).sendKeys("wrong password", Keys.ENTER);
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        driver.findElement(By.id("email")).sendKeys(admin.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Здравствуйте");
        browser.assertAccessible();
        browser.screenshot("dashboard");

        driver.findElement(By.cssSelector("button[value='ky']")).click();
        patiently(10).until(d -> "ky".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Саламатсызбы");
        browser.assertAccessible();
        for (String path : adminPages()) {
            open(path);
            browser.assertAccessible();
        }
        driver.findElement(By.cssSelector("button[value='en']")).click();
        patiently(10).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        for (String path : adminPages()) {
            open(path);
            browser.assertAccessible();
        }
        driver.findElement(By.cssSelector("button[value='ru']")).click();
        patiently(10).until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        for (String path : adminPages()) {
            open(path);
            browser.assertAccessible();
            if (path.equals("/admin/users")) {
                browser.screenshot("admin-users");
            }
            if (path.equals("/admin/audit")) {
                browser.screenshot("audit-log");
            }
        }
    }

    @Test
    void formErrorsAreSummarisedLinkedAndAccessible() throws Exception {
        loginAsAdmin();
        open("/admin/users/new");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement summary = waitFor(By.className("error-summary"));
        browser.assertAccessible();
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        summary.findElement(By.cssSelector("a[href='#email']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
        browser.screenshot("invite-errors");

        open("/admin/organisations/new");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        open("/account");
        driver.findElement(By.id("current")).sendKeys("x");
        driver.findElement(By.id("password")).sendKeys("short", Keys.ENTER);
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        open("/admin/audit?from=bad-date");
        browser.assertAccessible();
        open("/no/such/page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Страница не найдена");
        browser.assertAccessible();
    }

    @Test
    void anInvitedUserActivatesTheAccountInTheBrowser() throws Exception {
        loginAsAdmin();
        open("/admin/users/new");
        driver.findElement(By.id("email")).sendKeys("browser.invite@test.kozomol.kg");
        driver.findElement(By.id("fullName")).sendKeys("Браузер Приглашённый");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("organisationId")))
                .selectByValue(Long.toString(stateBody.id()));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue("STATE_FOCAL_POINT");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        patiently(10).until(d -> d.getCurrentUrl().matches(".*/admin/users/\\d+"));
        browser.assertAccessible();

        open("/admin/outbox?recipient=browser.invite@test.kozomol.kg");
        browser.assertAccessible();
        browser.screenshot("outbox");
        String body = driver.findElement(By.cssSelector("pre.mail-body")).getText();
        String link = body.lines().filter(l -> l.contains("/account/invitation?token=")).findFirst().orElseThrow().trim();
        String path = link.substring(link.indexOf("/account/invitation"));

        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        patiently(10).until(d -> d.getCurrentUrl().contains("/login?logout"));
        open(path);
        waitFor(By.id("confirmation"));
        browser.assertAccessible();
        driver.findElement(By.id("password")).sendKeys("browser passphrase 1");
        driver.findElement(By.id("confirmation")).sendKeys("browser passphrase 1", Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().contains("/login?activated"));
        browser.assertAccessible();
        driver.findElement(By.id("email")).sendKeys("browser.invite@test.kozomol.kg");
        driver.findElement(By.id("password")).sendKeys("browser passphrase 1", Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
        open(path);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("больше не работает");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
    }

    @Test
    void exportsTheAuditLogWithAProgressPageThatUpdatesItself() throws Exception {
        loginAsAdmin();
        open("/admin/audit");
        driver.findElement(By.cssSelector("form[action$='/admin/audit/export'] button")).click();
        patiently(10).until(d -> d.getCurrentUrl().matches(".*/jobs/[0-9a-f-]{36}"));
        String jobUrl = driver.getCurrentUrl();
        // htmx replaces the progress block until the result link shows up, without a page reload.
        WebElement download = patiently(30)
                .until(d -> d.findElement(By.cssSelector("#job-progress a.button")));
        assertThat(download.getAttribute("href")).contains("/files/");
        assertThat(driver.getCurrentUrl()).isEqualTo(jobUrl);
        browser.assertAccessible();
        browser.screenshot("job-progress");
        open("/jobs");
        browser.assertAccessible();
        open("/admin/jobs");
        browser.assertAccessible();
    }

    @Test
    void uploadsAnOrganisationLogoAndExplainsARejectedFile() throws Exception {
        loginAsAdmin();
        java.nio.file.Path png = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.write(png, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        java.nio.file.Path text = java.nio.file.Files.createTempFile("not-a-logo", ".png");
        java.nio.file.Files.writeString(text, "just text, not an image");
        open("/admin/organisations/" + stateBody.id());
        driver.findElement(By.id("logo")).sendKeys(text.toString());
        driver.findElement(By.cssSelector("form[action$='/logo'] button")).click();
        WebElement summary = waitFor(By.className("error-summary"));
        assertThat(summary.getText()).contains("Этот тип файла");
        browser.assertAccessible();
        driver.findElement(By.id("logo")).sendKeys(png.toString());
        driver.findElement(By.cssSelector("form[action$='/logo'] button")).click();
        WebElement logo = waitFor(By.cssSelector("img.logo"));
        assertThat(logo.getAttribute("src")).contains("/files/");
        browser.assertAccessible();
    }

    @Test
    void resetsAForgottenPasswordThroughTheEmailedLink() throws Exception {
        UserAccount user = new Fixtures(context).user(Role.CODER);
        open("/password/forgot");
        driver.findElement(By.id("email")).sendKeys(user.email(), Keys.ENTER);
        patiently(10).until(d -> d.findElement(By.tagName("h1")).getText().contains("Проверьте почту"));
        browser.assertAccessible();
        String mail = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select body from mail_outbox where recipient = :to order by id desc limit 1").param("to", user.email())
                .query(String.class).single();
        String link = mail.lines().filter(l -> l.contains("/password/reset?token=")).findFirst().orElseThrow().trim();
        open(link.substring(link.indexOf("/password/reset")));
        browser.assertAccessible();
        driver.findElement(By.id("password")).sendKeys("new browser pass 1");
        driver.findElement(By.id("confirmation")).sendKeys("something else 1", Keys.ENTER);
        waitFor(By.className("error-summary"));
        browser.assertAccessible();
        driver.findElement(By.id("password")).sendKeys("new browser pass 1");
        driver.findElement(By.id("confirmation")).sendKeys("new browser pass 1", Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().contains("/login?reset"));
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys("new browser pass 1", Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    @Test
    void worksOnAPhoneSizedScreen() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/login");
            browser.assertAccessible();
            browser.screenshot("login-phone");
            Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth).isLessThanOrEqualTo(390L);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private List<String> adminPages() {
        long orgId = stateBody.id();
        long userId = admin.id();
        long themeId = context.getBean(Themes.class).findByCode("alimony").orElseThrow().id();
        return List.of("/dashboard", "/account", "/notifications", "/admin", "/admin/organisations", "/admin/organisations/new",
                "/admin/organisations/" + orgId, "/admin/users", "/admin/users/new", "/admin/users/" + userId, "/admin/themes",
                "/admin/themes/new", "/admin/themes/" + themeId, "/admin/audit", "/admin/outbox");
    }

    private void loginAsAdmin() {
        open("/login");
        if (!driver.getCurrentUrl().endsWith("/login")) {
            return;
        }
        driver.findElement(By.id("email")).sendKeys(admin.email());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        patiently(10).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
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
