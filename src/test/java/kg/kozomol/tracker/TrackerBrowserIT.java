package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
    long briefId;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        cso = fixtures.organisation(OrganisationKind.CSO);
        body = fixtures.organisation(OrganisationKind.STATE_BODY);
        researcher = fixtures.user(Role.RESEARCHER, cso);
        focal = fixtures.user(Role.STATE_FOCAL_POINT, body);
        long theme = fixtures.jdbc().sql("insert into theme (code, name_ru) values ('alimony-loop', 'Алименты') returning id")
                .query(Long.class).single();
        briefId = fixtures.jdbc().sql("""
                insert into brief (organisation_id, theme_id, original_language, title_ru, summary_ru, created_by)
                values (:org, :theme, 'ru', 'Алименты: кто платит (синтетические данные)', '<p>Кратко</p>', :by) returning id
                """).param("org", cso.id()).param("theme", theme).param("by", researcher.id()).query(Long.class).single();
        fixtures.jdbc().sql("insert into brief_author (brief_id, user_id) values (:b, :u)").param("b", briefId)
                .param("u", researcher.id()).update();
        fixtures.jdbc().sql("""
                insert into brief_finding (brief_id, position, title_ru, text_ru)
                values (:b, 1, 'Выплаты не доходят до детей', '<p>Синтетический вывод</p>')
                """).param("b", briefId).update();
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
        open("/briefs/" + briefId);
        driver.findElement(By.cssSelector("input[name=target][value=INTERNAL_REVIEW] + button")).click();
        waitForText("Опубликовать");
        driver.findElement(By.cssSelector("input[name=target][value=PUBLISHED] + button")).click();
        waiting().until(d -> d.findElements(By.cssSelector("input[name=target][value=PUBLISHED]")).isEmpty());
        driver.findElement(By.cssSelector("a[href*='/recommendations/new?brief=']")).click();
        waitForH1("Новая рекомендация");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("input[name=findingIds]")).click();
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
        assertThat(text).contains("Выплаты не доходят до детей").contains("Реестр запущен").contains("Запросы в суды и интервью").contains("оценки расходятся");
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
            Recommendation created = recommendations.create(new RecommendationDraft(publishedBrief(), 1, cso.id(),
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

    /** A second published brief of the CSO, written straight in SQL: this test is about the overview, not briefs. */
    private long publishedBrief() {
        Fixtures fixtures = new Fixtures(context);
        return fixtures.jdbc().sql("""
                insert into brief (organisation_id, theme_id, original_language, status, title_ru, published_version)
                select organisation_id, theme_id, 'ru', 'PUBLISHED', 'Вторая записка (синтетические данные)', 1
                from brief where id = :id returning id
                """).param("id", briefId).query(Long.class).single();
    }

    private void signIn(UserAccount user) {
        browser.signIn(user.email(), Fixtures.PASSWORD);
    }

    private void open(String path) {
        browser.open(path);
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }

    private void waitForH1(String start) {
        browser.waitForH1(start);
    }

    private void waitForText(String text) {
        browser.waitForText(text);
    }
}
