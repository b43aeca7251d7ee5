package kg.kozomol.programme;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The round pages in a real browser: the new-round form with its errors and a round with a computed difference; axe-core on each. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRoundPagesAreAccessible() throws Exception {
        RoundWorld r = new RoundWorld(context);
        MonitoringRound round = r.round();
        context.getBean(RoundComparisons.class).compare(round, r.indicator.id(), 0, r.before(), r.after(), null, null);

        browser.signIn(r.researcher.email(), Fixtures.PASSWORD);
        browser.open("/programmes/" + r.programme.id() + "/rounds/new");
        browser.waitForH1("Новый раунд мониторинга");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys("Повторный мониторинг");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForText("Укажите существующее исследование.");
        browser.assertAccessible();

        browser.open("/rounds/" + round.id());
        browser.waitForH1("Раунд");
        browser.waitForText("11,40 … 63,81");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("completion-" + r.recommendation.id()))).selectByValue("LIMITED");
        driver.findElement(By.id("effect-" + r.recommendation.id())).sendKeys("Пандусы есть в 3 школах из 20.");
        driver.findElement(By.id("effect-" + r.recommendation.id())).submit();
        browser.waitForText("Оценка рекомендации сохранена.");
        browser.assertAccessible();
    }
}
