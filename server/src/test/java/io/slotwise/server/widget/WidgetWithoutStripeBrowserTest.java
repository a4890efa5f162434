package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import io.slotwise.server.support.WithoutStripeTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A server without Stripe, as the demo runs: a prepaid activity says so before any time is chosen, and holds nothing. */
@Tag("browser")
class WidgetWithoutStripeBrowserTest extends WithoutStripeTest {

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The widget opens on the venue's today; a session starting {@code in} from now may be on the next day there. */
    private void toDayOf(WebDriverWait waiting, Duration in) {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant now = clock.instant();
        if (!now.plus(in).atZone(berlin).toLocalDate().equals(now.atZone(berlin).toLocalDate())) {
            waiting.until(ExpectedConditions.elementToBeClickable(By.id("nextDay"))).click();
        }
    }

    private String embedKey(UUID venueId) {
        return api().as(fixtures.ownerToken(venueId)).get("/api/v1/venues/" + venueId)
                .json().path("embedKey").asString();
    }

    @Test
    void aPrepaidActivitySaysItCannotBeBookedOnlineBeforeAnyHold() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails prepaid = fixtures.activity(6, 1, 6, PaymentMode.PREPAY);
        UUID session = fixtures.session(prepaid, Duration.ofMinutes(30), 6);

        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + prepaid.id());

        WebDriverWait waiting = new WebDriverWait(driver, Duration.ofSeconds(10));
        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("payUnavailable"))).getText())
                .contains("Online payment is not available");
        toDayOf(waiting, Duration.ofMinutes(30));
        var slot = waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-session='" + session + "']")));
        assertThat(slot.isEnabled()).as("no time of it can be chosen").isFalse();
        assertThat(slot.getText()).contains("Book with the venue");
        assertThat(fixtures.remaining(session)).isEqualTo(6);
    }

    @Test
    void theVenueCalendarNamesThePrepaidActivityBeforeAnyHold() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails prepaid = fixtures.activity(6, 1, 6, PaymentMode.PREPAY);
        UUID prepaidSession = fixtures.session(prepaid, Duration.ofMinutes(30), 6);

        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + embedKey(prepaid.venueId()));

        WebDriverWait waiting = new WebDriverWait(driver, Duration.ofSeconds(10));
        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("payUnavailable"))).getText())
                .contains(prepaid.name());
        toDayOf(waiting, Duration.ofMinutes(30));
        assertThat(waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-session='" + prepaidSession + "']")))
                .isEnabled()).isFalse();
    }
}
