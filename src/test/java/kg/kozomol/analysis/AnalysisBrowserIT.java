package kg.kozomol.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/**
 * A researcher goes from the study page to an uploaded dataset, defines a stratified cluster analysis by region, reads
 * the table and chart, and saves the result as evidence cited by a brief's finding; and defines a crosstab with its
 * Rao-Scott test. Every page passes axe-core.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    ChromeDriver driver;
    AnalysisWorld world;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        world = new AnalysisWorld(context);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromUploadToASavedEvidenceItem() throws Exception {
        browser.signIn(world.researcher.email(), Fixtures.PASSWORD);
        browser.open("/studies/" + world.study.id());
        driver.findElement(By.cssSelector("nav.study-tabs a[href$='/datasets']")).click();
        browser.waitForH1("Данные и анализ");
        browser.assertAccessible();

        Path csv = Files.createTempFile("survey-", ".csv");
        Files.write(csv, AnalysisPagesIT.fixture());
        driver.findElement(By.id("file")).sendKeys(csv.toString());
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForText("Новый анализ");
        browser.assertAccessible();
        Files.delete(csv);

        driver.findElement(By.linkText("Новый анализ")).click();
        browser.waitForH1("Новый анализ");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys("Среднее y по регионам");
        new Select(driver.findElement(By.id("weights"))).selectByValue("w");
        new Select(driver.findElement(By.id("strata"))).selectByValue("lonely");
        new Select(driver.findElement(By.id("clusters"))).selectByValue("psu");
        driver.findElement(By.id("nest1")).click();
        new Select(driver.findElement(By.id("variable"))).selectByValue("y");
        new Select(driver.findElement(By.id("domainVariable"))).selectByValue("region");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForText("В страте 3 на ступени 1 одна первичная единица отбора");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("strata"))).selectByValue("stratum");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForH1("Среднее y по регионам");
        browser.waitForText("Не для публикации: меньше 5 респондентов");
        assertThat(driver.findElement(By.cssSelector("figure.chart svg")).getAttribute("role")).isEqualTo("img");
        browser.assertAccessible();
        browser.screenshot("analysis-result");

        new Select(driver.findElement(By.id("finding"))).selectByValue(world.brief.id() + ":" + world.finding.id());
        driver.findElement(By.cssSelector("form[action$='/evidence'] button")).click();
        browser.waitForText("Результат сохранён как доказательство.");
        browser.assertAccessible();

        browser.open("/briefs/" + world.brief.id());
        browser.waitForText("Среднее y по регионам");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("стратифицированный кластерный дизайн, страт — 2, ПЕВ — 6, веса w");
    }

    @Test
    void aCrosstabShowsItsCellsAndTheRaoScottTest() throws Exception {
        Dataset dataset = AnalysisWorld.as(world.researcher, () -> {
            try {
                return context.getBean(Datasets.class).upload(world.study, "crosstab", "survey.csv",
                        new java.io.ByteArrayInputStream(AnalysisPagesIT.fixture()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        browser.signIn(world.researcher.email(), Fixtures.PASSWORD);
        browser.open("/datasets/" + dataset.id() + "/analyses/new");
        browser.waitForH1("Новый анализ");
        driver.findElement(By.id("title")).sendKeys("Регион по q");
        new Select(driver.findElement(By.id("weights"))).selectByValue("w");
        new Select(driver.findElement(By.id("strata"))).selectByValue("stratum");
        new Select(driver.findElement(By.id("clusters"))).selectByValue("psu");
        driver.findElement(By.id("nest1")).click();
        new Select(driver.findElement(By.id("estimator"))).selectByValue("CROSSTAB");
        new Select(driver.findElement(By.id("variable"))).selectByValue("region");
        new Select(driver.findElement(By.id("columnVariable"))).selectByValue("q");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForH1("Регион по q");
        browser.waitForText("Тест независимости Рао — Скотта");
        assertThat(driver.findElement(By.id("test")).getText()).containsPattern("F = [0-9,]+, ndf = [0-9,]+, ddf = [0-9,]+, p = ");
        assertThat(driver.findElement(By.id("result-table")).getText()).contains("region = North & q = yes");
        browser.assertAccessible();
        browser.screenshot("analysis-crosstab");
    }
}
