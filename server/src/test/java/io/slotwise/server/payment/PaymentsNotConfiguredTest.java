package io.slotwise.server.payment;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.WithoutStripeTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A server without Stripe: prepaid activities say online payment is unavailable and take no public
 * hold (the kiosk and desk still sell them, paid in person); pay-at-venue booking works as ever.
 */
class PaymentsNotConfiguredTest extends WithoutStripeTest {

    @Test
    void prepaidActivitiesSayOnlinePaymentIsUnavailableAndPayAtVenueStillBooks() {
        ActivityDetails prepaid = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        UUID prepaidSession = fixtures.session(prepaid, Duration.ofHours(5), 8);
        ActivityDetails atVenue = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID atVenueSession = fixtures.session(atVenue, Duration.ofHours(5), 8);

        assertThat(api().get("/api/v1/public/activities/" + prepaid.id()).json().path("onlinePayment").asBoolean()).isFalse();
        // The public could never pay it: no seat is held.
        Response refused = api().post("/api/v1/public/reservations", map("sessionId", prepaidSession, "partySize", 2, "email", "a@example.com"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("PAYMENT_UNAVAILABLE");
        assertThat(fixtures.remaining(prepaidSession)).isEqualTo(8);
        // The venue's kiosk and desk take money in person: their holds are made.
        Response atKiosk = api().as(fixtures.kioskToken(prepaid.venueId())).post("/api/v1/public/reservations",
                map("sessionId", prepaidSession, "partySize", 1, "email", "k@example.com"));
        assertThat(atKiosk.status()).isEqualTo(201);
        Response held = api().as(fixtures.staffToken(prepaid.venueId())).post("/api/v1/public/reservations",
                map("sessionId", prepaidSession, "partySize", 2, "email", "a@example.com"));
        assertThat(held.status()).isEqualTo(201);
        assertThat(fixtures.remaining(prepaidSession)).isEqualTo(5);
        Response checkout = api().post("/api/v1/public/reservations/" + held.json().path("id").asString() + "/checkout", "",
                "X-Hold-Token", held.json().path("holdToken").asString());
        assertThat(checkout.status()).isEqualTo(409);
        assertThat(checkout.code()).isEqualTo("PAYMENT_UNAVAILABLE");
        assertThat(checkout.json().path("detail").asString()).contains("not available");
        assertThat(api().postRaw("/api/v1/payments/stripe/webhook", "application/json", "{}", "Stripe-Signature", "t=1,v1=00").code())
                .isEqualTo("PAYMENT_UNAVAILABLE");

        Response venueHold = api().post("/api/v1/public/reservations", map("sessionId", atVenueSession, "partySize", 2, "email", "b@example.com"));
        Response booked = api().post("/api/v1/public/reservations/" + venueHold.json().path("id").asString() + "/confirm",
                map("customerName", "Bea"), "X-Hold-Token", venueHold.json().path("holdToken").asString());
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.json().path("paymentStatus").asString()).isEqualTo("NONE");
    }
}
