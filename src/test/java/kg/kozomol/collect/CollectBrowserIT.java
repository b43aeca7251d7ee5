package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/**
 * A researcher uploads a broken XLSForm (problems by cell), then a valid one, opens it and sets up a phone; every
 * page of the feature passes axe-core.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    ChromeDriver driver;
    CollectWorld world;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        world = new CollectWorld(context);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFormIsUploadedAndAPhoneSetUpWithEveryPageAccessible() throws Exception {
        browser.signIn(world.researcherAccount.email(), Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("nav a[href$='/collect']")).click();
        browser.waitForH1("Сбор данных");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("main a[href$='/collect/studies/" + world.study.id() + "']")).click();
        browser.waitForH1("Формы");
        browser.assertAccessible();

        upload(new XlsFormFixture().sheet("survey", "type", "name", "label").row("survey", "txet", "q", "Q").bytes());
        browser.waitForText("Неизвестный тип вопроса");
        browser.assertAccessible();

        upload(XlsFormFixture.schoolAudit("1").bytes());
        browser.waitForText("Форма загружена");
        browser.assertAccessible();

        driver.findElement(By.linkText("Аудит доступности школы")).click();
        browser.waitForH1("Аудит доступности школы");
        browser.assertAccessible();

        attach("logo.png", "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        browser.waitForText("не соответствует расширению");
        browser.assertAccessible();
        attach("logo.png", FormMediaIT.PNG);
        browser.waitForText("Медиафайл прикреплён");
        assertThat(driver.findElement(By.id("media")).getText()).contains("logo.png", "md5:");
        browser.assertAccessible();

        driver.navigate().to(driver.getCurrentUrl().replaceAll("/collect/forms/.*", "/collect/studies/" + world.study.id()));
        browser.waitForH1("Формы");
        driver.findElement(By.id("displayName")).sendKeys("Телефон Айгуль");
        driver.findElement(By.cssSelector("form[action$='/app-users'] button")).click();
        browser.waitForH1("Настройка телефона");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("/collect/key/");
        assertThat(((Number) driver.executeScript("return document.querySelector('img.settings-qr').naturalWidth")).intValue())
                .as("the QR code image loads").isGreaterThan(100);
        browser.assertAccessible();
    }

    private void attach(String name, byte[] bytes) throws Exception {
        Path file = Files.createTempDirectory("media-").resolve(name);
        Files.write(file, bytes);
        driver.findElement(By.id("media-file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[action$='/media'] button")).click();
    }

    private void upload(byte[] workbook) throws Exception {
        Path file = Files.createTempFile("xlsform-", ".xlsx");
        Files.write(file, workbook);
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
    }
}
