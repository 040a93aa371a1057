package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Every page of the web app, checked in headless Chromium by axe-core against the WCAG 2.1 A and
 * AA rules and WCAG 2.2's minimum target size: the start page, each tool's form and result, the
 * risk assessment's two steps, forms sent back with problems (one with a final record that lacks
 * what a filed record needs), and an error page. axe-core comes from its webjar on the test class
 * path and is injected by WebDriver, which the app's Content-Security-Policy does not govern; the
 * policy the app sends is left as it is. Without Chromium the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
class AccessibilityInBrowserTest {


    /**
     * The WCAG 2.0 and 2.1 rules, levels A and AA, and WCAG 2.2's target size (2.5.8), which this
     * axe-core marks experimental and so runs only when named.
     */
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},"
            + " rules: {'target-size': {enabled: true}}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,"
            + "   nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', nodes: []}]));";

    @TempDir
    static Path dir;

    private static String axe;
    private static ToolkitWebServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireOrSkip();

        axe = axeScript();
        // With a drafter that offers a document for the risk example, so that the result page has its documents form.
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).documents(new BiometricNotes()).start();

        ChromeOptions options = HeadlessChromium.options(dir);
        driver = HeadlessChromium.start(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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
    void should_find_no_wcag_21_aa_violation_when_axe_checks_every_page_of_the_three_tools() {
        // GIVEN every page a person meets, reached through the app's own forms
        Map<String, List<String>> violations = new LinkedHashMap<>();

        // WHEN axe-core checks each of them
        open("/");
        check("start page", violations);
        open("/guide");
        check("introductory guide", violations);

        open("/readiness");
        check("readiness form", violations);
        open("/readiness?example=example-agency");
        check("readiness form, example agency", violations);
        submit(By.id("submit-assess"));
        check("readiness result", violations);

        open("/risk");
        check("risk form, profile step", violations);
        submit(By.id("submit-factors"));
        check("risk form, profile step sent back with problems", violations);
        open("/risk?example=live-facial-recognition-missing-persons");
        check("risk form, factors step", violations);
        // The example's record is final and complete: without its approver it is refused, with the fields marked.
        assertThat(driver.findElement(By.id("f-assessment-final")).isSelected()).isTrue();
        clear(By.id("f-assessment-approval-name"));
        clear(By.id("f-assessment-approval-approvedOn"));
        submit(By.id("submit-assess"));
        assertThat(driver.findElement(By.id("problems-title")).getText()).endsWith("problems to fix before the assessment can run");
        check("risk form, final record sent back with problems", violations);
        open("/risk?example=live-facial-recognition-missing-persons");
        submit(By.id("submit-assess"));
        assertThat(driver.findElements(By.id("document-choice"))).as("the documents form").hasSize(1);
        check("risk result, with its documents form", violations);

        submit(By.xpath("//button[normalize-space()='Open the workbook']"));
        check("workbook form, from the risk result", violations);
        open("/workbook");
        check("workbook form", violations);
        open("/workbook?example=live-facial-recognition-missing-persons-deployment");
        check("workbook form, example", violations);
        submit(By.id("submit-assess"));
        check("workbook result", violations);

        open("/nowhere");
        check("error page (404)", violations);

        // THEN none of them breaks a WCAG 2.1 A or AA rule
        List<String> report = new ArrayList<>();
        violations.forEach((page, found) -> found.forEach(v -> report.add(page + ": " + v)));
        if (!report.isEmpty()) {
            System.out.println("axe-core found " + report.size() + " WCAG 2.1 AA violation(s):\n" + String.join("\n", report));
        }
        assertThat(report).as("WCAG 2.1 AA violations found by axe-core:\n" + String.join("\n", report)).isEmpty();
    }

    @Test
    void should_report_the_violations_when_a_page_breaks_wcag_rules() {
        // GIVEN the start page, with an image without a text alternative, an unlabelled field, grey on white and
        // two tiny buttons side by side added
        open("/");
        driver.executeScript("var main = document.querySelector('main');"
                + "var img = document.createElement('img'); img.src = 'data:,'; main.appendChild(img);"
                + "for (var i = 0; i < 2; i++) { var b = document.createElement('button'); b.textContent = 'x';"
                + " b.style.cssText = 'width:10px;height:10px;padding:0;margin:0;border:0;font-size:6px;color:#000;background:#fff';"
                + " main.appendChild(b); }"
                + "var input = document.createElement('input'); input.type = 'text'; main.appendChild(input);"
                + "var p = document.createElement('p'); p.textContent = 'Hard to read'; p.style.color = '#bbbbbb';"
                + "p.style.background = '#ffffff'; main.appendChild(p);");
        Map<String, List<String>> violations = new LinkedHashMap<>();

        // WHEN axe-core checks it
        check("start page, broken on purpose", violations);

        // THEN it names each rule broken, and where
        assertThat(String.join("\n", violations.values().iterator().next()))
                .contains("image-alt (critical)", "label (critical)", "color-contrast (serious)", "target-size (serious)",
                        "at img\n");
    }

    // ------------------------------------------------------------------ axe-core

    /** axe.min.js from the axe-core webjar on the test class path. */
    private static String axeScript() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        }
        try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AccessibilityInBrowserTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " not on the test class path: is the axe-core webjar a test dependency?"));
        }
        return in;
    }

    /** Runs axe-core on the page shown, and adds what it finds, one line a rule and element, under {@code page}. */
    private static void check(String page, Map<String, List<String>> violations) {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        assertThat(js.executeScript("return typeof axe;")).as("axe-core loaded on " + page).isEqualTo("object");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(AXE_RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            String rule = v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " <" + v.get("helpUrl") + ">";
            if (nodes.isEmpty()) {
                lines.add(rule);
            }
            for (Map<String, Object> n : nodes) {
                lines.add(rule + "\n      at " + n.get("target") + "\n      " + String.valueOf(n.get("summary")).replace("\n", "\n      "));
            }
        }
        violations.put(page + " [" + driver.getCurrentUrl() + "]", lines);
    }

    // ------------------------------------------------------------------ the browser

    private static void open(String path) {
        driver.get(server.uri().resolve(path).toString());
    }

    /** Ticks a check box, as a person would. */
    private static void tick(By box) {
        WebElement element = driver.findElement(box);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Empties a text or date field, as a person would. */
    private static void clear(By field) {
        WebElement element = driver.findElement(field);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.clear();
    }

    /** Presses a button that loads a new page, and waits for it. */
    private static void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement element = driver.findElement(button);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        HeadlessChromium.waitUntilLeft(driver, page);
    }
}
