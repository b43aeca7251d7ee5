package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;
import kg.kozomol.collect.fill.FillFixture;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Browser;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/**
 * A field monitor fills the web form with JavaScript: a question appears only once an earlier answer makes it
 * relevant, a constraint message shows while typing, the pages pass axe-core with and without errors; and the
 * browser's expression evaluator gives the server's results for one table of expressions.
 */
@KozomolServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFormBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired FormMedia media;

    Browser browser;
    ChromeDriver driver;
    CollectWorld world;
    UserAccount monitor;
    CollectForm form;
    CollectForm regions;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start().on(port);
        driver = browser.driver();
        world = new CollectWorld(context);
        monitor = world.fixtures.user(Role.FIELD_MONITOR, world.cso);
        tx.execute(s -> forms.upload(world.study.id(), "ramp.xlsx", FillFixture.rampAudit(), world.researcher));
        form = forms.ofStudy(world.study.id()).get(0);
        tx.execute(s -> forms.upload(world.study.id(), "regions.xlsx", FillFixture.regions().bytes(), world.researcher));
        regions = forms.byXmlFormId(world.study.id(), "regions").orElseThrow();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void skipLogicAndConstraintsAreLiveAndEveryPageIsAccessible() {
        browser.signIn(monitor.email(), Fixtures.PASSWORD);
        browser.open("/collect");
        driver.findElement(By.cssSelector("main a[href$='/collect/forms/" + form.id() + "/fill']")).click();
        browser.waitForH1("Аудит пандусов");
        browser.assertAccessible();

        assertThat(driver.findElement(By.id("q-slope")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("label[for='q-has_ramp-0']")).click();
        browser.waiting().until(d -> d.findElement(By.id("q-slope")).isDisplayed());
        driver.findElement(By.cssSelector("label[for='q-has_ramp-1']")).click();
        browser.waiting().until(d -> !d.findElement(By.id("q-slope")).isDisplayed());
        driver.findElement(By.cssSelector("label[for='q-has_ramp-0']")).click();
        driver.findElement(By.id("q-slope")).sendKeys("150", Keys.TAB);
        browser.waiting().until(d -> d.findElement(By.id("q-slope-error")).isDisplayed());
        assertThat(driver.findElement(By.id("q-slope-error")).getText()).isEqualTo("Уклон должен быть меньше 100%");
        assertThat(driver.findElement(By.id("q-slope")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        // Keyboard only: the school is left empty, Next is reached and pressed with the keyboard.
        driver.findElement(By.cssSelector(".actions button[value='next']")).sendKeys(Keys.ENTER);
        browser.waitForText("Укажите школу");
        browser.assertAccessible();
        driver.findElement(By.cssSelector(".error-summary a[href='#q-school']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q-school");

        driver.findElement(By.id("q-school")).sendKeys("Школа №7");
        driver.findElement(By.id("q-slope")).clear();
        driver.findElement(By.id("q-slope")).sendKeys("6");
        driver.findElement(By.cssSelector(".actions button[value='next']")).click();
        browser.waitForText("Страница 2 из 4");
        browser.assertAccessible();
        driver.findElement(By.cssSelector(".actions button[value='next']")).click();
        browser.waitForText("Страница 3 из 4");
        driver.findElement(By.cssSelector("button[value='add:rooms']")).click();
        browser.waitForText("Кабинеты: запись 2");
        browser.assertAccessible();
        driver.findElement(By.cssSelector(".actions button[value='next']")).click();
        browser.waitForText("Спасибо, Школа №7!");
        driver.findElement(By.cssSelector(".actions button[value='finish']")).click();
        browser.waitForText("Ответы отправлены");
        assertThat(world.fixtures.count("select count(*) from collect_submission where form_id = " + form.id())).isEqualTo(1);
    }

    @Test
    void aChoiceFilterNarrowsTheOptionsAsEarlierAnswersChange() {
        browser.signIn(monitor.email(), Fixtures.PASSWORD);
        browser.open("/collect/forms/" + regions.id() + "/fill");
        browser.waitForH1("regions");
        assertThat(driver.findElements(By.cssSelector("input[name='a.town']"))).isEmpty();
        driver.findElement(By.cssSelector("label[for='q-region-0']")).click();
        browser.waiting().until(d -> offered(d, "a.town").equals(List.of("karakol", "cholpon_ata")));
        driver.findElement(By.cssSelector("label[for='q-town-1']")).click();
        driver.findElement(By.cssSelector("label[for='q-region-1']")).click();
        browser.waiting().until(d -> offered(d, "a.town").equals(List.of("talas_city")));
        assertThat(driver.findElements(By.cssSelector("input[name='a.town']:checked"))).as("a choice no longer offered is dropped")
                .isEmpty();
        driver.findElement(By.cssSelector("label[for='q-town-0']")).click();
        driver.findElement(By.cssSelector("label[for='q-q1-0']")).click();
        browser.waiting().until(d -> offered(d, "a.kind").equals(List.of("school")));
        driver.findElement(By.cssSelector("label[for='q-kind-0']")).click();
        browser.assertAccessible();
        driver.findElement(By.cssSelector(".actions button[value='finish']")).click();
        browser.waitForText("Ответы отправлены");
        String xml = new String(world.fixtures.jdbc().sql("select xml from collect_submission where form_id = :form")
                .param("form", regions.id()).query(byte[].class).single(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<region>talas</region>", "<town>talas_city</town>", "<kind>school</kind>");
    }

    @Test
    void labelMediaShowAndChoicesAndPulldataComeFromTheAttachedFiles() {
        CollectForm village = tx.execute(s -> {
            forms.upload(world.study.id(), "village.xlsx", XlsFormFixture.village("1").bytes(), world.researcher);
            CollectForm f = forms.byXmlFormId(world.study.id(), "village").orElseThrow();
            java.util.function.BiConsumer<String, byte[]> attach = (name, bytes) -> media.attach(f.id(), name, bytes, world.researcher);
            attach.accept("welcome.png", png());
            attach.accept("yes.png", png());
            attach.accept("hello.mp3", new byte[] {'I', 'D', '3', 3, 0});
            attach.accept("how.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
            attach.accept("regions.csv", "name,label\nissyk_kul,Иссык-Кульская\ntalas,Таласская\n".getBytes(StandardCharsets.UTF_8));
            attach.accept("towns.csv", FormFilesWebFormIT.TOWNS.getBytes(StandardCharsets.UTF_8));
            return f;
        });
        browser.signIn(monitor.email(), Fixtures.PASSWORD);
        browser.open("/collect/forms/" + village.id() + "/fill");
        browser.waitForH1("Опрос села");
        browser.waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.fill-media img'); return i.complete && i.naturalWidth > 0;"));
        assertThat(driver.findElement(By.cssSelector(".fill-media img")).getAttribute("alt")).isEqualTo("Добро пожаловать");
        assertThat(driver.findElement(By.cssSelector("#q-welcome-field audio")).getAttribute("controls")).isNotNull();
        assertThat(driver.findElement(By.cssSelector("#q-agree-field video")).getAttribute("aria-label")).isEqualTo("Согласны?");
        browser.assertAccessible();

        assertThat(driver.findElements(By.cssSelector("input[name='a.town']"))).isEmpty();
        assertThat(driver.findElement(By.id("q-district_office-field")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("label[for='q-region-0']")).click();
        browser.waiting().until(d -> offered(d, "a.town").equals(List.of("karakol", "cholpon_ata")));
        driver.findElement(By.cssSelector("label[for='q-town-1']")).click();
        assertThat(driver.findElement(By.id("q-district_office-field")).isDisplayed()).as("Чолпон-Ата: 15000").isFalse();
        driver.findElement(By.cssSelector("label[for='q-town-0']")).click();
        browser.waiting().until(d -> d.findElement(By.id("q-district_office-field")).isDisplayed());
        browser.assertAccessible();
    }

    /** A real one-pixel PNG, so the browser draws it. */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> offered(org.openqa.selenium.WebDriver driver, String name) {
        return driver.findElements(By.cssSelector("input[name='" + name + "']")).stream().map(e -> e.getAttribute("value")).toList();
    }

    @Test
    void theBrowserEvaluatorAgreesWithTheServerOnEveryExpression() {
        browser.signIn(monitor.email(), Fixtures.PASSWORD);
        browser.open("/collect/forms/" + form.id() + "/fill");
        browser.waitForH1("Аудит пандусов");
        Map<String, String> answers = Map.of("a", "5", "b", "", "d", "2026-11-26", "m", "a b c", "s", "123", "e", "😀a",
                "t", "Кыргызча", "big", "12.50", "neg", "-4");
        List<String> table = List.of("1 + 2", "7 div 2", "7 mod 3", "-3 - 2", "10 div 4", "0.1 + 0.2", "1 div 0", "0 div 0",
                "-1 div 0", "'abc' = 'abc'", "${a} = 5", "${a} = '5.0'", "${a} > 10", "${a} + ${b}", "${d} < '2026-12-01'",
                "${d} + 1", "${d} = '2026-11-26'", "'2026-02-30' + 0", "selected(${m}, 'b')", "selected(${m}, 'z')",
                "selected(${b}, '')", "count-selected(${m})", "count-selected('')", "string-length(${t})", "string-length(${e})",
                "regex(${s}, '^[0-9]{3}$')", "regex('abc', 'b')", "regex('abc', '[')", "concat('a', 1, true(), 2.5)",
                "coalesce(${b}, 'x')", "coalesce(${a}, 'x')", "int(-3.7)", "int('4.9')", "number('1e3')", "number(' 12 ')",
                "number('abc')", "number('')", "round(2.5)", "round(-2.5)", "round(1.005, 2)", "round(1234.5678, -2)",
                "round(${big}, 1)", "not(${b})", "true() and false()", "true() or 1 div 0", "if(${a} > 3, 'big', 'small')",
                "boolean('0')", "boolean(0)", "boolean(${b})", "string(1.50)", ". >= 1 and . <= 20", ". < 1", "${a} = true()",
                "1 = '1'", "'a' != 'b'", "-${a}", "-${neg}", "3 * 1.1", "0.000001 * 1", "0.0000001 * 1", "1 div 3",
                "2 * 1000000000000", "${s} * 2", "${big} * 1", "${m} = 'a b c'", "${a} != ${b}", "${b} = ''", "${b} < 1",
                "today() > '2020-01-01'", "string-length(today())", "unknown(1)", "sum(1)", "'unclosed", "${bad name}", "foo",
                "1 +", "(1 + 2) * 3", "2 + 3 * 4 - 1", "5 mod -3", "-5 mod 3", "1.5 div 0.5", "${a} div 2 = 2.5",
                "if(${b}, 1, 0)", "concat(${a}, ${s})", "number(${d})", "int(1 div 0)", "pulldata('towns', 'population', 'name', 'karakol')",
                "pulldata('towns', 'population', 'name', 'nowhere')", "pulldata('towns', 'population', 'name', ${a}) + 1",
                "pulldata('towns', 'population')");
        List<String> java = new ArrayList<>();
        for (String expression : table) {
            java.add(javaResult(expression, answers, "5"));
        }
        @SuppressWarnings("unchecked")
        List<String> js = (List<String>) driver.executeScript("""
                var table = arguments[0], answers = arguments[1], current = arguments[2];
                var scope = {answer: function (n) { return answers[n] === undefined ? '' : answers[n]; },
                             current: function () { return current; },
                             pulldata: function (file, column, keyColumn, key) {
                               return file === 'towns' && column === 'population' && keyColumn === 'name' && key === 'karakol'
                                 ? '80000' : '';
                             }};
                return table.map(function (source) {
                  try {
                    var value = CollectExpr.evaluate(CollectExpr.parse(source), scope);
                    return CollectExpr.text(value) + ' | ' + CollectExpr.isTrue(CollectExpr.parse(source), scope);
                  } catch (e) {
                    return 'error';
                  }
                });
                """, table, answers, "5");
        Map<String, String> differences = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            if (!java.get(i).equals(js.get(i))) {
                differences.put(table.get(i), "java " + java.get(i) + ", js " + js.get(i));
            }
        }
        assertThat(differences).isEmpty();
        assertThat(java).contains("3 | true", "error", "0.30000000000000004 | true", "1.01 | true");
    }

    private static String javaResult(String expression, Map<String, String> values, String current) {
        Answers answers = new Answers() {
            @Override
            public String answer(String name) {
                return values.get(name);
            }

            @Override
            public String current() {
                return current;
            }

            @Override
            public String pulldata(String file, String column, String keyColumn, String key) {
                return new FormData() {
                    @Override
                    public List<Map<String, String>> rows(String fileName) {
                        return fileName.equals("towns.csv") ? List.of(Map.of("name", "karakol", "population", "80000")) : List.of();
                    }
                }.pulldata(file, column, keyColumn, key);
            }
        };
        try {
            var parsed = Expressions.parse(expression);
            return Expressions.text(Expressions.evaluate(parsed, answers, Clock.systemDefaultZone())) + " | "
                    + Expressions.isTrue(parsed, answers, Clock.systemDefaultZone());
        } catch (ExprException e) {
            return "error";
        }
    }
}
