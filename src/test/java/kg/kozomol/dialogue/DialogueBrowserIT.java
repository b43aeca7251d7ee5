package kg.kozomol.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;

/**
 * A CSO plans a meeting with a ministry, puts a recommendation on the agenda, holds the meeting and records a new
 * deadline for the ministry; the ministry's focal point comments on the minutes. axe-core runs on every page.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogueBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    Organisation cso;
    Organisation ministry;
    UserAccount researcher;
    UserAccount focal;
    Recommendation recommendation;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        cso = fixtures.organisation(OrganisationKind.CSO);
        ministry = fixtures.organisation(OrganisationKind.STATE_BODY);
        researcher = fixtures.user(Role.RESEARCHER, cso);
        focal = fixtures.user(Role.STATE_FOCAL_POINT, ministry);
        recommendation = releasedRecommendation();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCsoPlansAMeetingPutsARecommendationOnTheAgendaAndRecordsANewDeadline() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
        browser.signIn(researcher.email(), Fixtures.PASSWORD);
        browser.open("/meetings");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href='/meetings/new']")).click();
        browser.waitForH1("Новая встреча");
        browser.assertAccessible();
        driver.findElement(By.id("titleRu")).sendKeys("Рабочая встреча по алиментам (синтетические данные)");
        setValue("date", today.minusDays(1).toString());
        setValue("startTime", "15:00");
        setValue("endTime", "14:00");
        driver.findElement(By.id("place")).sendKeys("Бишкек, Институт нормотворчества");
        driver.findElement(By.cssSelector("input[name=participantIds][value='" + ministry.id() + "']")).click();
        submit();
        browser.waitForText("Окончание должно быть позже начала.");
        browser.assertAccessible();
        setValue("endTime", "16:30");
        submit();
        browser.waitForText("Встреча запланирована.");
        browser.assertAccessible();
        String meetingPage = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("a[href$='/agenda/new']")).click();
        browser.waitForH1("Добавить вопрос повестки");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys("Взыскание алиментов через реестр");
        driver.findElement(By.id("recommendationReferences")).sendKeys(recommendation.reference());
        submit();
        browser.waitForText("Вопрос добавлен в повестку.");
        assertThat(main()).contains(recommendation.reference());

        driver.findElement(By.cssSelector("form[action$='/status'] input[value=HELD] ~ button")).click();
        browser.waitForText("Встреча отмечена как проведённая.");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("a[href$='/decisions/new']")).click();
        browser.waitForH1("Записать решение");
        browser.assertAccessible();
        assertThat(driver.findElement(By.id("recommendationReference")).getAttribute("value")).isEqualTo(recommendation.reference());
        driver.findElement(By.id("text")).sendKeys("Министерство ответит после межведомственного согласования");
        new Select(driver.findElement(By.id("bodyId"))).selectByValue(Long.toString(ministry.id()));
        setValue("newDate", today.plusDays(60).toString());
        submit();
        browser.waitForText("Решение записано.");
        assertThat(main()).contains("Министерство ответит после межведомственного согласования");
        browser.assertAccessible();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("meeting");

        driver.findElement(By.cssSelector("a[href$='/minutes']")).click();
        browser.waitForH1("Протокол встречи");
        browser.assertAccessible();
        driver.findElement(By.id("minutesRu")).sendKeys("<p>Стороны согласовали новый срок ответа.</p>");
        submit();
        browser.waitForText("Протокол сохранён.");
        browser.assertAccessible();

        browser.open("/recommendations/" + recommendation.id());
        browser.waitForText("Обсуждалась на встрече «Рабочая встреча по алиментам (синтетические данные)»");
        assertThat(main()).contains("межведомственного согласования");
        browser.assertAccessible();

        browser.signIn(focal.email(), Fixtures.PASSWORD);
        driver.get(meetingPage);
        browser.waitForText("Стороны согласовали новый срок ответа.");
        browser.assertAccessible();
        driver.findElement(By.id("comment-body")).sendKeys("Просим указать номер письма в протоколе");
        driver.findElement(By.cssSelector("form[action$='/comments'] button")).click();
        browser.waitForText("Замечание добавлено.");
        assertThat(main()).contains("Просим указать номер письма в протоколе");
        browser.assertAccessible();
        for (String language : List.of("ky", "en", "ru")) {
            driver.findElement(By.cssSelector("button[name=lang][value=" + language + "]")).click();
            browser.waiting().until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.assertAccessible();
        }
        browser.open("/meetings");
        browser.waitForText("Рабочая встреча по алиментам");
        browser.assertAccessible();
    }

    private Recommendation releasedRecommendation() {
        KozomolPrincipal author = new KozomolPrincipal(researcher.id(), researcher.email(), researcher.fullName(), null, true,
                null, List.of(new Membership(cso.id(), Role.RESEARCHER)), "ru");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(author, null,
                author.getAuthorities()));
        try {
            return context.getBean(TransactionTemplate.class).execute(s -> {
                long theme = context.getBean(Themes.class).create(new ThemeDraft("dialogue-browser", "Алименты", null, null,
                        true), false).id();
                Briefs briefs = context.getBean(Briefs.class);
                Brief brief = briefs.create(new BriefDraft(cso.id(), theme, "ru", new Bilingual("Алименты (синтетические данные)",
                        null), new Bilingual("<p>Кратко</p>", null), Bilingual.EMPTY, new Methodology(Bilingual.EMPTY, null,
                        null, null), List.of(researcher.id())), author, false);
                Brief reviewed = briefs.move(brief.id(), brief.version(), BriefStatus.INTERNAL_REVIEW);
                briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED);
                Recommendations recommendations = context.getBean(Recommendations.class);
                Recommendation created = recommendations.create(new RecommendationDraft(brief.id(), 1, cso.id(),
                        "Взыскивать алименты через единый реестр должников (синтетические данные).", null, "ru", null,
                        ActionType.BYLAW, Priority.HIGH, null, ministry.id(), List.of(), List.of()));
                return recommendations.release(created.id(), created.version());
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Date and time inputs take typed keys in the browser's own format; setting the value is format-free. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private void submit() {
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
