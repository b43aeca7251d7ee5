package kg.kozomol.qual;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** The agreement, disagreements and REFI-QDA pages pass axe; the agreement form works without JavaScript. */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualAgreementBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    QualWorld world;
    long code;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        world = new QualWorld(context);
        QualWorld.as(world.lead, () -> {
            QualCase c = context.getBean(Cases.class).create(world.project.id(), new CaseDraft("Р-1", "ж", null, null, null, null));
            code = context.getBean(Codebook.class).create(world.project.id(), "Поддержка", null, null, null).id();
            long t = context.getBean(Transcripts.class).upload(world.project.id(), new InterviewRecord("Интервью", InterviewKind.INTERVIEW,
                    null, null, null, c.id()), "Интервьюер: Как дела?\nР1: Хорошо.\n".getBytes(StandardCharsets.UTF_8), "t.txt",
                    world.lead).id();
            PseudonymReview review = context.getBean(PseudonymReview.class);
            world.fixtures.jdbc().sql("select id from qual_pii_hit where transcript_id = :t").param("t", t).query(Long.class).list()
                    .forEach(hit -> review.reject(t, hit));
            review.release(t);
            Codings codings = context.getBean(Codings.class);
            codings.applyToUnit(t, code, 1, world.lead);
            codings.applyToUnit(t, code, 2, world.coder);
            return null;
        });
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void agreementAndImportPagesAreAccessible() {
        String base = "/qual/projects/" + world.project.id();
        browser.signIn(world.lead.email(), Fixtures.PASSWORD);
        browser.open(base + "/agreement");
        browser.waitForH1("Согласованность кодировщиков");
        browser.assertAccessible();
        browser.driver().findElement(By.id("unit")).sendKeys("предложения");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForText("Единица: предложения");
        browser.assertAccessible();
        browser.open(base + "/agreement/disagreements?code=" + code);
        browser.waitForText("Единицы, оценённые по-разному");
        browser.assertAccessible();
        browser.open(base + "/refi");
        browser.waitForH1("Обмен REFI-QDA");
        browser.assertAccessible();
    }
}
