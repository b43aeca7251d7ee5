package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

/**
 * A coordinator registers a programme, builds its framework with an indicator and a value (meeting the field errors on
 * the way) and forms a review panel; the expert then scores evaluability using the keyboard only. axe-core runs on
 * every page.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserIT {

    private static final int MAX_TABS = 200;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    Organisation ministry;
    UserAccount coordinator;
    UserAccount expert;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        Fixtures fixtures = new Fixtures(context);
        ministry = fixtures.organisation(OrganisationKind.STATE_BODY);
        coordinator = fixtures.user(Role.COORDINATOR, fixtures.organisation(OrganisationKind.COORDINATOR));
        expert = fixtures.user(Role.EXPERT, fixtures.organisation(OrganisationKind.EXPERT_GROUP));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCoordinatorBuildsAProgrammeAndAnExpertScoresItWithTheKeyboardOnly() throws Exception {
        browser.signIn(coordinator.email(), Fixtures.PASSWORD);
        browser.open("/programmes");
        browser.waitForH1("Государственные программы");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href='/programmes/new']")).click();
        browser.waitForH1("Новая программа");
        browser.assertAccessible();
        driver.findElement(By.id("reference")).sendKeys("ГП-ИО-2026-" + System.nanoTime() % 100_000);
        driver.findElement(By.id("titleRu")).sendKeys("Инклюзивное образование (синтетические данные)");
        new Select(driver.findElement(By.id("ownerBodyId"))).selectByValue(Long.toString(ministry.id()));
        driver.findElement(By.id("periodStart")).sendKeys("2030");
        driver.findElement(By.id("periodEnd")).sendKeys("2026");
        driver.findElement(By.id("discussionUrl")).sendKeys("koomtalkuu.gov.kg");
        submit();
        browser.waitForText("Год окончания не может быть раньше года начала.");
        browser.assertAccessible();
        replace("periodStart", "2026");
        replace("periodEnd", "2030");
        replace("discussionUrl", "https://koomtalkuu.gov.kg/ru/view-npa/77");
        submit();
        browser.waitForText("Программа внесена в реестр.");
        browser.assertAccessible();
        String programmePage = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("a[href$='/nodes/new']")).click();
        browser.waitForH1("Добавить элемент рамки результатов");
        browser.assertAccessible();
        driver.findElement(By.id("titleRu")).sendKeys("Все дети учатся в доступных школах");
        submit();
        browser.waitForText("Элемент добавлен в рамку результатов.");
        driver.findElement(By.cssSelector("a[href*='/indicators/new']")).click();
        browser.waitForH1("Добавить индикатор");
        browser.assertAccessible();
        driver.findElement(By.id("nameRu")).sendKeys("Доля доступных школ");
        new Select(driver.findElement(By.id("measure"))).selectByValue("PERCENTAGE");
        new Select(driver.findElement(By.id("direction"))).selectByValue("INCREASE");
        driver.findElement(By.id("baselineYear")).sendKeys("2025");
        driver.findElement(By.id("baselineValue")).sendKeys("12");
        submit();
        browser.waitForText("Индикатор добавлен.");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href$='/values']")).click();
        browser.waitForH1("Добавить значение индикатора");
        browser.assertAccessible();
        driver.findElement(By.id("period")).sendKeys("2027");
        driver.findElement(By.id("value")).sendKeys("120");
        submit();
        browser.waitForText("Процент должен быть от 0 до 100.");
        browser.assertAccessible();
        replace("value", "35,5");
        submit();
        browser.waitForText("Значение сохранено.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("35.5");

        driver.findElement(By.cssSelector("a[href$='/review']")).click();
        browser.waitForH1("Экспертиза дизайна");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("expertId"))).selectByValue(Long.toString(expert.id()));
        driver.findElement(By.cssSelector("form[action$='/review/panel'] button")).click();
        browser.waitForText("Эксперт включён в экспертную группу.");
        browser.assertAccessible();
        String review = driver.getCurrentUrl().replaceAll("#.*$", "");

        browser.signIn(expert.email(), Fixtures.PASSWORD);
        driver.get(review);
        browser.waitForH1("Экспертиза дизайна");
        browser.assertAccessible();
        List<String> criteria = List.of("CLEAR_INDICATORS", "BASELINES_PRESENT", "TARGETS_REALISTIC", "ASSUMPTIONS_EXPLICIT");
        int[] scores = {3, 2, 2, 4};
        for (int i = 0; i < criteria.size(); i++) {
            tabTo("score-" + criteria.get(i) + "-1");
            active().sendKeys(Keys.SPACE);
            for (int step = 1; step < scores[i]; step++) {
                active().sendKeys(Keys.ARROW_RIGHT);
            }
            active().sendKeys(Keys.TAB);
            assertThat(active().getAttribute("id")).isEqualTo("justifications[" + criteria.get(i) + "]");
            if (i < criteria.size() - 1) {
                active().sendKeys("Обоснование: " + criteria.get(i));
            }
        }
        tabTo(null);
        active().sendKeys(Keys.ENTER);
        browser.waitForText("Обоснуйте оценку.");
        browser.assertAccessible();
        tabTo("justifications[ASSUMPTIONS_EXPLICIT]");
        active().sendKeys("Допущения записаны для каждого уровня");
        tabTo(null);
        active().sendKeys(Keys.ENTER);
        browser.waitForText("Оценки сохранены.");
        browser.assertAccessible();
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("3 из 4").contains("Допущения записаны для каждого уровня");
        assertThat(driver.findElement(By.id("score-BASELINES_PRESENT-2")).isSelected()).isTrue();
        driver.get(programmePage);
        browser.assertAccessible();
    }

    @Test
    void anEvaluationIsCommissionedDeclaredForAndRatedOnAccessiblePages() throws Exception {
        Programme programme = new ProgrammeWorld(context).programme("Социальный контракт (синтетические данные)");
        browser.signIn(coordinator.email(), Fixtures.PASSWORD);
        browser.open("/programmes/" + programme.id());
        browser.assertAccessible();
        driver.findElement(By.cssSelector("a[href$='/evaluations/new']")).click();
        browser.waitForH1("Новая оценка программы");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys("Промежуточная оценка");
        driver.findElement(By.id("evidence")).sendKeys("не ссылка");
        submit();
        browser.waitForText("Каждая строка должна быть ссылкой");
        browser.assertAccessible();
        replace("evidence", "https://example.org/brief-1");
        submit();
        browser.waitForText("Оценка создана.");
        browser.assertAccessible();
        String evaluation = driver.getCurrentUrl().replaceAll("#.*$", "");
        new Select(driver.findElement(By.id("expertId"))).selectByValue(Long.toString(expert.id()));
        driver.findElement(By.id("rapporteur")).click();
        driver.findElement(By.cssSelector("form[action$='/members'] button")).click();
        browser.waitForText("Эксперт включён в группу");
        browser.assertAccessible();

        browser.signIn(expert.email(), Fixtures.PASSWORD);
        browser.open("/experts/profile");
        browser.waitForH1("Профиль эксперта");
        browser.assertAccessible();
        driver.get(evaluation + "/declaration");
        browser.waitForH1("Декларация о конфликте интересов");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("main form button")).click();
        browser.waitForText("Опишите свои интересы");
        browser.assertAccessible();
        driver.findElement(By.id("declaration")).sendKeys("Связей с программой нет");
        driver.findElement(By.cssSelector("main form button")).click();
        browser.waitForText("Декларация подана");

        browser.signIn(coordinator.email(), Fixtures.PASSWORD);
        driver.get(evaluation);
        new Select(driver.findElement(By.id("decision-" + expert.id()))).selectByValue("CLEAR");
        driver.findElement(By.cssSelector("form[action$='/decision'] button")).click();
        browser.waitForText("Решение записано.");
        browser.assertAccessible();

        browser.signIn(expert.email(), Fixtures.PASSWORD);
        driver.get(evaluation);
        browser.waitForText("Ваши оценки по критериям");
        browser.assertAccessible();
        List<WebElement> radios = driver.findElements(By.cssSelector("input[type=radio][value='7'], input[type=radio][id$='-5']"));
        radios.get(0).click();
        driver.findElement(By.cssSelector("form[action$='/scores'] button")).click();
        browser.waitForText("Обоснуйте оценку.");
        browser.assertAccessible();
        for (WebElement fieldset : driver.findElements(By.cssSelector("form[action$='/scores'] fieldset"))) {
            fieldset.findElement(By.cssSelector("input[id$='-5']")).click();
        }
        for (WebElement reason : driver.findElements(By.cssSelector("form[action$='/scores'] textarea"))) {
            reason.clear();
            reason.sendKeys("Обосновано данными записки 1");
        }
        driver.findElement(By.cssSelector("form[action$='/scores'] button")).click();
        browser.waitForText("Черновик оценок сохранён.");
        driver.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        browser.waitForText("Оценки сданы и запечатаны.");
        browser.assertAccessible();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Разброс индивидуальных оценок");
    }

    /** Presses Tab until the element with this id (or, for null, the save-scores button) has the focus. */
    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = active();
            boolean there = id == null ? "button".equals(focused.getTagName()) && focused.getText().equals("Сохранить оценки")
                    : id.equals(focused.getAttribute("id"));
            if (there) {
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void replace(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        driver.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
    }
}
