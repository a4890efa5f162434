package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.support.Browser;
import io.slotwise.server.support.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of each step of a booking in the widget, as a phone shows it, written to
 * {@code server/target/widget-screenshots/} (the README's pictures come from here):
 * {@code mvn -B -pl server -am verify -Dtest=WidgetScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("browser")
class WidgetScreenshotsTest extends DatabaseTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en, ''", "de, de-"})
    void everyStepOfABookingIsPictured(String language, String prefix) throws Exception {
        Path out = Path.of("target", "widget-screenshots");
        Files.createDirectories(out);
        // An escape room as venues sell it: private, priced by the group's size.
        ActivityDetails activity = fixtures.sellingActivity(fixtures.venue("Europe/Berlin").id(), "The Pharaoh's Tomb", 60,
                io.slotwise.common.api.BookingMode.PRIVATE, 2, 6, java.util.List.of(), 15, null, java.util.List.of(
                        new io.slotwise.common.api.GroupPrice(2, 6000L), new io.slotwise.common.api.GroupPrice(3, 7800L),
                        new io.slotwise.common.api.GroupPrice(4, 9600L), new io.slotwise.common.api.GroupPrice(5, 11000L),
                        new io.slotwise.common.api.GroupPrice(6, 12600L)));
        UUID first = fixtures.session(activity, Duration.ofHours(26), 6);
        fixtures.session(activity, Duration.ofHours(27), 6);
        UUID full = fixtures.session(activity, Duration.ofHours(28), 2);
        api().post("/api/v1/public/reservations", io.slotwise.server.support.Api.map("sessionId", full, "partySize", 2,
                "email", "full@example.com"));
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();
        ChromeDriver driver = Browser.start(390, 760);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get("http://localhost:" + port + "/embed?widget=calendar&locale=" + language + "&key=" + key);
            LocalDate day = clock.instant().plus(Duration.ofHours(26)).atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
            Browser.showDay(driver, day);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + first + "']")));
            shot(driver, out, prefix + "1-slots");
            driver.findElement(By.cssSelector("[data-session='" + first + "']")).click();
            new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("4");
            driver.findElement(By.id("email")).sendKeys("ana@example.com");
            driver.findElement(By.id("name")).sendKeys("Ana Lima");
            shot(driver, out, prefix + "2-details");
            driver.findElement(By.id("holdButton")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
            shot(driver, out, prefix + "3-held");
            driver.findElement(By.id("confirmButton")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber")));
            shot(driver, out, prefix + "4-confirmed");
        } finally {
            driver.quit();
        }
        assertThat(out.resolve(prefix + "4-confirmed.png")).exists();
    }

    private static void shot(ChromeDriver driver, Path out, String name) throws Exception {
        Files.write(out.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
