package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.testing.FakeStripe;
import io.slotwise.server.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The gift card shop in the widget: a card chosen, paid on the payment page, and its code shown on return. */
@Tag("browser")
class WidgetGiftShopBrowserTest extends BrowserTest {

    @Test
    void aCardBoughtInGermanIsPaidOnThePaymentPageAndItsCodeShownOnReturn() throws Exception {
        driver = Browser.start(420, 900);
        FakeStripe stripe = FakeStripe.shared();
        stripe.reset();
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId()).json()
                .path("embedKey").asString();
        driver.get("http://localhost:" + port + "/embed?widget=giftcard&key=" + key + "&locale=de");

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("giftShopTitle"))).getText())
                .startsWith("Ein Gutschein für");
        new Select(driver.findElement(By.id("giftValue"))).selectByValue("7500");
        driver.findElement(By.id("buyGiftCard")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("giftShopError"))).getText())
                .isEqualTo("Bitte prüfen Sie die E-Mail-Adressen.");
        driver.findElement(By.id("buyerEmail")).sendKeys("kauf@example.com");
        driver.findElement(By.id("recipientEmail")).sendKeys("freundin@example.com");
        driver.findElement(By.id("buyGiftCard")).click();

        // The whole tab goes to the payment page (served by the Stripe fake).
        waiting().until(ExpectedConditions.urlContains("/c/pay/cs_test_"));
        String checkout = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement()
                .satisfies(call -> assertThat(call.form()).containsEntry("line_items[0][price_data][unit_amount]", "7500"));
        String payload = FakeStripe.event("evt_shop_" + checkout, "checkout.session.completed",
                FakeStripe.giftCardSession(checkout, stripe.lastCheckoutGiftCard(), "pi_shop_" + checkout, 7500), clock.instant());
        assertThat(api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload, "Stripe-Signature",
                FakeStripe.signature(payload, clock.instant(), FakeStripe.WEBHOOK_SECRET)).status()).isEqualTo(200);
        driver.get("http://localhost:" + port + "/embed?widget=giftcard&key=" + key + "&locale=de&checkout=" + checkout);

        String code = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("boughtCode"))).getText();
        assertThat(driver.findElement(By.id("widget")).getText()).contains("Ihr Gutschein über 75,00 € ist unterwegs an freundin@example.com.");
        assertThat(api().get("/api/v1/public/gift-cards/" + code).json().path("balance").asLong()).isEqualTo(7500);
    }
}
