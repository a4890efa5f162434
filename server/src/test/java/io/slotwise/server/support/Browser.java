package io.slotwise.server.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven by Selenium; tests skip with a clear message where it is missing. */
public final class Browser {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) throws IOException {
        Assumptions.assumeTrue(new File(DRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // The page's console, for tests that check what a page tells its developer.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless windows have a minimum width; the page itself sees exactly this viewport.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** What pages have written to the browser's console since the last call. */
    public static java.util.List<String> console(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /**
     * Steps the widget's day forward to {@code day}. Live updates redraw the page at any moment,
     * so the shown day is read afresh each time rather than through a kept element.
     */
    public static void showDay(ChromeDriver driver, java.time.LocalDate day) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> shownDay(driver) != null);
        for (int step = 0; step < 3 && shownDay(driver).compareTo(day.toString()) < 0; step++) {
            String shown = shownDay(driver);
            driver.executeScript("document.getElementById('nextDay').click()");
            wait.until(d -> !shown.equals(shownDay(driver)));
        }
        org.assertj.core.api.Assertions.assertThat(shownDay(driver)).as("the widget's day").isEqualTo(day.toString());
    }

    /** The day the widget shows (its date heading), or null before it shows one. */
    public static String shownDay(ChromeDriver driver) {
        Object value = driver.executeScript("const d = document.getElementById('date'); return d ? d.dataset.day : null;");
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
