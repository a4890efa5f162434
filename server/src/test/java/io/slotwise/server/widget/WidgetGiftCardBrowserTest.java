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

/**
 * A gift card in the widget, on the held screen: a code that cannot pay is said kindly under its
 * field, a good one shows what it pays and what is left, and a card that pays it all books a
 * prepaid activity without the payment page.
 */
@Tag("browser")
class WidgetGiftCardBrowserTest extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private String sell(ActivityDetails activity, long amount) {
        return api().as(fixtures.staffToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/gift-cards",
                map("amount", amount, "currency", "EUR")).json().path("code").asString();
    }

    private void holdTwo(ActivityDetails activity, UUID session, String locale) {
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId()).json()
                .path("embedKey").asString();
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + key + (locale == null ? "" : "&locale=" + locale));
        Browser.showDay(driver, clock.instant().plus(Duration.ofHours(3)).atZone(BERLIN).toLocalDate());
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']"))).click();
        new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        driver.findElement(By.id("email")).sendKeys("gift@example.com");
        driver.findElement(By.id("name")).sendKeys("Gina Gift");
        driver.findElement(By.id("holdButton")).click();
        // The field is loaded only for a customer who has a card.
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("useGiftCard"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("giftCardCode")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("giftCardCode");
    }

    private void tryCard(String code) {
        WebElement field = driver.findElement(By.id("giftCardCode"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("applyGiftCard")).click();
    }

    @Test
    void aCardThatPaysItAllBooksAPrepaidActivityWithoutThePaymentPage() throws Exception {
        driver = Browser.start(420, 900);
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 8);
        String code = sell(activity, 10000);
        holdTwo(activity, session, null);
        assertThat(driver.findElement(By.id("payNow")).isDisplayed()).as("before the card, it is paid online").isTrue();

        tryCard("AAAA-BBBB-CCCC-DDDD");

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("giftCardError")));
        assertThat(error.getText()).isEqualTo("Unknown gift card. Please check its code.");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("back to the code, to correct it").isEqualTo("giftCardCode");

        tryCard(code.toLowerCase());

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("heldGiftCard"))).getText())
                .isEqualTo("Gift card: −€50.00");
        assertThat(driver.findElement(By.id("heldDue")).getText()).isEqualTo("To pay: €0.00");
        assertThat(driver.findElements(By.id("payNow"))).as("nothing is left to pay online").isEmpty();
        assertThat(driver.findElements(By.id("useGiftCard"))).as("one card pays one booking").isEmpty();
        driver.findElement(By.id("confirmButton")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingSummary"))).getText())
                .contains("Total\n€50.00").contains("Gift card\n−€50.00");
        assertThat(api().get("/api/v1/public/gift-cards/" + code).json().path("balance").asLong()).isEqualTo(5000);
    }

    @Test
    void inGermanAPartialCardShowsWhatIsLeftToPay() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 8);
        String code = sell(activity, 2000);
        holdTwo(activity, session, "de");

        tryCard(code);

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("heldGiftCard"))).getText())
                .isEqualTo("Gutschein: −20,00 €");
        assertThat(driver.findElement(By.id("heldDue")).getText()).isEqualTo("Zu zahlen: 30,00 €");
    }
}
