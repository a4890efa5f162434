package io.slotwise.server.widget;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A promo code in the widget: a code that does not apply is said kindly under its field, a good one shows its discount before booking. */
@Tag("browser")
class WidgetPromoCodeBrowserTest extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private void openOnSession(ActivityDetails activity, UUID session, String locale) {
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId()).json()
                .path("embedKey").asString();
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + key + (locale == null ? "" : "&locale=" + locale));
        Browser.showDay(driver, clock.instant().plus(Duration.ofHours(3)).atZone(BERLIN).toLocalDate());
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']"))).click();
        new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        driver.findElement(By.id("email")).sendKeys("promo@example.com");
        driver.findElement(By.id("name")).sendKeys("Pia Promo");
    }

    private void tryCode(String code) {
        WebElement field = driver.findElement(By.id("promoCode"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("holdButton")).click();
    }

    @Test
    void aCodeThatDoesNotApplyIsSaidUnderItsFieldAndAGoodOneShowsItsDiscountBeforeBooking() throws Exception {
        driver = Browser.start(420, 900);
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 8);
        api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/promo-codes",
                map("code", "WELCOME-20", "percentOff", 20));
        openOnSession(activity, session, null);

        tryCode("welcom-20");

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promoCodeError")));
        assertThat(error.getText()).isEqualTo("We don't know the code WELCOM-20. Please check how it is written.");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("back to the code, to correct it").isEqualTo("promoCode");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).as("what was typed stays").isEqualTo("Pia Promo");
        assertThat(fixtures.remaining(session)).isEqualTo(8);

        tryCode("welcome-20");

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("heldDiscount"))).getText())
                .isEqualTo("Code WELCOME-20: −€10.00");
        assertThat(driver.findElement(By.id("heldPrice")).getText()).isEqualTo("Total: €50.00");
        assertThat(driver.findElement(By.id("heldDue")).getText()).isEqualTo("To pay: €40.00");
        driver.findElement(By.id("confirmButton")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingSummary"))).getText())
                .contains("Promo code\n−€10.00").contains("Total\n€40.00");
    }

    @Test
    void inGermanTheReasonIsGerman() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 8);
        api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/promo-codes",
                map("code", "EINMAL", "amountOff", 500, "maxUses", 1));
        api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "first@example.com",
                "promoCode", "EINMAL"));
        openOnSession(activity, session, "de");

        tryCode("einmal");

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promoCodeError"))).getText())
                .isEqualTo("Der Code EINMAL ist bereits aufgebraucht.");
    }
}
