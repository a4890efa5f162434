package io.slotwise.server.widget;

import io.slotwise.server.support.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test of the widget against the test server: the test starts its browser into
 * {@link #driver} ({@code Browser.start}); afterwards the page as the test left it is kept in
 * {@code target/browser-screenshots} (to look at when a test fails) and the browser is closed.
 */
@Tag("browser")
abstract class BrowserTest extends DatabaseTest {

    protected ChromeDriver driver;

    @AfterEach
    void quitBrowser(TestInfo test) throws Exception {
        if (driver != null) {
            Path shots = Path.of("target", "browser-screenshots");
            Files.createDirectories(shots);
            Files.write(shots.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    /** Waits up to ten seconds (the page's own retries and live updates come well within). */
    protected WebDriverWait waiting() {
        return waiting(10);
    }

    /** Waits that read an element again if a live update redrew it between finding and reading it. */
    protected WebDriverWait waiting(int seconds) {
        WebDriverWait waiting = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }
}
