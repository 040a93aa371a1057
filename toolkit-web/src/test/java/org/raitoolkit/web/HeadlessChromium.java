package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests, driven by its chromedriver. */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test class when Chromium is missing; under {@code CI=true} fails instead. */
    static void requireOrSkip() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("headless Chromium is required under CI: install Debian's chromium and chromium-driver packages"
                    + " (expected " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        assumeTrue(present, "Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "); skipping the browser test");
    }

    /** Options for a quiet headless window of 1200 x 900 whose profile lives in {@code dir}. */
    static ChromeOptions options(Path dir) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1200,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        return options;
    }

    /** A driver for {@code options}, waiting up to 2 s for elements. */
    static ChromeDriver start(ChromeOptions options) {
        // Explicit paths, so that Selenium Manager never tries to download a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * Waits until the page that {@code html} (its root element) belonged to has been left. Chromium
     * reports a node of a page just left either as stale or, now and then, as a node that "does not
     * belong to the document"; both mean the old page is gone.
     */
    static void waitUntilLeft(WebDriver driver, WebElement html) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
