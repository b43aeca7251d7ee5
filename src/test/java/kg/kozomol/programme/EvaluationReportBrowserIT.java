package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/**
 * An expert rates an evaluation on the six-point scale with the keyboard only; the report, the management response
 * form (with its errors) and the public programme pages pass axe-core.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationReportBrowserIT {

    private static final int MAX_TABS = 300;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Browser browser;
    WebDriver driver;
    ProgrammeWorld world;
    Evaluations evaluations;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        world = new ProgrammeWorld(context);
        evaluations = context.getBean(Evaluations.class);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anExpertRatesEveryCriterionAndSubmitsWithTheKeyboardOnly() {
        Programme programme = world.programme("Социальный контракт: клавиатура (синтетика)");
        KozomolPrincipal expert = world.member(Role.EXPERT, world.fixtures.organisation(OrganisationKind.EXPERT_GROUP));
        Evaluation evaluation = world.tx.execute(s -> {
            Evaluation e = evaluations.create(programme.id(), new EvaluationDraft(EvaluationKind.MID_TERM, "Оценка с клавиатуры",
                    null, world.consortium.id(), CriteriaTemplate.OECD_DAC, List.of(), List.of()), world.coordinator);
            evaluations.addMember(e.id(), expert.id(), true);
            evaluations.declare(e.id(), expert, "Связей нет");
            evaluations.decide(e.id(), expert.id(), 1, CoiDecision.CLEAR, null, world.coordinator);
            return e;
        });
        List<EvaluationCriterion> criteria = evaluations.criteria(evaluation.id());
        int[] ratings = {5, 4, 3, 6, 2, 1};

        browser.signIn(expert.email(), Fixtures.PASSWORD);
        browser.open("/evaluations/" + evaluation.id());
        browser.waitForText("Ваши оценки по критериям");
        browser.assertAccessible();
        for (int i = 0; i < criteria.size(); i++) {
            long c = criteria.get(i).id();
            tabTo("rating-" + c + "-6");
            active().sendKeys(Keys.SPACE);
            for (int step = 6; step > ratings[i]; step--) {
                active().sendKeys(Keys.ARROW_RIGHT);
            }
            active().sendKeys(Keys.TAB);
            assertThat(active().getAttribute("id")).isEqualTo("justifications[" + c + "]");
            active().sendKeys("Обосновано, критерий " + (i + 1));
        }
        tabToButton("Сохранить черновик оценок");
        active().sendKeys(Keys.ENTER);
        browser.waitForText("Черновик оценок сохранён.");
        tabToButton("Сдать оценки окончательно");
        active().sendKeys(Keys.ENTER);
        browser.waitForText("Оценки сданы и запечатаны.");
        browser.assertAccessible();
        assertThat(context.getBean(EvaluationScoring.class).own(evaluation.id(), expert.id()))
                .extracting(EvaluationScore::rating).containsExactlyInAnyOrder(5, 4, 3, 6, 2, 1);
    }

    @Test
    void theReportTheResponseFormAndThePublicPagesAreAccessible() {
        Programme programme = world.programme("Инклюзивное образование: публикация (синтетика)");
        world.chain(programme);
        jdbc.sql("update programme set status = 'IN_IMPLEMENTATION' where id = :id").param("id", programme.id()).update();
        ConcludedEvaluation concluded = ConcludedEvaluation.of(world, programme, evaluations,
                context.getBean(EvaluationScoring.class));
        EvaluationReports reports = context.getBean(EvaluationReports.class);
        long id = concluded.evaluation().id();
        EvaluationRecommendation recommendation = world.tx.execute(s -> {
            EvaluationRecommendation r = reports.addRecommendation(id, "Открыть данные о зачислении детей", null,
                    concluded.rapporteur());
            reports.advance(id, 0, ReportStage.FACTUAL_REVIEW, null, world.coordinator);
            reports.comment(id, null, "Число школ указано за 2024 год", world.focal);
            return r;
        });

        browser.signIn(concluded.rapporteur().email(), Fixtures.PASSWORD);
        browser.open("/evaluations/" + id + "/report");
        browser.waitForText("Число школ указано за 2024 год");
        browser.assertAccessible();
        world.tx.execute(s -> {
            reports.resolve(id, reports.comments(id).get(0).id(), 0, "Исправлено", concluded.rapporteur());
            reports.advance(id, 1, ReportStage.FINAL, LocalDate.of(2099, 1, 1), world.coordinator);
            return null;
        });

        browser.signIn(world.focal.email(), Fixtures.PASSWORD);
        browser.open("/evaluations/" + id + "/report");
        browser.waitForText("Открыть данные о зачислении детей");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href$='/recommendations/" + recommendation.id() + "/response']")).click();
        browser.waitForH1("Ответ на рекомендацию 1");
        browser.assertAccessible();
        driver.findElement(By.id("stance-DISAGREE")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForText("Объясните, почему орган согласен частично или не согласен.");
        browser.assertAccessible();
        driver.findElement(By.id("stance-AGREE")).click();
        driver.findElement(By.id("actions0.what")).sendKeys("Публиковать данные ежеквартально");
        driver.findElement(By.id("actions0.who")).sendKeys("Отдел статистики");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2027-03-31'",
                driver.findElement(By.id("actions0.due")));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForText("Ответ руководства сохранён.");
        browser.assertAccessible();
        world.tx.execute(s -> reports.advance(id, 2, ReportStage.PUBLISHED, null, world.coordinator));

        driver.manage().deleteAllCookies();
        browser.open("/p/programmes");
        browser.waitForH1("Государственные программы");
        browser.assertAccessible();
        browser.open("/p/programmes/" + programme.id());
        browser.waitForText("Публиковать данные ежеквартально");
        browser.assertAccessible();
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("СЕКРЕТНОЕ-ОБОСНОВАНИЕ")
                .doesNotContain("Число школ указано за 2024 год");
    }

    private void tabToButton(String text) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = active();
            if ("button".equals(focused.getTagName()) && focused.getText().equals(text)) {
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the button " + text);
    }

    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = active();
            if (id.equals(focused.getAttribute("id"))) {
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }
}
