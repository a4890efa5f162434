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

/** A hold with a promo code paid online: Stripe charges what is left to pay, and a late payment needs the code's use again. */
class DiscountedPaymentTest extends DatabaseTest {

    final FakeStripe stripe = FakeStripe.shared();
    ActivityDetails activity;
    UUID session;
    Api staff;

    @BeforeEach
    void prepaidSessionWithACode() {
        stripe.reset();
        activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        session = fixtures.session(activity, Duration.ofHours(48), 8);
        staff = api().as(fixtures.staffToken(activity.venueId()));
        Response code = api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/promo-codes",
                map("code", "THIRD-OFF", "percentOff", 33, "maxUses", 1));
        assertThat(code.status()).as(code.text()).isEqualTo(201);
    }

    private JsonNode hold(String email) {
        Response held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", email,
                "promoCode", "third-off"));
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        return held.json();
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

    @Test
    void stripeChargesWhatIsLeftToPayAndTheBookingIsPaidInFull() {
        JsonNode hold = hold("pay@example.com");
        // 33% of 75.00 is 24.75: 50.25 is left to pay.
        assertThat(hold.path("amountDue").asLong()).isEqualTo(5025);

        String page = checkout(hold);

        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement().satisfies(call -> assertThat(call.form())
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][unit_amount]", "5025")
                .containsEntry("line_items[0][price_data][product_data][name]", activity.name() + ", 3 people (code THIRD-OFF)"));
        paid(page, hold, "pi_discounted");
        assertThat(fixtures.holdStatus(UUID.fromString(hold.path("id").asString()))).isEqualTo("CONFIRMED");
        assertThat(stripe.refunds()).isEmpty();
        assertThat(api().get("/api/v1/public/checkouts/" + page).json().path("amount").asLong()).isEqualTo(5025);
    }

    @Test
    void aLatePaymentWhoseCodeWentToAnotherMeanwhileIsRefundedNotBookedWithoutItsDiscount() {
        JsonNode late = hold("late@example.com");
        String page = checkout(late);
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        JsonNode other = hold("other@example.com");
        assertThat(other.path("discount").asLong()).as("the use went back with the hold, to the next customer").isEqualTo(2475);

        paid(page, late, "pi_late_code");

        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_late_code", 5025));
        assertThat(fixtures.holdStatus(UUID.fromString(late.path("id").asString()))).isIn("EXPIRED", "RELEASED");
        assertThat(fixtures.remaining(session)).as("only the other hold's places are taken").isEqualTo(5);
    }

    @Test
    void aLatePaymentWhoseCodeIsStillFreeIsBookedWithItsDiscount() {
        JsonNode late = hold("late@example.com");
        String page = checkout(late);
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");

        paid(page, late, "pi_late_free");

        assertThat(fixtures.holdStatus(UUID.fromString(late.path("id").asString()))).isEqualTo("CONFIRMED");
        assertThat(stripe.refunds()).isEmpty();
        JsonNode codes = staff.get("/api/v1/venues/" + activity.venueId() + "/promo-codes").json();
        assertThat(codes.get(0).path("uses").asInt()).isEqualTo(1);
    }
}
