package io.slotwise.server.payment;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.testing.FakeStripe;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A hold paid partly with a gift card and the rest online: Stripe charges what is left, a refund
 * goes back each way it was paid, and a late payment needs the card's part again.
 */
class GiftCardPaymentTest extends DatabaseTest {

    final FakeStripe stripe = FakeStripe.shared();
    ActivityDetails activity;
    UUID session;
    Api staff;
    JsonNode card;

    @BeforeEach
    void prepaidSessionAndACard() {
        stripe.reset();
        activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        session = fixtures.session(activity, Duration.ofHours(48), 8);
        staff = api().as(fixtures.staffToken(activity.venueId()));
        card = staff.post("/api/v1/venues/" + activity.venueId() + "/gift-cards", map("amount", 3000, "currency", "EUR")).json();
    }

    /** A hold of three (75.00) with the card's 30.00 on it: 45.00 left to pay. */
    private JsonNode heldWithCard() {
        JsonNode hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "card@example.com"))
                .json();
        Response applied = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/gift-card",
                map("code", card.path("code").asString()), "X-Hold-Token", hold.path("holdToken").asString());
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().path("amountDue").asLong()).isEqualTo(4500);
        return applied.json().deepCopy().withObject("").put("holdToken", hold.path("holdToken").asString());
    }

    private String checkout(JsonNode hold) {
        Response started = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/checkout", "",
                "X-Hold-Token", hold.path("holdToken").asString());
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().path("checkoutSessionId").asString();
    }

    private void paid(String page, JsonNode hold, String paymentIntent) {
        String session = FakeStripe.session(page, hold.path("id").asString(), "complete", "paid", paymentIntent,
                hold.path("amountDue").asLong(), "Pat Payer");
        String payload = FakeStripe.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session, clock.instant());
        assertThat(api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload,
                "Stripe-Signature", FakeStripe.signature(payload, clock.instant(), FakeStripe.WEBHOOK_SECRET)).status()).isEqualTo(200);
    }

    private long balance() {
        return staff.get("/api/v1/gift-cards/" + card.path("id").asString()).json().path("card").path("balance").asLong();
    }

    @Test
    void stripeChargesWhatTheCardLeftAndACancellationRefundsEachPartTheWayItWasPaid() {
        JsonNode hold = heldWithCard();

        paid(checkout(hold), hold, "pi_with_card");

        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement().satisfies(call -> assertThat(call.form())
                .containsEntry("line_items[0][price_data][unit_amount]", "4500")
                .containsEntry("line_items[0][price_data][product_data][name]", activity.name() + ", 3 people (gift card)"));
        JsonNode booking = staff.get("/api/v1/venues/" + activity.venueId() + "/bookings").json().get(0);
        assertThat(booking.path("giftCardAmount").asLong()).isEqualTo(3000);
        assertThat(booking.path("amountDue").asLong()).isEqualTo(4500);
        assertThat(booking.path("paymentMethod").asString()).isEqualTo("ONLINE");
        assertThat(balance()).isZero();

        staff.post("/api/v1/bookings/" + booking.path("id").asString() + "/cancel", map());

        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_with_card", 4500));
        assertThat(balance()).isEqualTo(3000);
        JsonNode cancelled = staff.get("/api/v1/bookings/" + booking.path("id").asString()).json();
        assertThat(cancelled.path("refundedAmount").asLong()).isEqualTo(7500);
        assertThat(cancelled.path("paymentStatus").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void aLatePaymentTakesTheCardsPartAgainWhileTheCardStillHasIt() {
        JsonNode late = heldWithCard();
        String page = checkout(late);
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        assertThat(balance()).as("the card's part is not spent by an ended hold").isEqualTo(3000);

        paid(page, late, "pi_late_card");

        assertThat(fixtures.holdStatus(UUID.fromString(late.path("id").asString()))).isEqualTo("CONFIRMED");
        assertThat(stripe.refunds()).isEmpty();
        assertThat(balance()).isZero();
    }

    @Test
    void aLatePaymentWhoseCardWasSpentMeanwhileIsRefundedNotBooked() {
        JsonNode late = heldWithCard();
        String page = checkout(late);
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        JsonNode other = heldWithCard();
        assertThat(other.path("giftCardAmount").asLong()).as("the card's balance went to the next hold").isEqualTo(3000);

        paid(page, late, "pi_late_spent");

        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_late_spent", 4500));
        assertThat(fixtures.holdStatus(UUID.fromString(late.path("id").asString()))).isIn("EXPIRED", "RELEASED");
        assertThat(fixtures.remaining(session)).as("only the other hold's places are taken").isEqualTo(5);
    }

    @Test
    void aCardCannotChangeWhatIsDueWhileThePaymentPageIsOpen() {
        JsonNode hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "open@example.com"))
                .json();
        checkout(hold);

        Response refused = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/gift-card",
                map("code", card.path("code").asString()), "X-Hold-Token", hold.path("holdToken").asString());

        assertThat(refused.code()).isEqualTo("GIFT_CARD_NOT_APPLICABLE");
        assertThat(refused.json().path("detail").asString()).contains("payment page is open");
        assertThat(balance()).as("nothing set aside").isEqualTo(3000);
        assertThat(api().get("/api/v1/public/gift-cards/" + card.path("code").asString()).json().path("available").asLong())
                .isEqualTo(3000);
    }

    @Test
    void aHoldThatACardPaysWhollyHasNothingToPayOnline() {
        JsonNode hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "all@example.com"))
                .json();
        api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/gift-card", map("code", card.path("code").asString()),
                "X-Hold-Token", hold.path("holdToken").asString());

        Response started = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/checkout", "",
                "X-Hold-Token", hold.path("holdToken").asString());

        assertThat(started.code()).isEqualTo("NOTHING_TO_PAY");
        assertThat(stripe.calls("/v1/checkout/sessions")).isEmpty();
    }
}
