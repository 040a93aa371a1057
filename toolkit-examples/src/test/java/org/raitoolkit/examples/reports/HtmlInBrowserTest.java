package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;

/**
 * Opens HTML reports in headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * and fails on any console error or a page that did not load. With {@code -Dscreenshots} it saves
 * the pictures used in the README to {@code docs/images}. Without Chromium the test is skipped,
 * except under {@code CI=true}, where it fails.
 */
class HtmlInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("..", "docs", "images");

    @TempDir
    static Path dir;

    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("headless Chromium is required under CI: install Debian's chromium and chromium-driver packages"
                    + " (expected " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        assumeTrue(present, "Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "); skipping the browser check");

        // Explicit paths, so that Selenium Manager never tries to download a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1200,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void should_load_without_console_errors_when_the_risk_report_is_opened() throws IOException {
        // GIVEN
        Reports reports = Fixtures.reports();
        RiskReport report = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        Path file = dir.resolve("risk.html");
        reports.write(report, ReportFormat.HTML, null, file);

        // WHEN
        List<String> errors = open(file);

        // THEN
        assertThat(errors).isEmpty();
        assertThat(driver.getTitle()).startsWith("AI risk assessment: Live facial recognition");
        assertThat(count("svg circle")).isGreaterThanOrEqualTo(report.result().factors().size());
        screenshot("report-risk.png", 2600);
    }

    @Test
    void should_load_without_console_errors_when_the_readiness_report_is_opened() throws IOException {
        // GIVEN
        Reports reports = Fixtures.reports();
        ReadinessReport report = Fixtures.readinessReport(Fixtures.mixedReadiness());
        Path file = dir.resolve("readiness.html");
        reports.write(report, ReportFormat.HTML, null, file);

        // WHEN
        List<String> errors = open(file);

        // THEN
        assertThat(errors).isEmpty();
        assertThat(driver.getTitle()).startsWith("Organisational readiness:");
        assertThat(count("svg rect")).isGreaterThan(report.result().dimensions().size());
        screenshot("report-readiness.png", 1700);
    }

    @Test
    void should_run_no_script_and_fit_the_page_when_user_text_is_hostile() throws IOException {
        // GIVEN a script, a link break-out and a 5,000-character line in name, purpose and rationale
        Reports reports = Fixtures.reports();
        Path file = dir.resolve("hostile.html");
        reports.write(Fixtures.hostileRiskReport(), ReportFormat.HTML, null, file);

        // WHEN
        List<String> errors = open(file);

        // THEN
        assertThat(errors).isEmpty();
        boolean alert;
        try {
            driver.switchTo().alert();
            alert = true;
        } catch (NoAlertPresentException expected) {
            alert = false;
        }
        assertThat(alert).as("an alert opened: the script ran").isFalse();
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
    }

    @Test
    void should_see_console_errors_when_a_page_has_one() throws IOException {
        // GIVEN a page that logs an error, to prove that the check above can fail
        Path file = dir.resolve("broken.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><title>broken</title>"
                + "<link rel=\"icon\" href=\"data:,\"></head><body><script>console.error('deliberate');</script></body></html>");

        // WHEN
        List<String> errors = open(file);

        // THEN
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("deliberate"));
    }

    /** Loads the page and returns its console errors (and a line if it did not load). */
    private static List<String> open(Path file) {
        driver.manage().logs().get(LogType.BROWSER); // drop entries of earlier pages
        driver.get(file.toUri().toString());
        Object state = ((JavascriptExecutor) driver).executeScript("return document.readyState;");
        List<String> errors = new java.util.ArrayList<>();
        if (!"complete".equals(state)) {
            errors.add("page did not finish loading: readyState " + state);
        }
        Object body = ((JavascriptExecutor) driver).executeScript(
                "return document.body ? document.body.innerText.length : -1;");
        if (((Number) body).longValue() <= 0) {
            errors.add("page loaded with no text: " + file);
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    private static long count(String selector) {
        Object n = ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll(arguments[0]).length;", selector);
        return ((Number) n).longValue();
    }

    /** Saves a screenshot of the page's top {@code height} pixels when -Dscreenshots is set. */
    private static void screenshot(String name, int height) throws IOException {
        if (System.getProperty("screenshots") == null) {
            return;
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, height));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
