package io.slotwise.server.widget;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.booking.ManageTokens;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The manage page a confirmation mail links to, in a real browser: see, move and cancel a booking. */
@Tag("browser")
class ManageBrowserTest extends BrowserTest {

    @Autowired
    ManageTokens manageTokens;

    @Test
    void theCustomerMovesAndThenCancelsTheirBookingFromTheLink() throws Exception {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        Duration in = Duration.ofDays(2);
        UUID session = fixtures.session(activity, in, 8);
        // Another time on the same day at the venue, whatever the hour this runs at.
        ZonedDateTime start = clock.instant().plus(in).atZone(ZoneId.of("Europe/Berlin"));
        Duration other = start.plusHours(1).toLocalDate().equals(start.toLocalDate()) ? in.plusHours(1) : in.minusHours(1);
        UUID otherSession = fixtures.session(activity, other, 8);
        JsonNode held = api().post("/api/v1/public/reservations",
                map("sessionId", session, "partySize", 2, "email", "browser-" + UUID.randomUUID() + "@example.com")).json();
        JsonNode booking = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", "Robin"), "X-Hold-Token", held.path("holdToken").asString()).json();
        String number = booking.path("bookingNumber").asString();
        String token = manageTokens.tokenFor(UUID.fromString(booking.path("id").asString()));

        driver = Browser.start(420, 900);
        driver.get("http://localhost:" + port + "/manage?booking=" + number + "&token=" + token);
        WebDriverWait waiting = new WebDriverWait(driver, Duration.ofSeconds(10));

        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingTitle"))).getText()).contains(number);
        assertThat(driver.getCurrentUrl()).as("the secret leaves the address bar").doesNotContain(token);
        assertThat(driver.findElement(By.tagName("dl")).getText()).contains(activity.name()).contains("2");

        waiting.until(ExpectedConditions.elementToBeClickable(By.id("chooseOtherTime"))).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + otherSession + "']"))).click();
        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("manageNote"))).getText())
                .contains("new time");
        assertThat(fixtures.remaining(otherSession)).isEqualTo(6);
        assertThat(fixtures.remaining(session)).isEqualTo(8);

        waiting.until(ExpectedConditions.elementToBeClickable(By.id("cancelBooking"))).click();
        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelQuestion"))).getText())
                .contains("Nothing paid online is refunded");
        driver.findElement(By.id("confirmCancel")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookingStatus"), "cancelled"));
        assertThat(fixtures.remaining(otherSession)).isEqualTo(8);
        assertThat(driver.findElements(By.id("cancelBooking"))).as("nothing more to do").isEmpty();

        driver.get("http://localhost:" + port + "/manage?booking=" + number + "&token=wrong");
        assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("manageProblem"))).getText())
                .contains("could not find this booking");
        fixtures.assertCapacityInvariant();
    }
}
