package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/**
 * A researcher reviews submissions a phone sent over real HTTP: table, submission with photo and place, review with a
 * comment, correction, map and export pages, each passing axe-core. The map's tiles cannot load here; the page works.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    ChromeDriver driver;
    SubmissionsWorld field;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        HttpClient http = HttpClient.newHttpClient();
        field = new SubmissionsWorld(context, (url, xml, attachments) -> {
            String boundary = "kozomol" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part(body, boundary, "xml_submission_file", "submission.xml", "text/xml", xml);
            for (MockMultipartFile attachment : attachments) {
                part(body, boundary, attachment.getName(), attachment.getOriginalFilename(), attachment.getContentType(), attachment.getBytes());
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-OpenRosa-Version", "1.0")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
        });
        field.submit(SubmissionsWorld.xml("uuid:b1", "Школа №1 Каракол", "yes", "steps", "42.4907 78.3936 1700 5", "door.jpg", "90",
                "Кабинет 1"), SubmissionsWorld.photo("door.jpg"));
        field.submit(SubmissionsWorld.xml("uuid:b2", "Гимназия Талас", "no", "", "", "", "70"));
    }

    static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type, byte[] bytes) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void submissionsAreReviewedCorrectedMappedAndExportedOnAccessiblePages() throws Exception {
        browser.signIn(field.world.researcherAccount.email(), Fixtures.PASSWORD);
        browser.open("/collect/forms/" + field.form.id());
        driver.findElement(By.linkText("Ответы")).click();
        browser.waitForH1("Ответы");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Школа №1 Каракол", "Гимназия Талас");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("main table tbody tr:last-child a")).click();
        browser.waitForH1("Ответ");
        browser.waitForText("Кабинет 1");
        assertThat(driver.findElements(By.cssSelector(".gallery img"))).hasSize(1);
        assertThat(driver.findElement(By.id("submission-points")).getText()).contains("42.4907");
        browser.assertAccessible();

        driver.findElement(By.id("state-HAS_ISSUES")).click();
        driver.findElement(By.id("comment")).sendKeys("Фото размыто");
        driver.findElement(By.cssSelector("form[action$='/review'] button")).click();
        browser.waitForText("Проверка сохранена");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Фото размыто");
        browser.assertAccessible();

        driver.findElement(By.linkText("Исправить ответы")).click();
        browser.waitForH1("Исправление ответов");
        browser.assertAccessible();
        driver.findElement(By.cssSelector("input[name='answer.doors/width']")).clear();
        driver.findElement(By.cssSelector("input[name='answer.doors/width']")).sendKeys("95");
        driver.findElement(By.cssSelector("main form button")).click();
        browser.waitForText("Исправленная версия сохранена");

        browser.open("/collect/forms/" + field.form.id() + "/submissions/map");
        browser.waitForH1("Места");
        assertThat(driver.findElement(By.id("map-points")).getText()).contains("42.4907", "78.3936");
        browser.assertAccessible();

        browser.open("/collect/forms/" + field.form.id() + "/export");
        browser.waitForH1("Выгрузка");
        browser.assertAccessible();
    }
}
