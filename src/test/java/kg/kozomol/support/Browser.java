package kg.kozomol.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Without Chromium the tests skip loudly on a developer
 * machine; under CI ({@code KOZOMOL_REQUIRE_BROWSER=true}, set by .ci/run) a missing browser fails.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() throws IOException {
        boolean available = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!available) {
            String message = "Browser tests need Debian's chromium and chromium-driver: "
                    + "sudo apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("KOZOMOL_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("\n*** SKIPPING BROWSER TESTS *** " + message + "\n");
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("kozomol-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 900));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A wait that keeps trying while a page is being replaced by the next one (elements go stale for a moment). */
    public org.openqa.selenium.support.ui.WebDriverWait waiting() {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        // Chromium also reports a node of the page being replaced as "not in the document".
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Runs axe-core on the current page and fails on any violation, whatever its impact. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on %s:\n%s", driver.getCurrentUrl(), report).isEmpty();
    }

    /** Saves a screenshot for the README when the build asks for them. */
    public void screenshot(String name) throws IOException {
        String directory = System.getenv("KOZOMOL_SCREENSHOTS");
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path target = Path.of(directory, name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
