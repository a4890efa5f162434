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
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless windows have a minimum width; the page itself sees exactly this viewport.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
