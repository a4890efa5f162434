package io.slotwise.server.widget;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The booking widget in a real headless Chromium, against the real server. */
@Tag("browser")
class WidgetBrowserTest extends BrowserTest {

    /** An activity for 1-6 people, and one session of it with 6 places, three hours from now. */
    private record Slot(ActivityDetails activity, UUID session, Instant start) {
    }

    private Slot slot(PaymentMode mode) {
        ActivityDetails activity = fixtures.activity(6, 1, 6, mode);
        Instant start = clock.instant().plus(Duration.ofHours(3));
        return new Slot(activity, fixtures.session(activity, Duration.ofHours(3), 6), start);
    }

    private String embedKey(UUID venueId) {
        return api().as(fixtures.ownerToken(venueId)).get("/api/v1/venues/" + venueId).json().path("embedKey").asString();
    }

    /**
     * Opens the page and goes to the session's venue-local day: the venue calendar starts on today,
     * the single-activity embed on the first day with times.
     */
    private WebElement open(String query, UUID session, Instant start) {
        driver.get("http://localhost:" + port + "/embed?" + query);
        Browser.showDay(driver, start.atZone(ZoneId.of("Europe/Berlin")).toLocalDate());
        return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']")));
    }

    private void book(WebElement slot, int party) {
        slot.click();
        new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue(String.valueOf(party));
        driver.findElement(By.id("email")).sendKeys("web@example.com");
        driver.findElement(By.id("name")).sendKeys("Web Customer");
        driver.findElement(By.id("holdButton")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        driver.findElement(By.id("confirmButton")).click();
    }

    @Test
    void aPayAtVenueBookingInTheVenueCalendarOnANarrowPhone() throws Exception {
        driver = Browser.start(320, 800);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);
        ActivityDetails activity = slot3h.activity();
        Instant start = slot3h.start();
        UUID session = slot3h.session();

        book(open("widget=calendar&key=" + embedKey(activity.venueId()), session, start), 2);

        String number = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText();
        assertThat(number).matches("SW-[2-9A-Z]{6}");
        assertThat(fixtures.remaining(session)).isEqualTo(4);
        Long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("nothing wider than a 320 px screen").isLessThanOrEqualTo(320L);
    }

