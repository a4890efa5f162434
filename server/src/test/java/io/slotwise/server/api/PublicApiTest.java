package io.slotwise.server.api;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.VenueDetails;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public API over real HTTP: what the widget and the kiosk do, step by step. */
class PublicApiTest extends DatabaseTest {

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    @Test
    void holdReadAndReleaseGiveTheSeatsBack() {
        UUID session = fixtures.openSession(10);
        Api api = api();

        Response hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "ana@example.com"));

        assertThat(hold.status()).isEqualTo(201);
        JsonNode body = hold.json();
        assertThat(body.path("status").asString()).isEqualTo("HELD");
        assertThat(body.path("amount").asLong()).isEqualTo(3 * 2500);
        assertThat(body.path("currency").asString()).isEqualTo("EUR");
        OffsetDateTime expiresAt = OffsetDateTime.parse(body.path("expiresAt").asString());
        assertThat(Duration.between(clock.instant(), expiresAt.toInstant())).isEqualTo(Duration.ofMinutes(10));
        assertThat(fixtures.remaining(session)).isEqualTo(7);

        String id = body.path("id").asString();
        String token = body.path("holdToken").asString();
        Response read = api.get("/api/v1/public/reservations/" + id, "X-Hold-Token", token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("status").asString()).isEqualTo("HELD");
        assertThat(read.json().has("holdToken")).as("the token is never shown twice").isFalse();

        assertThat(api.delete("/api/v1/public/reservations/" + id, "X-Hold-Token", token).status()).isEqualTo(204);
        assertThat(fixtures.remaining(session)).isEqualTo(10);
        assertThat(api.get("/api/v1/public/reservations/" + id, "X-Hold-Token", token).json().path("status").asString())
                .isEqualTo("RELEASED");
        assertThat(api.delete("/api/v1/public/reservations/" + id, "X-Hold-Token", token).status())
                .as("releasing twice is harmless").isEqualTo(204);
        assertThat(fixtures.remaining(session)).isEqualTo(10);
    }

    @Test
    void aWrongHoldTokenSeesNothing() {
        UUID session = fixtures.openSession(10);
        Api api = api();
        String id = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "b@example.com"))
                .json().path("id").asString();

        Response read = api.get("/api/v1/public/reservations/" + id, "X-Hold-Token", "guess");
        Response release = api.delete("/api/v1/public/reservations/" + id, "X-Hold-Token", "guess");
        Response confirm = api.post("/api/v1/public/reservations/" + id + "/confirm", map("customerName", "Eve"),
                "X-Hold-Token", "guess");

        assertThat(read.status()).isEqualTo(404);
        assertThat(release.status()).isEqualTo(404);
        assertThat(confirm.status()).isEqualTo(404);
        assertThat(fixtures.remaining(session)).isEqualTo(8);
    }

    @Test
    void holderConfirmsPayAtVenueHoldAndGetsABookingNumber() {
        UUID session = fixtures.openSession(10);
        Api api = api();
        JsonNode hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 4, "email", "Cara@Example.com")).json();
        String path = "/api/v1/public/reservations/" + hold.path("id").asString();
        String token = hold.path("holdToken").asString();

        Response booking = api.post(path + "/confirm", map("customerName", "Cara Diaz", "phone", "+49 30 555"), "X-Hold-Token", token);

        assertThat(booking.status()).isEqualTo(201);
        JsonNode b = booking.json();
        assertThat(b.path("bookingNumber").asString()).matches("SW-[2-9A-HJKMNP-Z]{6}");
        assertThat(b.path("totalAmount").asLong()).isEqualTo(4 * 2500);
        assertThat(b.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(b.path("customer").path("email").asString()).isEqualTo("cara@example.com");
        assertThat(b.path("paymentMethod").asString()).isEqualTo("PAY_AT_VENUE");
        Response managed = api.get("/api/v1/public/bookings/" + b.path("bookingNumber").asString(),
                "X-Manage-Token", b.path("manageToken").asString());
        assertThat(managed.status()).as("the holder gets the manage link's secret").isEqualTo(200);
        JsonNode read = api.get(path, "X-Hold-Token", token).json();
        assertThat(read.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(read.path("bookingNumber").asString()).isEqualTo(b.path("bookingNumber").asString());
        assertThat(fixtures.remaining(session)).isEqualTo(6);

        Response again = api.post(path + "/confirm", map("customerName", "Cara Diaz"), "X-Hold-Token", token);
        assertThat(again.json().path("id").asString()).as("a retried confirmation returns the same booking")
                .isEqualTo(b.path("id").asString());
        assertThat(api.delete(path, "X-Hold-Token", token).code()).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void prepaidHoldCannotBeConfirmedByItsHolder() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 8);
        Api api = api();
        JsonNode hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "d@example.com")).json();

        Response confirm = api.post("/api/v1/public/reservations/" + hold.path("id").asString() + "/confirm",
                map("customerName", "Dan"), "X-Hold-Token", hold.path("holdToken").asString());

        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.code()).isEqualTo("PAYMENT_REQUIRED");
        assertThat(fixtures.remaining(session)).isEqualTo(6);
    }

    @Test
    void anExpiredHoldCannotBeConfirmedAndTheSweepGivesItsSeatsBack() {
        UUID session = fixtures.openSession(10);
        Api api = api();
        JsonNode hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "e@example.com")).json();
        String path = "/api/v1/public/reservations/" + hold.path("id").asString();
        String token = hold.path("holdToken").asString();

        clock.advance(Duration.ofMinutes(10));

        assertThat(api.get(path, "X-Hold-Token", token).json().path("status").asString()).isEqualTo("EXPIRED");
        Response confirm = api.post(path + "/confirm", map("customerName", "Eva"), "X-Hold-Token", token);
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.code()).isEqualTo("HOLD_EXPIRED");
        Response sweep = api.as(fixtures.ownerToken(fixtures.venueOfSession(session))).post("/api/v1/maintenance/release-expired", "");
        assertThat(sweep.json().path("released").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.remaining(session)).isEqualTo(10);
        assertThat(fixtures.holdStatus(UUID.fromString(hold.path("id").asString()))).isEqualTo("EXPIRED");
    }

    @Test
    void fullSessionsBlockedSessionsAndStartedSessionsRefuseHolds() {
        ActivityDetails activity = fixtures.activity(4, 1, 4, PaymentMode.PAY_AT_VENUE);
        UUID full = fixtures.session(activity, Duration.ofHours(1), 4);
        UUID started = fixtures.session(activity, Duration.ofMinutes(-5), 4);
        UUID blocked = fixtures.session(activity, Duration.ofHours(2), 4);
        Api api = api();
        api.as(fixtures.ownerToken(activity.venueId())).patch("/api/v1/sessions/" + blocked, map("status", "BLOCKED"));
        api.post("/api/v1/public/reservations", map("sessionId", full, "partySize", 3, "email", "f@example.com"));

        Response tooMany = api.post("/api/v1/public/reservations", map("sessionId", full, "partySize", 2, "email", "g@example.com"));
        Response late = api.post("/api/v1/public/reservations", map("sessionId", started, "partySize", 1, "email", "g@example.com"));
        Response closed = api.post("/api/v1/public/reservations", map("sessionId", blocked, "partySize", 1, "email", "g@example.com"));

        assertThat(tooMany.code()).isEqualTo("INSUFFICIENT_CAPACITY");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("SESSION_NOT_BOOKABLE");
        assertThat(closed.code()).isEqualTo("SESSION_NOT_BOOKABLE");
        JsonNode availability = api.get("/api/v1/public/sessions/" + full + "/availability?partySize=2").json();
        assertThat(availability.path("available").asBoolean()).isFalse();
        assertThat(availability.path("capacityRemaining").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/public/sessions/" + full + "/availability?partySize=1").json().path("available").asBoolean()).isTrue();
    }

    @Test
    void idempotencyKeyRetriesReturnTheSameHoldAndRefuseADifferentRequest() {
        UUID session = fixtures.openSession(10);
        Api api = api();
        Object request = map("sessionId", session, "partySize", 2, "email", "h@example.com");

        JsonNode first = api.post("/api/v1/public/reservations", request, "Idempotency-Key", "order-123-attempt").json();
        JsonNode retry = api.post("/api/v1/public/reservations", request, "Idempotency-Key", "order-123-attempt").json();
        Response changed = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 5, "email", "h@example.com"),
                "Idempotency-Key", "order-123-attempt");

        assertThat(retry.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(retry.path("holdToken").asString()).isEqualTo(first.path("holdToken").asString());
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(fixtures.remaining(session)).isEqualTo(8);
    }

    @Test
    void partySizeOutsideTheActivityLimitsIsRefusedWithTheLimits() {
        ActivityDetails activity = fixtures.activity(10, 2, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(1), 10);

        Response alone = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "i@example.com"));
        Response crowd = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 7, "email", "i@example.com"));

        assertThat(alone.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(alone.json().path("errors").get(0).path("field").asString()).isEqualTo("partySize");
        assertThat(alone.json().path("errors").get(0).path("message").asString()).contains("between 2 and 6");
        assertThat(crowd.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fixtures.remaining(session)).isEqualTo(10);
    }

    @Test
    void sessionsAreListedPerVenueLocalDayWithTheVenueOffset() {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofDays(2), 6);
        Api api = api();
        var start = clock.instant().plus(Duration.ofDays(2)).atZone(java.time.ZoneId.of("Europe/Berlin"));

        JsonNode sessions = api.get("/api/v1/public/activities/" + activity.id() + "/sessions?from="
                + start.toLocalDate() + "&to=" + start.toLocalDate()).json();
        JsonNode dayBefore = api.get("/api/v1/public/activities/" + activity.id() + "/sessions?from="
                + start.toLocalDate().minusDays(1) + "&to=" + start.toLocalDate().minusDays(1)).json();

        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("id").asString()).isEqualTo(session.toString());
        assertThat(sessions.get(0).path("startTime").asString()).endsWith(start.getOffset().getId());
        assertThat(OffsetDateTime.parse(sessions.get(0).path("startTime").asString()).toInstant())
                .isEqualTo(start.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(dayBefore).isEmpty();
        JsonNode publicActivity = api.get("/api/v1/public/activities/" + activity.id()).json();
        assertThat(publicActivity.path("venueTimezone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aNightPastMidnightIsListedUnderItsEvening() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        VenueDetails venue = fixtures.venue(zone.getId());
        ActivityDetails lateNights = fixtures.activityOn(venue.id(),
                new Schedule(List.of("Friday"), "21:00", "02:00", 60, Map.of(), List.of()));
        String owner = "Bearer " + fixtures.ownerToken(venue.id());
        LocalDate friday = LocalDate.now(clock.withZone(zone)).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Api api = api();
        // Sessions a new activity has at once, or generated now: a Friday's five either way.
        JsonNode generated = api.post("/api/v1/activities/" + lateNights.id() + "/sessions/generate", map("startDate", friday, "daysAhead", 1),
                "Authorization", owner).json();
        assertThat(generated.path("created").asInt() + generated.path("existing").asInt()).isEqualTo(5);

        JsonNode fridayNight = api.get("/api/v1/public/venues/" + venue.embedKey() + "/sessions?date=" + friday).json();
        JsonNode saturday = api.get("/api/v1/public/venues/" + venue.embedKey() + "/sessions?date=" + friday.plusDays(1)).json();
        JsonNode range = api.get("/api/v1/public/activities/" + lateNights.id() + "/sessions?from=" + friday + "&to=" + friday).json();
        JsonNode staff = api.get("/api/v1/venues/" + venue.id() + "/sessions?from=" + friday.plusDays(1) + "&to=" + friday.plusDays(2),
                "Authorization", owner).json();
        JsonNode staffFriday = api.get("/api/v1/venues/" + venue.id() + "/sessions?from=" + friday + "&to=" + friday,
                "Authorization", owner).json();

        List<String> starts = new java.util.ArrayList<>();
        fridayNight.forEach(s -> starts.add(OffsetDateTime.parse(s.path("startTime").asString()).toLocalTime().toString()));
        assertThat(starts).containsExactly("21:00", "22:00", "23:00", "00:00", "01:00");
        fridayNight.forEach(s -> assertThat(s.path("day").asString()).isEqualTo(friday.toString()));
        assertThat(OffsetDateTime.parse(fridayNight.get(3).path("startTime").asString()).toLocalDate()).isEqualTo(friday.plusDays(1));
        assertThat(saturday).as("Friday's night is not Saturday's").isEmpty();
        assertThat(range).hasSize(5);
        assertThat(staff).as("the desk's week puts it under Friday too").isEmpty();
        assertThat(staffFriday).hasSize(5);
        staffFriday.forEach(s -> assertThat(s.path("day").asString()).isEqualTo(friday.toString()));
    }
}
