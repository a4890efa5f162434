package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget when the server drops out of reach mid-booking (the browser is taken offline, as a
 * restarting server or a lost connection would): it says so, offers to try again, keeps what the
 * customer typed, and carries on by itself once the server answers, holding the places once.
 */
@Tag("browser")
class WidgetRecoveryBrowserTest extends BrowserTest {

    /** Longer than the page's retries: they back off to several seconds between attempts. */
    @Override
    protected WebDriverWait waiting() {
        return waiting(20);
    }

    private void network(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private String embedKey(UUID venueId) {
        return api().as(fixtures.ownerToken(venueId)).get("/api/v1/venues/" + venueId).json().path("embedKey").asString();
    }

    @Test
    void aHoldTriedWhileTheServerIsUnreachableIsMadeOnceItAnswersWithWhatWasTyped() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + embedKey(activity.venueId()));
        LocalDate day = clock.instant().plus(Duration.ofHours(3)).atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        if (!day.equals(clock.instant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())) {
            waiting().until(ExpectedConditions.elementToBeClickable(By.id("nextDay"))).click();
        }
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("[data-session='" + session + "']")).click();
            return true;
        });
        new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        driver.findElement(By.id("email")).sendKeys("offline@example.com");
        driver.findElement(By.id("name")).sendKeys("Off Line");

        network(false);
        driver.findElement(By.id("holdButton")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offline"))).getText()).contains("can't reach");
        assertThat(driver.findElement(By.id("retry")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("offline@example.com");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Off Line");
        assertThat(fixtures.remaining(session)).isEqualTo(6);

        network(true); // the widget tries again by itself: no click needed
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        assertThat(fixtures.remaining(session)).as("held once, for the party typed").isEqualTo(4);
        driver.findElement(By.id("confirmButton")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText()).startsWith("SW-");
        assertThat(fixtures.remaining(session)).isEqualTo(4);
        fixtures.assertCapacityInvariant();
    }

    @Test
    void aWidgetOpenedWhileTheServerIsUnreachableOpensOnceItAnswers() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        String url = "http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id();
        driver.get(url); // the page itself loads
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("date")));

        network(false);
        driver.findElement(By.id("nextDay")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offline"))).getText()).contains("can't reach");
        network(true);
        driver.findElement(By.id("retry")).click();

        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline")));
        assertThat(driver.findElement(By.id("date")).getAttribute("data-day"))
                .isEqualTo(clock.instant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate().plusDays(1).toString());
    }

    @Test
    void aMonthTurnedWhileTheServerIsUnreachableIsMarkedOnceItAnswers() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        fixtures.session(activity, Duration.ofHours(3), 6);
        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.date.open")));

        network(false);
        driver.findElement(By.id("nextMonth")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offline"))).getText()).contains("can't reach");
        assertThat(driver.findElements(By.cssSelector("button.date:not(.unknown)"))).as("the new month's days, not yet known").isEmpty();
        network(true);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline")));
        waiting().until(d -> d.findElements(By.cssSelector("button.date.unknown")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("button.date.none"))).as("the month's days, marked").isNotEmpty();
    }
}
