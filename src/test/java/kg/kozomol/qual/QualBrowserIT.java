package kg.kozomol.qual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The lead reviews pseudonyms and releases a transcript; a coder codes a turn with the keyboard alone; every page passes axe. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    WebDriver driver;
    QualWorld world;
    QualCase qualCase;
    long transcript;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        world = new QualWorld(context);
        Cases cases = context.getBean(Cases.class);
        qualCase = QualWorld.as(world.lead, () -> cases.create(world.project.id(),
                new CaseDraft("Р-1", "ж", "30-39", "Талас", "осуждённая", Set.of(CaseAttribute.SEX))));
        qualCase = QualWorld.as(world.lead, () -> cases.recordConsent(qualCase.id(), qualCase.version(),
                new Consent(true, true, false, false, LocalDate.of(2026, 10, 1), "v2", null)));
        QualWorld.as(world.lead, () -> context.getBean(Codebook.class).create(world.project.id(), "Поддержка", "Кто помогает", null, null));
        byte[] text = "Интервьюер: Кто вам помог?\nР1: Помогла соседка, пишите ей на sosedka@mail.kg.\n".getBytes(StandardCharsets.UTF_8);
        transcript = QualWorld.as(world.lead, () -> context.getBean(Transcripts.class).upload(world.project.id(),
                new InterviewRecord("Интервью в Таласе", InterviewKind.INTERVIEW, LocalDate.of(2026, 10, 2), "Талас", "А. Интервьюер",
                        qualCase.id()), text, "talas.txt", world.lead)).id();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void leadReleasesAndCoderCodesWithTheKeyboardOnly() {
        String base = "/qual/projects/" + world.project.id();
        browser.signIn(world.lead.email(), Fixtures.PASSWORD);
        browser.open("/qual");
        browser.waitForH1("Качественный анализ");
        browser.assertAccessible();
        browser.open(base);
        browser.waitForH1("Интервью с женщинами");
        browser.assertAccessible();
        browser.open(base + "/cases/" + qualCase.id());
        browser.waitForH1("Случай Р-1");
        browser.assertAccessible();

        browser.open(base + "/transcripts/" + transcript + "/review");
        browser.waitForText("sosedka@mail.kg");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("form[action*='/accept'] button")).sendKeys(Keys.ENTER);
        browser.waitForText("Замена принята.");
        driver.findElement(By.id("fragment")).sendKeys("соседка", Keys.ENTER);
        browser.waitForText("Добавлено в очередь.");
        driver.findElement(By.id("replacement-" + world.fixtures.count("select max(id) from qual_pii_hit where transcript_id = "
                + transcript))).sendKeys("[Соседка респондента]", Keys.ENTER);
        browser.waitForText("Замена принята.");
        driver.findElement(By.cssSelector("form[action$='/release'] button")).sendKeys(Keys.ENTER);
        browser.waitForText("открыт кодировщикам");
        browser.assertAccessible();
        browser.open(base + "/transcripts/" + transcript + "/original");
        browser.waitForText("sosedka@mail.kg");
        browser.assertAccessible();
        browser.open(base + "/pseudonyms");
        browser.waitForText("sosedka@mail.kg");
        browser.assertAccessible();

        browser.signIn(world.coder.email(), Fixtures.PASSWORD);
        browser.open(base + "/transcripts/" + transcript);
        browser.waitForText("[Соседка респондента]");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("sosedka@mail.kg").doesNotContain("соседка,");
        browser.assertAccessible();
        // Keyboard only: move to the second turn in the passage list, keep the code, press Enter on the button.
        driver.findElement(By.id("unit")).sendKeys(Keys.ARROW_DOWN);
        driver.findElement(By.id("codeId")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText("Фрагмент закодирован.");
        assertThat(driver.findElement(By.id("unit-2")).getText()).contains("Поддержка");
        browser.assertAccessible();
        assertThat(world.fixtures.count("select count(*) from qual_coding where transcript_id = " + transcript
                + " and coder_id = " + world.coder.id())).isEqualTo(1);

        // With JavaScript, a selection of words is coded exactly, in code points.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var text = document.querySelector('#unit-2 p').firstChild;"
                + "var at = text.data.indexOf('Помогла');"
                + "var range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + 7);"
                + "window.getSelection().removeAllRanges(); window.getSelection().addRange(range);");
        browser.waitForText("Будет закодировано выделенное");
        driver.findElement(By.cssSelector("#code-form button[type=submit]")).sendKeys(Keys.ENTER);
        browser.waitForText("Фрагмент закодирован.");
        assertThat(world.fixtures.jdbc().sql("select start_cp, end_cp from qual_coding where transcript_id = :t order by id desc limit 1")
                .param("t", transcript).query((rs, row) -> rs.getInt(1) + "-" + rs.getInt(2)).single()).isEqualTo("31-38");

        browser.open(base + "/analysis");
        browser.waitForH1("Анализ");
        browser.assertAccessible();
        browser.open(base + "/segments?code=" + world.fixtures.count("select id from qual_code where project_id = "
                + world.project.id()));
        browser.waitForText("[Соседка респондента]");
        browser.assertAccessible();
        browser.open(base + "/search?q=" + "помогла");
        browser.waitForText("Интервью в Таласе");
        browser.assertAccessible();
    }
}
