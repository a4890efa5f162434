package io.slotwise.server.payment;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.message.ConfirmationMailTest;
import io.slotwise.server.message.MessageDispatcher;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.TestMail;
import io.slotwise.server.system.UnfinishedReactions;
import io.slotwise.common.testing.FakeStripe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Online payment end to end over HTTP: the server talks to a local fake of the Stripe API and
 * receives webhooks signed with the real scheme.
 */
class PaymentTest extends DatabaseTest {

    static final long PRICE = 2500;

    final FakeStripe stripe = FakeStripe.shared();
    @Autowired
    UnfinishedReactions reactions;
    @Autowired
    MessageDispatcher dispatcher;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    ActivityDetails activity;
    UUID session;
    Api staff;
    int events;

    @BeforeEach
    void prepaidSession() {
        stripe.reset();
        activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        session = fixtures.session(activity, Duration.ofHours(48), 8);
        staff = api().as(fixtures.staffToken(activity.venueId()));
    }

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    /** A hold of {@code party} places: its id and token. */
    private String[] hold(int party) {
        Response held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", party, "email", "pay@example.com"));
        assertThat(held.status()).isEqualTo(201);
        return new String[] {held.json().path("id").asString(), held.json().path("holdToken").asString()};
    }

    private JsonNode checkout(String[] hold) {
        Response started = api().post("/api/v1/public/reservations/" + hold[0] + "/checkout", "", "X-Hold-Token", hold[1]);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json();
    }

    private Response deliver(String type, String object) {
        return deliverSigned(FakeStripe.event("evt_" + UUID.randomUUID(), type, object, clock.instant()), clock.instant());
    }

