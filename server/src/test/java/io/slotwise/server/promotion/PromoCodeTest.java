package io.slotwise.server.promotion;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Promo codes through the API, as owners set them up and customers use them: the discount on the
 * hold and the booking, a use counted on confirmation and given back when the hold ends or the
 * booking is cancelled, and every reason a code does not apply said with its own code (422).
 */
class PromoCodeTest extends DatabaseTest {

    private ActivityDetails activity;
    private String owner;

    @BeforeEach
    void venue() {
        activity = fixtures.activity(20, 1, 8, PaymentMode.PAY_AT_VENUE);
        owner = fixtures.ownerToken(activity.venueId());
    }

    private String codes() {
        return "/api/v1/venues/" + activity.venueId() + "/promo-codes";
    }

    private JsonNode create(Object... fields) {
        Response created = api().as(owner).post(codes(), map(fields));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private Response hold(UUID session, int party, String email, String code) {
        return api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", party, "email", email, "promoCode", code));
    }

    private JsonNode code(String id) {
        return api().as(owner).get("/api/v1/promo-codes/" + id).json();
    }

    @Test
    void aHoldShowsTheDiscountTheBookingCostsLessAndTheUseCountsOnceConfirmed() {
        JsonNode code = create("code", "summer-10", "percentOff", 10, "maxUses", 3);
        assertThat(code.path("code").asString()).as("codes are kept in capitals").isEqualTo("SUMMER-10");
        UUID session = fixtures.session(activity, Duration.ofHours(3), 20);

        JsonNode hold = hold(session, 3, "ana@example.com", " Summer-10").json();

        assertThat(hold.path("amount").asLong()).isEqualTo(7500);
        assertThat(hold.path("discount").asLong()).isEqualTo(750);
        assertThat(hold.path("amountDue").asLong()).isEqualTo(6750);
        assertThat(hold.path("promoCode").asString()).isEqualTo("SUMMER-10");
        JsonNode listed = api().as(owner).get(codes()).json().get(0);
        assertThat(listed.path("held").asInt()).isEqualTo(1);
        assertThat(listed.path("uses").asInt()).isZero();

        Response booked = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/confirm", map("customerName", "Ana"),
                "X-Hold-Token", hold.path("holdToken").asString());

        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(booked.json().path("totalAmount").asLong()).isEqualTo(6750);
        assertThat(booked.json().path("amount").asLong()).isEqualTo(7500);
        assertThat(booked.json().path("discount").asLong()).isEqualTo(750);
        assertThat(booked.json().path("amountDue").asLong()).isEqualTo(6750);
        JsonNode used = code(code.path("id").asString());
        assertThat(used.path("uses").asInt()).isEqualTo(1);
        assertThat(used.path("held").asInt()).isZero();
    }

    @Test
    void aReleasedHoldAndACancelledBookingGiveTheirUseBack() {
        JsonNode code = create("code", "ONCE", "amountOff", 1000, "maxUses", 1);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 20);
        JsonNode first = hold(session, 2, "bo@example.com", "ONCE").json();
        assertThat(hold(session, 2, "cy@example.com", "ONCE").code()).as("the one use is held").isEqualTo("PROMO_CODE_USED_UP");

        api().delete("/api/v1/public/reservations/" + first.path("id").asString(), "X-Hold-Token", first.path("holdToken").asString());
        JsonNode second = hold(session, 2, "cy@example.com", "ONCE").json();
        assertThat(second.path("discount").asLong()).isEqualTo(1000);
        JsonNode booking = api().as(owner).post("/api/v1/reservations/" + second.path("id").asString() + "/confirm",
                map("customerName", "Cy", "paymentMethod", "CASH")).json();
        assertThat(booking.path("totalAmount").asLong()).isEqualTo(4000);
        assertThat(code(code.path("id").asString()).path("uses").asInt()).isEqualTo(1);

        assertThat(api().as(owner).post("/api/v1/bookings/" + booking.path("id").asString() + "/cancel", map()).status()).isEqualTo(200);

