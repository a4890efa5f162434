package io.slotwise.server.giftcard;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Gift cards through the API: sold at the desk, read by their code, spent partly or wholly on
 * holds (set aside while the hold lives, taken on confirmation, given back when it ends or the
 * booking's money goes back), every movement in the ledger, and every refusal with its own code.
 */
class GiftCardTest extends DatabaseTest {

    private static final String HOLDS = "/api/v1/public/reservations";

    private ActivityDetails activity;
    private String staff;

    @BeforeEach
    void venue() {
        activity = fixtures.activity(20, 1, 8, PaymentMode.PAY_AT_VENUE);
        staff = fixtures.staffToken(activity.venueId());
    }

    private JsonNode sell(long amount, Object... more) {
        Object[] fields = new Object[4 + more.length];
        fields[0] = "amount";
        fields[1] = amount;
        fields[2] = "currency";
        fields[3] = "EUR";
        System.arraycopy(more, 0, fields, 4, more.length);
        Response sold = api().as(staff).post("/api/v1/venues/" + activity.venueId() + "/gift-cards", map(fields));
        assertThat(sold.status()).as(sold.text()).isEqualTo(201);
        return sold.json();
    }

    private int sessions;

    /** A hold on a session of its own (sessions of one activity may not start together). */
    private JsonNode hold(ActivityDetails of, int party, Duration startsIn) {
        UUID session = fixtures.session(of, startsIn.plusMinutes(90L * sessions++), 20);
        Response held = api().post(HOLDS, map("sessionId", session, "partySize", party, "email", "gift@example.com"));
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        return held.json();
    }

    private Response apply(JsonNode hold, String code) {
        return api().post(HOLDS + "/" + hold.path("id").asString() + "/gift-card", map("code", code),
                "X-Hold-Token", hold.path("holdToken").asString());
    }

    private JsonNode balance(String code) {
        return api().get("/api/v1/public/gift-cards/" + code).json();
    }

    private JsonNode details(JsonNode card) {
        return api().as(staff).get("/api/v1/gift-cards/" + card.path("id").asString()).json();
    }

    @Test
    void aCardSoldAtTheDeskPaysPartOfABookingAndItsLedgerSaysSo() {
        JsonNode card = sell(3000, "paymentMethod", "CARD");
        String code = card.path("code").asString();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(card.path("balance").asLong()).isEqualTo(3000);
        JsonNode hold = hold(activity, 2, Duration.ofHours(3));

        JsonNode paid = apply(hold, code.toLowerCase().replace("-", " ")).json();

        assertThat(paid.path("amount").asLong()).isEqualTo(5000);
        assertThat(paid.path("giftCardAmount").asLong()).isEqualTo(3000);
        assertThat(paid.path("amountDue").asLong()).isEqualTo(2000);
        JsonNode read = balance(code);
        assertThat(read.path("balance").asLong()).as("set aside, not spent yet").isEqualTo(3000);
        assertThat(read.path("available").asLong()).isZero();

        Response booked = api().post(HOLDS + "/" + hold.path("id").asString() + "/confirm", map("customerName", "Gift"),
                "X-Hold-Token", hold.path("holdToken").asString());

        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(booked.json().path("totalAmount").asLong()).isEqualTo(5000);
        assertThat(booked.json().path("giftCardAmount").asLong()).isEqualTo(3000);
        assertThat(booked.json().path("amountDue").asLong()).isEqualTo(2000);
        assertThat(booked.json().path("paymentMethod").asString()).as("the rest is paid at the venue").isEqualTo("PAY_AT_VENUE");
        JsonNode spent = details(card);
        assertThat(spent.path("card").path("balance").asLong()).isZero();
        assertThat(spent.path("card").path("reserved").asLong()).isZero();
        assertThat(spent.path("ledger").findValuesAsString("kind")).containsExactly("ISSUED", "REDEEMED");
        assertThat(spent.path("ledger").get(1).path("amount").asLong()).isEqualTo(-3000);
        assertThat(spent.path("ledger").get(1).path("balanceAfter").asLong()).isZero();
        assertThat(spent.path("ledger").get(1).path("bookingNumber").asString()).isEqualTo(booked.json().path("bookingNumber").asString());
    }

    @Test
    void aPrepaidBookingPaidWhollyByACardConfirmsWithoutPaymentAndItsRefundGoesBackOntoTheCard() {
        ActivityDetails prepaid = fixtures.activity(20, 1, 8, PaymentMode.PREPAY);
        activity = prepaid;
        staff = fixtures.staffToken(prepaid.venueId());
        JsonNode card = sell(10000);
        JsonNode hold = hold(prepaid, 2, Duration.ofDays(3));
        assertThat(api().post(HOLDS + "/" + hold.path("id").asString() + "/confirm", map("customerName", "Gift"),
                "X-Hold-Token", hold.path("holdToken").asString()).code()).as("before the card, it is paid online").isEqualTo("PAYMENT_REQUIRED");

        assertThat(apply(hold, card.path("code").asString()).json().path("amountDue").asLong()).isZero();
        assertThat(apply(hold, card.path("code").asString()).json().path("giftCardAmount").asLong())
                .as("the same card again changes nothing").isEqualTo(5000);
        JsonNode booking = api().post(HOLDS + "/" + hold.path("id").asString() + "/confirm", map("customerName", "Gift"),
                "X-Hold-Token", hold.path("holdToken").asString()).json();

        assertThat(booking.path("paymentMethod").asString()).isEqualTo("GIFT_CARD");
        assertThat(details(card).path("card").path("balance").asLong()).isEqualTo(5000);

        JsonNode cancelled = api().as(staff).post("/api/v1/bookings/" + booking.path("id").asString() + "/cancel", map()).json();

        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        JsonNode refunded = details(card);
        assertThat(refunded.path("card").path("balance").asLong()).isEqualTo(10000);
        assertThat(refunded.path("ledger").findValuesAsString("kind")).containsExactly("ISSUED", "REDEEMED", "REFUNDED");
        JsonNode after = api().as(staff).get("/api/v1/bookings/" + booking.path("id").asString()).json();
        assertThat(after.path("refundedAmount").asLong()).isEqualTo(5000);
        assertThat(after.path("paymentStatus").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void aHoldThatEndsGivesWhatItSetAsideBack() {
        JsonNode card = sell(6000);
        String code = card.path("code").asString();
        JsonNode released = hold(activity, 2, Duration.ofHours(3));
        apply(released, code);
        assertThat(balance(code).path("available").asLong()).isEqualTo(1000);

        api().delete(HOLDS + "/" + released.path("id").asString(), "X-Hold-Token", released.path("holdToken").asString());
        assertThat(balance(code).path("available").asLong()).isEqualTo(6000);

        apply(hold(activity, 2, Duration.ofHours(3)), code);
        clock.advance(Duration.ofMinutes(11));
        api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/maintenance/release-expired", map());

        assertThat(balance(code).path("available").asLong()).isEqualTo(6000);
        assertThat(details(card).path("ledger").findValuesAsString("kind")).as("nothing was spent").containsExactly("ISSUED");
    }

    @Test
    void everyReasonACardCannotPayHasItsOwnCode() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"));
        JsonNode expiring = sell(1000, "expiresAt", today.toString());
        JsonNode empty = sell(1000);
        JsonNode first = sell(1000);
        apply(hold(activity, 1, Duration.ofHours(3)), empty.path("code").asString());
        ActivityDetails elsewhere = fixtures.activity(20, 1, 8, PaymentMode.PAY_AT_VENUE);
        JsonNode hold = hold(activity, 2, Duration.ofDays(3));

        assertThat(apply(hold, "AAAA-BBBB-CCCC-DDDD")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("GIFT_CARD_UNKNOWN");
        });
        assertThat(apply(hold, "not a code").code()).isEqualTo("GIFT_CARD_UNKNOWN");
        assertThat(apply(hold, empty.path("code").asString()).code()).as("all of it set aside").isEqualTo("GIFT_CARD_EMPTY");
        assertThat(apply(hold(elsewhere, 1, Duration.ofHours(3)), first.path("code").asString()).code()).isEqualTo("GIFT_CARD_NOT_APPLICABLE");
        assertThat(apply(hold, first.path("code").asString()).status()).isEqualTo(200);
        assertThat(apply(hold, expiring.path("code").asString()).json().path("detail").asString()).contains("another gift card");
        assertThat(api().post(HOLDS + "/" + hold.path("id").asString() + "/gift-card", map("code", first.path("code").asString()),
                "X-Hold-Token", "wrong").status()).as("a hold is only its holder's").isEqualTo(404);
        clock.advance(Duration.ofDays(1));
        assertThat(apply(hold(activity, 1, Duration.ofDays(2)), expiring.path("code").asString()).code()).isEqualTo("GIFT_CARD_EXPIRED");
        assertThat(balance(expiring.path("code").asString()).path("expired").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/public/gift-cards/AAAA-BBBB-CCCC-DDDD").status()).isEqualTo(404);
    }

    @Test
    void theDeskTakesACardForAHoldWaitingThereAndSeesWhatIsLeftToTake() {
        JsonNode card = sell(2000);
        JsonNode hold = hold(activity, 2, Duration.ofHours(3));
        String id = hold.path("id").asString();
        api().as(staff).post("/api/v1/reservations/" + id + "/pay-at-desk", map("customerName", "Dora Desk"));

        JsonNode paid = api().as(staff).post("/api/v1/reservations/" + id + "/gift-card", map("code", card.path("code").asString())).json();

        assertThat(paid.path("giftCardAmount").asLong()).isEqualTo(2000);
        JsonNode waiting = api().as(staff).get("/api/v1/venues/" + activity.venueId() + "/desk-holds").json().get(0);
        assertThat(waiting.path("amount").asLong()).isEqualTo(5000);
        assertThat(waiting.path("amountDue").asLong()).as("what the desk takes").isEqualTo(3000);
        assertThat(api().as(staff).post("/api/v1/reservations/" + id + "/confirm", map("customerName", "Dora Desk",
                "paymentMethod", "GIFT_CARD")).status()).as("the card pays only part").isEqualTo(400);
        JsonNode booked = api().as(staff).post("/api/v1/reservations/" + id + "/confirm", map("customerName", "Dora Desk",
                "paymentMethod", "CASH")).json();
        assertThat(booked.path("paymentMethod").asString()).isEqualTo("CASH");
        assertThat(booked.path("amountDue").asLong()).isEqualTo(3000);
        assertThat(api().as(fixtures.staffToken(fixtures.venue("Europe/Berlin").id()))
                .post("/api/v1/reservations/" + id + "/gift-card", map("code", card.path("code").asString())).status())
                .as("another venue's staff").isEqualTo(404);
    }

    @Test
    void theDeskSellsWithCheckedTermsAndOwnersExportWhatTheVenueOwes() {
        Response bad = api().as(staff).post("/api/v1/venues/" + activity.venueId() + "/gift-cards",
                map("amount", 0, "currency", "EURO", "expiresAt", "2001-01-01", "recipientEmail", "nobody", "paymentMethod", "ONLINE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("amount", "currency", "expiresAt", "recipientEmail", "paymentMethod");
        JsonNode card = sell(2550, "recipientEmail", "friend@example.com");
        sell(1000);
        assertThat(api().as(staff).get("/api/v1/venues/" + activity.venueId() + "/gift-cards").json().size()).isEqualTo(2);
        String liabilities = "/api/v1/venues/" + activity.venueId() + "/gift-cards/liabilities.csv";
        assertThat(api().as(staff).get(liabilities).status()).as("the books are the owner's").isEqualTo(403);

        Response csv = api().as(fixtures.ownerToken(activity.venueId())).get(liabilities);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,sold_on,expires_on,currency,issued,balance,reserved,state");
        assertThat(lines).hasSize(3).anySatisfy(line -> assertThat(line).startsWith(card.path("code").asString()).contains(",EUR,25.50,25.50,0.00,OPEN"));
    }
}