    @Test
    void aPayAtVenueBookingInTheSingleActivityEmbed() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);
        ActivityDetails activity = slot3h.activity();
        Instant start = slot3h.start();
        UUID session = slot3h.session();

        book(open("widget=singlegame&activityId=" + activity.id(), session, start), 3);

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText()).startsWith("SW-");
        assertThat(fixtures.remaining(session)).isEqualTo(3);
    }

    @Test
    void aSlotTakenByAnotherCustomerUpdatesWithoutAReload() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);
        ActivityDetails activity = slot3h.activity();
        Instant start = slot3h.start();
        UUID session = slot3h.session();
        WebElement slot = open("widget=calendar&key=" + embedKey(activity.venueId()), session, start);
        assertThat(slot.getText()).contains("6 places left");

        api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 6, "email", "other@example.com"));

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-session='" + session + "']"), "Full"));
        assertThat(driver.findElement(By.cssSelector("[data-session='" + session + "']")).isEnabled()).isFalse();
    }

    @Test
    void anExpiredHoldSendsTheCustomerBackToTheSlotsWithTheSeatsBack() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);
        ActivityDetails activity = slot3h.activity();
        Instant start = slot3h.start();
        UUID session = slot3h.session();
        WebElement slot = open("widget=calendar&key=" + embedKey(activity.venueId()), session, start);
        // The server's clock runs ten minutes late, less three seconds: the hold ends 3 s from now.
        clock.set(Instant.now().minus(Duration.ofMinutes(10)).plusSeconds(3));
        slot.click();
        driver.findElement(By.id("email")).sendKeys("slow@example.com");
        driver.findElement(By.id("name")).sendKeys("Slow Customer");
        driver.findElement(By.id("holdButton")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "expired"));
        clock.reset();
        api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/maintenance/release-expired", "");
        driver.findElement(By.id("startAgain")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-session='" + session + "']"), "6 places left"));
        assertThat(fixtures.remaining(session)).isEqualTo(6);
    }

    @Test
    void theWholeBookingWorksWithTheKeyboardAlone() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);
        ActivityDetails activity = slot3h.activity();
        Instant start = slot3h.start();
        UUID session = slot3h.session();
        open("widget=calendar&key=" + embedKey(activity.venueId()), session, start);
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);

        // Tab until the slot has the focus, then work every step with keys only.
        for (int i = 0; i < 30 && !session.toString().equals(driver.switchTo().activeElement().getAttribute("data-session")); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("data-session")).isEqualTo(session.toString());
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        // The focused element may be redrawn while it is read: read it again then.
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "partySize".equals(d.switchTo().activeElement().getAttribute("id")));
        keys.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
        keys.sendKeys(org.openqa.selenium.Keys.TAB, "keys@example.com", org.openqa.selenium.Keys.TAB, "Key Board",
                org.openqa.selenium.Keys.ENTER).perform();
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "confirmButton".equals(d.switchTo().activeElement().getAttribute("id")));
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText()).startsWith("SW-");
        assertThat(fixtures.remaining(session)).isEqualTo(4);
    }

    @Test
    void cancellingAHoldGivesTheSeatsBackAndAPrepaidBookingIsPaidOnStripesPageAndShownOnReturn() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PREPAY);
        UUID session = slot3h.session();
        holdInBrowser("widget=singlegame&activityId=" + slot3h.activity().id(), slot3h);
        assertThat(fixtures.remaining(session)).isEqualTo(5);
        driver.findElement(By.id("cancelHold")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-session='" + session + "']"), "6 places left"));
        assertThat(fixtures.remaining(session)).isEqualTo(6);

        holdInBrowser(null, slot3h);
        assertThat(driver.findElements(By.id("payUnavailable"))).isEmpty();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("payNow"))).click();

        // The whole tab goes to the payment page (served by the Stripe fake).
        waiting().until(ExpectedConditions.urlContains("/c/pay/cs_test_"));
        String checkout = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        String hold = io.slotwise.common.testing.FakeStripe.shared().lastCheckoutReservation();
        String payload = io.slotwise.common.testing.FakeStripe.event("evt_browser_" + checkout, "checkout.session.completed",
                io.slotwise.common.testing.FakeStripe.session(checkout, hold, "complete", "paid", "pi_browser_" + checkout, slot3h.activity().price(), "Pre Paid"), // one person
                clock.instant());
        int delivered = api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload, "Stripe-Signature",
                io.slotwise.common.testing.FakeStripe.signature(payload, clock.instant(),
                        io.slotwise.common.testing.FakeStripe.WEBHOOK_SECRET)).status();
        assertThat(delivered).isEqualTo(200);
        // Stripe sends the customer back to the success URL with the page's id filled in.
        driver.get("http://localhost:" + port + "/embed?widget=paid&checkout=" + checkout);

        String number = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText();
        assertThat(number).isEqualTo(fixtures.bookingNumberOfHold(UUID.fromString(hold)));
        assertThat(fixtures.remaining(session)).isEqualTo(5);
    }

    /** Opens the widget (unless {@code query} is null: it is open) and holds two places of the slot. */
    private void holdInBrowser(String query, Slot slot) throws Exception {
        if (query != null) {
            open(query, slot.session(), slot.start()).click();
        } else {
            // Live updates may redraw the slots at any moment: find and click again if the button was replaced.
            waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector("[data-session='" + slot.session() + "']")).click();
                return true;
            });
        }
        driver.findElement(By.id("email")).sendKeys("pre@example.com");
        driver.findElement(By.id("name")).sendKeys("Pre Paid");
        driver.findElement(By.id("holdButton")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
    }

    @Test
    void aLocaleThatIsNoLanguageFallsBackAndTheWidgetStillBooks() throws Exception {
        driver = Browser.start(1024, 900);
        Slot slot3h = slot(PaymentMode.PAY_AT_VENUE);

        book(open("widget=singlegame&locale=%3Cbad%3E&activityId=" + slot3h.activity().id(), slot3h.session(), slot3h.start()), 2);

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingNumber"))).getText()).startsWith("SW-");
    }

    @Test
    void anUnknownKeyShowsAFriendlyMessage() throws Exception {
        driver = Browser.start(1024, 900);

        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=no-such-venue");

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("message"))).getText())
                .contains("not available");
    }
}
