package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;

/**
 * The web app in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), used
 * as a person would: typing and clicking through a risk assessment, downloading the report, and
 * answering with the keyboard and with script turned off. With {@code -Dscreenshots} it saves the
 * pictures for the documentation to {@code docs/images/web-*.png}. Without Chromium the test is
 * skipped, except under {@code CI=true}, where it fails.
 */
class WebAppInBrowserTest {

    /** The engine with the default rules, built once for this class. */
    private static final ToolkitEngine DEFAULTS = ToolkitEngine.withDefaults();

    private static final Path SCREENSHOTS = Path.of("..", "docs", "images");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static Path downloads;
    private static ToolkitWebServer server;
    private static final Reports REPORTS = Reports.of(DEFAULTS.content(), DEFAULTS.provenance());
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireOrSkip();

        server = ToolkitWebServer.builder(DEFAULTS).port(0).start();
        downloads = Files.createDirectories(dir.resolve("downloads"));

        ChromeOptions options = HeadlessChromium.options(dir);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = HeadlessChromium.start(options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_show_and_download_the_cli_result_when_a_risk_assessment_is_filled_in_by_hand() throws IOException {
        // GIVEN the live facial recognition example, with each mitigation's status stated as the form
        // states it, and the JSON report the library makes of it; the person types no assessment
        // record here (AssessmentRecordWebTest covers the record's fields)
        RiskAnswers lfr = WebForms.stated(WebForms.riskExample(WebForms.LFR)).withAssessment(null);
        JsonNode cli = JSON.readTree(REPORTS.render(REPORTS.risk(lfr, DEFAULTS.assessRisk(lfr)), ReportFormat.JSON, null));

        // WHEN a person types the profile, then the ratings and mitigations, and submits
        open("/risk");
        fillProfile(lfr.system());
        submit(By.id("submit-factors"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Risk assessment: " + lfr.system().name());
        lfr.ratings().forEach(WebAppInBrowserTest::rate);
        assertThat(driver.findElement(By.cssSelector("[data-progress] [data-progress-count]")).getText())
                .isEqualTo(String.valueOf(lfr.ratings().size()));
        screenshot("web-risk-form.png", 2300);
        submit(By.id("submit-assess"));

        // THEN the page shows the library's decision and level
        assertThat(shownText(By.id("result-decision"))).isEqualTo(cli.path("decision").asText());
        assertThat(shownText(By.id("result-level")).replace(' ', '_'))
                .isEqualTo(cli.path("overallLevel").asText());
        assertThat(consoleErrors()).isEmpty();
        screenshot("web-risk-result.png", 2000);

        // AND the JSON report downloaded from the page is the library's, but for the time it was made
        click(driver.findElement(By.id("download-json")));
        JsonNode web = JSON.readTree(downloaded(".json").toFile());
        assertThat(web.path("decision")).isEqualTo(cli.path("decision"));
        assertThat(web.path("overallLevel")).isEqualTo(cli.path("overallLevel"));
        assertThat(levels(web)).isEqualTo(levels(cli)).hasSize(lfr.ratings().size());
        assertThat(web.path("recommendations")).isEqualTo(cli.path("recommendations"));
        assertThat(withoutTime(web)).isEqualTo(withoutTime(cli));
    }

    @Test
    void should_review_the_workbook_when_it_is_opened_from_a_risk_result() {
        // GIVEN the risk result of the example, reached through the app's own forms
        open("/risk?example=live-facial-recognition-missing-persons");
        submit(By.id("submit-assess"));
        assertThat(shownText(By.id("result-decision"))).isNotBlank();

        // WHEN its answers are carried to the workbook, and the workbook's form is submitted
        submit(By.xpath("//button[normalize-space()='Open the workbook']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("workbook");
        submit(By.id("submit-assess"));

        // THEN each of the three forms was accepted: same-origin posts pass the check against cross-site forms
        assertThat(shownText(By.id("result-completion"))).isNotBlank();
        assertThat(driver.getPageSource()).doesNotContain("Request from another site refused", "Form not accepted");
    }

    @Test
    void should_assess_readiness_when_script_is_turned_off() {
        // GIVEN a browser that runs no script
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/readiness?example=example-agency");
            screenshot("web-readiness.png", 1900);

            // WHEN the example agency's answers are submitted with the plain form
            submit(By.id("submit-assess"));

            // THEN the result is there all the same
            assertThat(shownText(By.id("result-level")))
                    .isIn("BEGINNING", "DEVELOPING", "ESTABLISHED", "ADVANCED");
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Organisational readiness");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void should_count_an_answer_and_show_focus_when_a_question_is_answered_with_the_keyboard() {
        // GIVEN the readiness form, nothing answered
        open("/readiness");
        WebElement count = driver.findElement(By.cssSelector("[data-progress] [data-progress-count]"));
        assertThat(count.getText()).isEqualTo("0");

        // WHEN a person tabs to the first answer of the first question and presses space
        driver.findElement(By.id("f-agency")).sendKeys("Keyboard Police");
        WebElement first = driver.findElement(By.cssSelector("input[name='answers.RQ-STRATEGY-01']"));
        driver.findElement(By.id("f-agency")).sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !first.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);

        // THEN the answer counts, and the focused control shows a visible ring
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("answers.RQ-STRATEGY-01");
        assertThat(count.getText()).isEqualTo("1");
        String outline = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;");
        assertThat(outline).isEqualTo("solid");
    }

    @Test
    void should_label_every_control_when_each_tool_is_opened() {
        for (String path : List.of("/", "/readiness", "/risk", "/risk?example=live-facial-recognition-missing-persons",
                "/workbook?example=live-facial-recognition-missing-persons-deployment")) {
            // WHEN
            open(path);

            // THEN every control has a label, every group a legend, and nothing failed to load
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                            + ".filter(e => e.labels.length === 0).map(e => e.name || e.id);");
            Long groups = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelectorAll('fieldset:not(:has(> legend))').length;");
            assertThat(unlabelled).as(path).isEmpty();
            assertThat(groups).as(path).isZero();
            assertThat(consoleErrors()).as(path).isEmpty();
        }
        if (System.getProperty("screenshots") != null) {
            open("/workbook?example=live-facial-recognition-missing-persons-deployment");
            screenshot("web-workbook.png", 1900);
        }
    }

    // ------------------------------------------------------------------ a person at the form

    private static void fillProfile(SystemProfile p) {
        driver.findElement(By.id("f-system-name")).sendKeys(p.name());
        driver.findElement(By.id("f-system-purpose")).sendKeys(p.purpose());
        choose("system.applicationArea", p.applicationArea().name());
        new Select(driver.findElement(By.id("f-system-lifecycleStage"))).selectByValue(p.lifecycleStage().name());
        choose("system.legalBasis", p.legalBasis().name());
        Map<String, Boolean> facts = Map.ofEntries(Map.entry("processesBiometricData", p.processesBiometricData()),
                Map.entry("processesPersonalData", p.processesPersonalData()), Map.entry("realTime", p.realTime()),
                Map.entry("publiclyAccessibleSpace", p.publiclyAccessibleSpace()),
                Map.entry("affectsVulnerableGroups", p.affectsVulnerableGroups()),
                Map.entry("individualLevelPredictions", p.individualLevelPredictions()),
                Map.entry("automatedDecisionWithLegalEffect", p.automatedDecisionWithLegalEffect()),
                Map.entry("humanReviewOfOutputs", p.humanReviewOfOutputs()),
                Map.entry("matchesAgainstReferenceList", p.matchesAgainstReferenceList()),
                Map.entry("infersStateOrIntent", p.infersStateOrIntent()),
                Map.entry("sharesWithPartnersOrAbroad", p.sharesWithPartnersOrAbroad()),
                Map.entry("authenticatesEvidence", p.authenticatesEvidence()),
                Map.entry("observesAssemblyOrExpression", p.observesAssemblyOrExpression()));
        facts.forEach((field, on) -> {
            if (on) {
                click(driver.findElement(By.id("f-system-" + field)));
            }
        });
        choose("system.sourcing", p.sourcing().name());
        for (DataSource d : p.dataSources()) {
            choose("system.dataSources", d.name());
        }
        for (java.util.Map.Entry<String, List<WebForms.Field>> typed : WebForms.sections(p).entrySet()) {
            // Folded away while the section's rule set is not enabled, but part of the profile all the same.
            WebElement section = driver.findElement(By.id("facts-" + typed.getKey()));
            if (section.getAttribute("open") == null) {
                click(section.findElement(By.tagName("summary")));
            }
            for (WebForms.Field field : typed.getValue()) {
                WebElement control = driver.findElement(By.name(field.name()));
                if (control.getTagName().equals("select")) {
                    center(control);
                    new Select(control).selectByValue(field.value());
                } else if ("checkbox".equals(control.getAttribute("type"))) {
                    choose(field.name(), field.value());
                } else {
                    center(control);
                    control.sendKeys(field.value());
                }
            }
        }
    }

    private static void rate(String factor, FactorRating r) {
        String base = "ratings." + factor + ".";
        choose(base + "likelihood", r.likelihood().name());
        if (r.severity() != null) {
            choose(base + "severity", r.severity().name());
        } else {
            WebElement section = driver.findElement(By.id("f-ratings-" + factor));
            click(section.findElement(By.cssSelector("details.criteria summary")));
            select(base + "severity.scale", r.severityCriteria().scale());
            select(base + "severity.scope", r.severityCriteria().scope());
            select(base + "severity.irremediability", r.severityCriteria().irremediability());
        }
        for (MitigationClaim m : r.mitigations()) {
            WebElement status = driver.findElement(By.name(base + "mitigations." + m.id() + ".status"));
            center(status);
            new Select(status).selectByValue(m.effectiveStatus().name());
        }
        if (r.rationale() != null) {
            // Pasted rather than typed key by key: the profile's purpose is typed, and typing sixteen
            // paragraphs more would only make the test slow.
            WebElement rationale = driver.findElement(By.name(base + "rationale"));
            center(rationale);
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", rationale, r.rationale());
        }
    }

    private static void choose(String name, String value) {
        click(driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")));
    }

    private static void select(String name, int value) {
        WebElement select = driver.findElement(By.name(name));
        center(select);
        new Select(select).selectByValue(String.valueOf(value));
    }

    /** Clicks as a person would, with the element in the middle of the window, clear of the sticky bars. */
    private static void click(WebElement element) {
        center(element);
        element.click();
    }

    /** Presses a button that loads a new page, and waits for it. */
    private static void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(driver.findElement(button));
        HeadlessChromium.waitUntilLeft(driver, page);
    }

    /** The text of an element once the browser shows some: on a loaded machine it can lag the page. */
    private static String shownText(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String text = d.findElement(element).getText();
            return text.isBlank() ? null : text;
        });
    }

    private static void center(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static void open(String path) {
        driver.manage().logs().get(LogType.BROWSER); // drop entries of earlier pages
        driver.get(server.uri().resolve(path).toString());
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The one file with {@code extension} that the browser finished downloading. */
    private static Path downloaded(String extension) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    // ------------------------------------------------------------------ the CLI's result

    private static Map<String, String> levels(JsonNode report) {
        Map<String, String> levels = new java.util.LinkedHashMap<>();
        report.path("factors").forEach(f -> levels.put(f.path("id").asText(),
                f.path("inherentLevel").asText() + " -> " + f.path("residualLevel").asText()));
        return levels;
    }

    private static JsonNode withoutTime(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generatedAt");
        return copy;
    }

    /** Saves a screenshot of the page's top {@code height} pixels when -Dscreenshots is set. */
    private static void screenshot(String name, int height) {
        if (System.getProperty("screenshots") == null) {
            return;
        }
        try {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            driver.manage().window().setSize(new Dimension(1200, height));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(new Dimension(1200, 900));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