        assertThat(code(code.path("id").asString()).path("uses").asInt()).isZero();
        assertThat(hold(session, 1, "di@example.com", "ONCE").json().path("discount").asLong()).isEqualTo(1000);
    }

    @Test
    void anExpiredHoldGivesItsUseBackWhenTheSweepEndsIt() {
        JsonNode code = create("code", "SWEPT", "percentOff", 50, "maxUses", 1);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 20);
        hold(session, 2, "ed@example.com", "SWEPT");
        clock.advance(Duration.ofMinutes(11));

        api().as(owner).post("/api/v1/maintenance/release-expired", map());

        assertThat(code(code.path("id").asString()).path("held").asInt()).isZero();
        assertThat(hold(session, 2, "fi@example.com", "SWEPT").status()).isEqualTo(201);
    }

    @Test
    void everyReasonACodeDoesNotApplyHasItsOwnCode() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"));
        ActivityDetails other = fixtures.activityOn(activity.venueId(), io.slotwise.server.support.Fixtures.NO_HOURS);
        create("code", "LATER", "percentOff", 10, "validFrom", today.plusDays(1).toString());
        create("code", "PAST", "percentOff", 10, "validTo", today.minusDays(1).toString());
        create("code", "OTHER", "percentOff", 10, "activityIds", List.of(other.id()));
        create("code", "TWICE", "percentOff", 10, "maxUsesPerCustomer", 1);
        JsonNode off = create("code", "OFF", "percentOff", 10);
        assertThat(api().as(owner).patch("/api/v1/promo-codes/" + off.path("id").asString(), map("active", false)).json()
                .path("active").asBoolean()).isFalse();
        UUID session = fixtures.session(activity, Duration.ofHours(3), 20);

        assertThat(hold(session, 1, "a@example.com", "NOPE")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("PROMO_CODE_UNKNOWN");
            assertThat(r.json().path("detail").asString()).contains("NOPE");
        });
        assertThat(hold(session, 1, "a@example.com", "OFF").code()).isEqualTo("PROMO_CODE_UNKNOWN");
        assertThat(hold(session, 1, "a@example.com", "LATER").code()).isEqualTo("PROMO_CODE_NOT_APPLICABLE");
        assertThat(hold(session, 1, "a@example.com", "PAST").code()).isEqualTo("PROMO_CODE_NOT_APPLICABLE");
        assertThat(hold(session, 1, "a@example.com", "OTHER").json().path("detail").asString()).contains("not for this activity");
        assertThat(hold(session, 1, "a@example.com", "TWICE").status()).isEqualTo(201);
        assertThat(hold(session, 1, "A@Example.com", "twice").code()).as("one customer, however written").isEqualTo("PROMO_CODE_USED_UP");
        assertThat(hold(session, 1, "b@example.com", "TWICE").status()).isEqualTo(201);
        assertThat(fixtures.remaining(session)).as("refused holds took no seats").isEqualTo(18);
    }

    @Test
    void ownersMakeCodesStaffReadThemAndBadTermsAreNamed() {
        Response bad = api().as(owner).post(codes(), map("code", "x", "percentOff", 10, "amountOff", 500, "maxUses", 0,
                "validFrom", "2027-02-01", "validTo", "2027-01-01", "activityIds", List.of(UUID.randomUUID())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsString("field"))
                .contains("code", "percentOff", "maxUses", "validTo", "activityIds[0]");
        create("code", "DUP", "percentOff", 5);
        assertThat(api().as(owner).post(codes(), map("code", "dup", "percentOff", 5)).json().path("errors").get(0).path("message").asString())
                .contains("already");

        String staff = fixtures.staffToken(activity.venueId());
        assertThat(api().as(staff).get(codes()).json().size()).isEqualTo(1);
        assertThat(api().as(staff).post(codes(), map("code", "STAFF", "percentOff", 5)).status()).isEqualTo(403);
        assertThat(api().get(codes()).status()).isEqualTo(401);
        Map<String, Object> anyone = map("code", "ELSEWHERE", "percentOff", 5);
        assertThat(api().as(fixtures.ownerToken(fixtures.venue("Europe/Berlin").id())).post(codes(), anyone).status())
                .as("another organization's venue is none of theirs").isEqualTo(404);
    }

    @Test
    void anIdempotentRetryOfAHoldWithACodeTakesOneUse() {
        JsonNode code = create("code", "RETRY", "percentOff", 20, "maxUses", 2);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 20);
        Api api = api();
        Map<String, Object> request = map("sessionId", session, "partySize", 2, "email", "re@example.com", "promoCode", "RETRY");
        String first = api.post("/api/v1/public/reservations", request, "Idempotency-Key", "k-retry").json().path("id").asString();
        String again = api.post("/api/v1/public/reservations", request, "Idempotency-Key", "k-retry").json().path("id").asString();

        assertThat(again).isEqualTo(first);
        assertThat(code(code.path("id").asString()).path("held").asInt()).isEqualTo(1);
    }
}