    private Response deliverSigned(String payload, Instant signedAt) {
        return api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload,
                "Stripe-Signature", FakeStripe.signature(payload, signedAt, FakeStripe.WEBHOOK_SECRET));
    }

    private String paid(String checkoutId, String holdId, String paymentIntent, int party) {
        return FakeStripe.session(checkoutId, holdId, "complete", "paid", paymentIntent, PRICE * party, "Pat Payer");
    }

    private JsonNode bookingOf(String holdId) {
        JsonNode found = staff.get("/api/v1/venues/" + activity.venueId() + "/bookings?q=pay@example.com&from="
                + java.time.LocalDate.now(clock).minusDays(1) + "&to=" + java.time.LocalDate.now(clock).plusDays(5)).json();
        for (JsonNode b : found) {
            if (b.path("reservationId").asString().equals(holdId)) {
                return b;
            }
        }
        throw new AssertionError("no booking for hold " + holdId + " in " + found);
    }

    @Test
    void aCheckoutIsMadeOnceForTheHoldWithThePartyAndPrice() {
        String[] hold = hold(3);

        JsonNode first = checkout(hold);
        JsonNode again = checkout(hold);

        assertThat(first.path("url").asString()).contains("/c/pay/" + first.path("checkoutSessionId").asString());
        assertThat(again.path("checkoutSessionId").asString()).isEqualTo(first.path("checkoutSessionId").asString());
        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement().satisfies(call -> {
            assertThat(call.form()).containsEntry("line_items[0][quantity]", "3")
                    .containsEntry("line_items[0][price_data][unit_amount]", String.valueOf(PRICE))
                    .containsEntry("line_items[0][price_data][currency]", "eur")
                    .containsEntry("metadata[reservation_id]", hold[0])
                    .containsEntry("customer_email", "pay@example.com");
            assertThat(call.form().get("success_url")).endsWith("/embed?widget=paid&checkout={CHECKOUT_SESSION_ID}");
            long expiresAt = Long.parseLong(call.form().get("expires_at"));
            assertThat(expiresAt - clock.instant().getEpochSecond()).as("Stripe needs at least 30 minutes").isGreaterThanOrEqualTo(1800);
            assertThat(call.idempotencyKey()).isEqualTo("checkout-" + hold[0] + "-" + 3 * PRICE);
        });
    }

    @Test
    void aGroupPriceIsChargedWholeAsOneLineNeverAsARoundedPricePerPerson() {
        UUID venue = activity.venueId();
        ActivityDetails room = fixtures.sellingActivity(venue, "Private vault", 60, io.slotwise.common.api.BookingMode.PRIVATE, 2, 4,
                java.util.List.of(), 0, null, java.util.List.of(new io.slotwise.common.api.GroupPrice(2, 6001L),
                        new io.slotwise.common.api.GroupPrice(3, 7799L), new io.slotwise.common.api.GroupPrice(4, 9999L)));
        jdbc.sql("UPDATE activities SET payment_mode = 'PREPAY' WHERE id = :id").param("id", room.id()).update();
        UUID roomSession = fixtures.session(room, Duration.ofHours(48), 4);
        Response held = api().post("/api/v1/public/reservations", map("sessionId", roomSession, "partySize", 3, "email", "pay@example.com"));
        assertThat(held.json().path("amount").asLong()).isEqualTo(7799);

        checkout(new String[] {held.json().path("id").asString(), held.json().path("holdToken").asString()});

        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement().satisfies(call ->
                assertThat(call.form()).containsEntry("line_items[0][quantity]", "1")
                        .containsEntry("line_items[0][price_data][unit_amount]", "7799")
                        .containsEntry("line_items[0][price_data][product_data][name]", "Private vault, 3 people"));
    }

    @Test
    void aPaidCheckoutConfirmsTheHoldAsAPaidBooking() {
        String[] hold = hold(2);
        String page = checkout(hold).path("checkoutSessionId").asString();

        Response delivered = deliver("checkout.session.completed", paid(page, hold[0], "pi_paid_1", 2));

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("CONFIRMED");
        JsonNode booking = bookingOf(hold[0]);
        assertThat(booking.path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(booking.path("paymentMethod").asString()).isEqualTo("ONLINE");
        assertThat(booking.path("customer").path("name").asString()).isEqualTo("Pat Payer");
        assertThat(fixtures.remaining(session)).isEqualTo(6);
        JsonNode read = api().get("/api/v1/public/reservations/" + hold[0], "X-Hold-Token", hold[1]).json();
        assertThat(read.path("bookingNumber").asString()).isEqualTo(booking.path("bookingNumber").asString());
        JsonNode returned = api().get("/api/v1/public/checkouts/" + page).json();
        assertThat(returned.path("status").asString()).isEqualTo("BOOKED");
        assertThat(returned.path("bookingNumber").asString()).isEqualTo(booking.path("bookingNumber").asString());
        assertThat(api().get("/api/v1/public/checkouts/cs_unknown").status()).isEqualTo(404);
    }

    @Test
    void duplicateAndOutOfOrderDeliveriesChangeNothingMore() {
        String[] hold = hold(2);
        String page = checkout(hold).path("checkoutSessionId").asString();
        String completed = FakeStripe.event("evt_dup_" + hold[0], "checkout.session.completed", paid(page, hold[0], "pi_dup", 2),
                clock.instant());

        assertThat(deliverSigned(completed, clock.instant()).status()).isEqualTo(200);
        assertThat(deliverSigned(completed, clock.instant()).status()).isEqualTo(200);
        // The same payment reported again under another event id, and the page's expiry arriving late.
        assertThat(deliver("checkout.session.completed", paid(page, hold[0], "pi_dup", 2)).status()).isEqualTo(200);
        assertThat(deliver("checkout.session.expired", FakeStripe.session(page, hold[0], "expired", "unpaid", null, 0, null)).status())
                .isEqualTo(200);

        assertThat(fixtures.bookingsOfHold(UUID.fromString(hold[0]))).isEqualTo(1);
        assertThat(bookingOf(hold[0]).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(fixtures.remaining(session)).isEqualTo(6);
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void aBadOrOldSignatureIsRefusedAndChangesNothing() {
        String[] hold = hold(2);
        String page = checkout(hold).path("checkoutSessionId").asString();
        String payload = FakeStripe.event("evt_forged", "checkout.session.completed", paid(page, hold[0], "pi_forged", 2), clock.instant());

        Response forged = api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload,
                "Stripe-Signature", FakeStripe.signature(payload, clock.instant(), "whsec_someone_else"));
        Response replayed = deliverSigned(payload, clock.instant().minus(Duration.ofMinutes(10)));
        Response unsigned = api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload);

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.code()).isEqualTo("SIGNATURE_INVALID");
        assertThat(replayed.code()).isEqualTo("SIGNATURE_INVALID");
        assertThat(unsigned.code()).isEqualTo("SIGNATURE_INVALID");
        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("HELD");
        // The event was not marked as seen: the genuine delivery still counts.
        assertThat(deliverSigned(payload, clock.instant()).status()).isEqualTo(200);
        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("CONFIRMED");
    }

    @Test
    void anExpiredPageReleasesTheHold() {
        String[] hold = hold(3);
        String page = checkout(hold).path("checkoutSessionId").asString();

        deliver("checkout.session.expired", FakeStripe.session(page, hold[0], "expired", "unpaid", null, 0, null));

        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("RELEASED");
        assertThat(fixtures.remaining(session)).isEqualTo(8);
    }

    @Test
    void aHoldReleasedOrSweptClosesItsPaymentPageAtStripe() {
        String[] released = hold(1);
        String releasedPage = checkout(released).path("checkoutSessionId").asString();
        String[] swept = hold(1);
        String sweptPage = checkout(swept).path("checkoutSessionId").asString();

        assertThat(api().delete("/api/v1/public/reservations/" + released[0], "X-Hold-Token", released[1]).status()).isEqualTo(204);
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");

        // The fake is shared: a page another test closed a moment ago may still arrive, so only these two are asked about.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(stripe.expired()).contains(releasedPage, sweptPage));
    }

    @Test
    void moneyAfterExpiryTakesTheSeatsAgainWhenTheyAreFree() {
        String[] hold = hold(2);
        String page = checkout(hold).path("checkoutSessionId").asString();
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        assertThat(fixtures.remaining(session)).isEqualTo(8);

        deliver("checkout.session.completed", paid(page, hold[0], "pi_late_free", 2));

        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("CONFIRMED");
        assertThat(bookingOf(hold[0]).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(fixtures.remaining(session)).isEqualTo(6);
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void moneyAfterExpiryForSeatsSoldMeanwhileIsRefundedAndTheBookingMarkedSo() {
        String[] hold = hold(3);
        String page = checkout(hold).path("checkoutSessionId").asString();
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        String[] others = hold(7);
        assertThat(others[0]).isNotNull();

        Response delivered = deliver("checkout.session.completed", paid(page, hold[0], "pi_late_gone", 3));

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_late_gone", 3 * PRICE));
        JsonNode booking = bookingOf(hold[0]);
        assertThat(booking.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(booking.path("paymentStatus").asString()).isEqualTo("REFUNDED");
        assertThat(booking.path("refundedAmount").asLong()).isEqualTo(3 * PRICE);
        assertThat(api().get("/api/v1/public/checkouts/" + page).json().path("status").asString()).isEqualTo("REFUNDED");
        assertThat(fixtures.remaining(session)).as("nothing oversold").isEqualTo(1);
        // Stripe delivers the same notice again: no second refund.
        deliver("checkout.session.completed", paid(page, hold[0], "pi_late_gone", 3));
        assertThat(stripe.refunds()).hasSize(1);
        // The customer is told, once, that nothing was booked and the money goes back.
        dispatcher.dispatch();
        String number = booking.path("bookingNumber").asString();
        assertThat(TestMail.shared().to("pay@example.com")).filteredOn(m -> plainText(m).contains(number))
                .singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).startsWith("Not booked, payment refunded");
                    assertThat(plainText(m)).contains("We are refunding the full €75.00")
                            .doesNotContain("/manage?");
                });
    }

    @Test
    void aPaymentOfAnotherAmountIsNeverBookedButRefundedAndShownToStaff() {
        String[] hold = hold(2);
        String page = checkout(hold).path("checkoutSessionId").asString();
        // Stripe reports a total the hold does not cost (a price changed at Stripe, a tampered page).
        String wrong = FakeStripe.session(page, hold[0], "complete", "paid", "pi_wrong", PRICE, "Pat Payer");

        assertThat(deliver("checkout.session.completed", wrong).status()).isEqualTo(200);
        deliver("checkout.session.completed", wrong);

        assertThat(stripe.refunds()).as("the money goes back, once").containsExactly(new FakeStripe.Refund("pi_wrong", PRICE));
        assertThat(fixtures.bookingsOfHold(UUID.fromString(hold[0]))).as("never booked").isZero();
        assertThat(fixtures.remaining(session)).as("the places are free again").isEqualTo(8);
        assertThat(api().get("/api/v1/public/checkouts/" + page).json().path("status").asString()).isEqualTo("REFUNDED");
        JsonNode flagged = staff.get("/api/v1/venues/" + activity.venueId() + "/payment-mismatches").json();
        assertThat(flagged).singleElement().satisfies(m -> {
            assertThat(m.path("paymentReference").asString()).isEqualTo("pi_wrong");
            assertThat(m.path("expectedAmount").asLong()).isEqualTo(2 * PRICE);
            assertThat(m.path("receivedAmount").asLong()).isEqualTo(PRICE);
            assertThat(m.path("customerEmail").asString()).isEqualTo("pay@example.com");
        });
    }

    @Test
    void cancellingAPaidBookingInTimeRefundsItInFullAndLateCancellationsRefundNothing() {
        String[] early = hold(2);
        deliver("checkout.session.completed", paid(checkout(early).path("checkoutSessionId").asString(), early[0], "pi_early", 2));
        String[] late = hold(1);
        deliver("checkout.session.completed", paid(checkout(late).path("checkoutSessionId").asString(), late[0], "pi_late", 1));

        Response cancelled = staff.post("/api/v1/bookings/" + bookingOf(early[0]).path("id").asString() + "/cancel", "");

        assertThat(cancelled.json().path("paymentStatus").asString()).isEqualTo("REFUNDED");
        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_early", 2 * PRICE));
        dispatcher.dispatch();
        String number = cancelled.json().path("bookingNumber").asString();
        assertThat(TestMail.shared().to("pay@example.com")).as("the customer is told what comes back")
                .anySatisfy(m -> assertThat(ConfirmationMailTest.partOfType(m, "text/plain")).contains(number)
                        .contains("We are refunding €50.00"));
        // 24 hours before the start is the activity's deadline: an hour later nothing comes back.
        clock.advance(Duration.ofHours(25));
        staff = api().as(fixtures.staffToken(activity.venueId())); // a new day, a new login
        Response tooLate = staff.post("/api/v1/bookings/" + bookingOf(late[0]).path("id").asString() + "/cancel", "");
        assertThat(tooLate.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(tooLate.json().path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(stripe.refunds()).hasSize(1);
    }

    @Test
    void aRefundThatFailsAfterTheCancellationIsTriedAgainUntilItIsDone() {
        String[] hold = hold(2);
        deliver("checkout.session.completed", paid(checkout(hold).path("checkoutSessionId").asString(), hold[0], "pi_retry", 2));
        String booking = bookingOf(hold[0]).path("id").asString();
        stripe.down(true);

        Response cancelled = staff.post("/api/v1/bookings/" + booking + "/cancel", "");

        assertThat(cancelled.status()).as("the cancellation stands without the refund").isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(fixtures.remaining(session)).as("the seats are back at once").isEqualTo(8);
        stripe.down(false);
        reactions.retry();
        assertThat(stripe.refunds()).as("a first try may still be running: left alone for a minute").isEmpty();

        clock.advance(Duration.ofMinutes(2)); // the policy is judged at the cancellation, not at the retry
        reactions.retry();

        await().untilAsserted(() -> assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_retry", 2 * PRICE)));
        await().untilAsserted(() -> assertThat(bookingOf(hold[0]).path("paymentStatus").asString()).isEqualTo("REFUNDED"));
        reactions.retry();
        assertThat(stripe.refunds()).as("done once, however often the job runs").hasSize(1);
    }

    @Test
    void theDeskCanRefundAndStripesRefundNoticesAreRecorded() {
        String[] hold = hold(2);
        deliver("checkout.session.completed", paid(checkout(hold).path("checkoutSessionId").asString(), hold[0], "pi_desk", 2));
        String booking = bookingOf(hold[0]).path("id").asString();

        // Refunded partly in Stripe's dashboard: the notice is recorded.
        deliver("charge.refunded", FakeStripe.refundedCharge("pi_desk", 2 * PRICE, 1000));
        assertThat(bookingOf(hold[0]).path("paymentStatus").asString()).isEqualTo("PARTIALLY_REFUNDED");
        Response refunded = staff.post("/api/v1/bookings/" + booking + "/refund", "");

        assertThat(refunded.json().path("paymentStatus").asString()).isEqualTo("REFUNDED");
        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_desk", 2 * PRICE - 1000));
        assertThat(staff.post("/api/v1/bookings/" + booking + "/refund", "").code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
    }

    @Test
    void whenStripeFailsNothingChangesAndTheCallerIsTold() {
        String[] hold = hold(2);
        stripe.down(true);

        Response failed = api().post("/api/v1/public/reservations/" + hold[0] + "/checkout", "", "X-Hold-Token", hold[1]);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.code()).isEqualTo("PAYMENT_PROVIDER_FAILED");
        assertThat(fixtures.holdStatus(UUID.fromString(hold[0]))).isEqualTo("HELD");
        stripe.down(false);
        assertThat(checkout(hold).path("url").asString()).contains("/c/pay/cs_test_");
    }

    @Test
    void aCheckoutNeedsTheHoldsTokenAndALiveHold() {
        String[] hold = hold(2);

        assertThat(api().post("/api/v1/public/reservations/" + hold[0] + "/checkout", "", "X-Hold-Token", "wrong").status()).isEqualTo(404);
        clock.advance(Duration.ofMinutes(11));
        assertThat(api().post("/api/v1/public/reservations/" + hold[0] + "/checkout", "", "X-Hold-Token", hold[1]).code())
                .isEqualTo("HOLD_EXPIRED");
        assertThat(stripe.calls("/v1/checkout/sessions")).isEmpty();
    }

    @Test
    void aLatePaymentRacingNewHoldsForTheSameSeatsNeverOversells() throws Exception {
        session = fixtures.session(activity, Duration.ofHours(50), 4);
        String[] late = hold(4);
        String page = checkout(late).path("checkoutSessionId").asString();
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        String payload = FakeStripe.event("evt_race_" + late[0], "checkout.session.completed", paid(page, late[0], "pi_race", 4),
                clock.instant());
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        var held = new java.util.concurrent.atomic.AtomicInteger();
        var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                Response r = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "r@example.com"));
                if (r.status() == 201) {
                    held.incrementAndGet();
                }
                return null;
            }));
        }
        for (int i = 0; i < 4; i++) {
            // The same notice delivered several times at once, as Stripe may.
            futures.add(pool.submit(() -> {
                start.await();
                return deliverSigned(payload, clock.instant()).status();
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        JsonNode booking = bookingOf(late[0]);
        if (booking.path("status").asString().equals("CONFIRMED")) {
            assertThat(held.get()).as("the late payment took all four places").isZero();
            assertThat(stripe.refunds()).isEmpty();
        } else {
            assertThat(booking.path("paymentStatus").asString()).isEqualTo("REFUNDED");
            assertThat(stripe.refunds()).as("refunded once, however often the notice came").hasSize(1);
            assertThat(held.get()).isPositive();
        }
        assertThat(fixtures.bookingsOfHold(UUID.fromString(late[0]))).isEqualTo(1);
        assertThat(fixtures.remaining(session)).isBetween(0, 4);
    }

    @Test
    void theActivitysOwnRefundDeadlineDecides() {
        Api owner = api().as(fixtures.ownerToken(activity.venueId()));
        var request = fixtures.activityRequest(8, 1, 8, PaymentMode.PREPAY, io.slotwise.server.support.Fixtures.NO_HOURS);
        var strict = new io.slotwise.common.api.ActivityRequest(request.name(), request.description(), request.durationMinutes(),
                request.price(), request.currency(), request.minPartySize(), request.maxPartySize(), request.capacity(),
                request.paymentMode(), null, request.schedule(), true, 72);
        Response updated = owner.put("/api/v1/activities/" + activity.id(), strict);
        assertThat(updated.json().path("refundHoursBefore").asInt()).isEqualTo(72);
        assertThat(owner.put("/api/v1/activities/" + activity.id(),
                new io.slotwise.common.api.ActivityRequest(request.name(), request.description(), request.durationMinutes(),
                        request.price(), request.currency(), request.minPartySize(), request.maxPartySize(), request.capacity(),
                        request.paymentMode(), null, request.schedule(), true, -1)).text()).contains("refundHoursBefore");
        Response withoutPolicy = owner.put("/api/v1/activities/" + activity.id(), request);
        assertThat(withoutPolicy.json().path("refundHoursBefore").asInt()).as("left out, the policy is kept").isEqualTo(72);
        // The update regenerated the activity's sessions (its schedule has none): a fresh one, two days ahead.
        session = fixtures.session(activity, Duration.ofHours(48).plusMinutes(30), 8);
        String[] hold = hold(2);
        deliver("checkout.session.completed", paid(checkout(hold).path("checkoutSessionId").asString(), hold[0], "pi_strict", 2));

        // 48 hours ahead: in time by the default, too late for this activity's 72 hours.
        Response cancelled = staff.post("/api/v1/bookings/" + bookingOf(hold[0]).path("id").asString() + "/cancel", "");

        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void theFakesEventsHaveTheApiVersionOfTheServersStripeLibrary() {
        assertThat(FakeStripe.API_VERSION).isEqualTo(com.stripe.Stripe.API_VERSION);
    }

    @Test
    void aNoticeForACheckoutThatIsNotOursIsAcknowledgedAndIgnored() {
        Response foreign = deliver("checkout.session.completed",
                FakeStripe.session("cs_other_shop", null, "complete", "paid", "pi_other", 999, "Someone"));

        assertThat(foreign.status()).as("refusing would make Stripe retry for days").isEqualTo(200);
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void aLatePaymentWhoseRefundFailedIsRefundedOnTheNextDeliveryAndNeverBookedAfterAll() {
        String[] hold = hold(3);
        String page = checkout(hold).path("checkoutSessionId").asString();
        clock.advance(Duration.ofMinutes(11));
        staff.post("/api/v1/maintenance/release-expired", "");
        String[] others = hold(7);
        String payload = FakeStripe.event("evt_retry_" + hold[0], "checkout.session.completed", paid(page, hold[0], "pi_retry", 3),
                clock.instant());
        stripe.down(true);

        assertThat(deliverSigned(payload, clock.instant()).status()).as("Stripe retries a failed delivery").isEqualTo(502);
        assertThat(bookingOf(hold[0]).path("paymentStatus").asString()).as("recorded before the refund").isEqualTo("REFUNDED");
        // The places come free before Stripe delivers again: the refunded payment must not take them.
        api().delete("/api/v1/public/reservations/" + others[0], "X-Hold-Token", others[1]);
        stripe.down(false);
        assertThat(deliverSigned(payload, clock.instant()).status()).isEqualTo(200);

        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_retry", 3 * PRICE));
        assertThat(bookingOf(hold[0]).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(fixtures.remaining(session)).isEqualTo(8);
    }

    private static String plainText(jakarta.mail.internet.MimeMessage mail) {
        try {
            return ConfirmationMailTest.partOfType(mail, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
