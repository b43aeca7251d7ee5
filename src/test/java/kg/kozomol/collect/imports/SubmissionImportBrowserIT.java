package kg.kozomol.collect.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;
import kg.kozomol.tracker.ImportFiles;

/** A researcher imports an export from the form page: problems, preview and result pages all pass axe-core. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionImportBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;

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
    void anExportIsCheckedAndImportedWithEveryPageAccessible() throws Exception {
        forms.upload(world.study.id(), "audit.xlsx", XlsFormFixture.schoolAudit("1").bytes(), world.researcher);
        long formId = forms.byXmlFormId(world.study.id(), "school_audit").orElseThrow().id();
        browser.signIn(world.researcherAccount.email(), Fixtures.PASSWORD);
        browser.open("/collect/forms/" + formId);
        driver.findElement(By.cssSelector("main a[href$='/import']")).click();
        browser.waitForH1("Импорт анкет");
        browser.assertAccessible();

        upload(ImportFiles.csv(',', List.of(List.of("school", "oblast", "_uuid"), List.of("Школа", "Чуйская", ""))));
        browser.waitForText("Файл не импортирован");
        browser.assertAccessible();

        upload(ImportFiles.csv(',', List.of(List.of("school", "oblast", "floors", "_uuid"),
                List.of("Школа №1", "issyk_kul", "2", "3b2c3d4e-0000-4000-8000-000000000001"),
                List.of("Школа №1", "issyk_kul", "2", "3b2c3d4e-0000-4000-8000-000000000001"))));
        browser.waitForText("Файл можно импортировать");
        browser.waitForText("Номера строк: 3.");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("form[action$='/import/confirm'] button")).click();
        browser.waitForText("Импорт завершён: добавлено анкет — 1");
        browser.waitForText("Пропущено строк, повторяющих идентификатор экземпляра из более ранней строки файла: 1.");
        browser.assertAccessible();
    }

    private void upload(byte[] csv) throws Exception {
        Path file = Files.createTempFile("export-", ".csv");
        Files.write(file, csv);
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
    }
}
