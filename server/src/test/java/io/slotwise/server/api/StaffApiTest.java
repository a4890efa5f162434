package io.slotwise.server.api;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The staff API over real HTTP: set-up, the session board, bookings and the dashboard. */
class StaffApiTest extends DatabaseTest {

    @Autowired
    OrganizationService organizations;

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    @Test
    void venueLifecycleWithOriginsAndEmbedKeyRotation() {
        UUID org = organizations.create("Escape Co");
        Api api = api().as(fixtures.ownerTokenOfOrganization(org));

        Response created = api.post("/api/v1/organizations/" + org + "/venues", map("name", "Harbour", "timezone",
                "America/New_York", "allowedOrigins", List.of("https://Harbour.example.com/", "http://localhost:3000")));

        assertThat(created.status()).isEqualTo(201);
        JsonNode venue = created.json();
        assertThat(venue.path("allowedOrigins").toString()).isEqualTo("[\"https://harbour.example.com\",\"http://localhost:3000\"]");
        String key = venue.path("embedKey").asString();
        assertThat(key).hasSizeGreaterThanOrEqualTo(20);
        String id = venue.path("id").asString();
        assertThat(api.get("/api/v1/organizations/" + org + "/venues").json()).hasSize(1);
        assertThat(api.get("/api/v1/public/venues/" + key).json().path("timezone").asString()).isEqualTo("America/New_York");

        Response updated = api.put("/api/v1/venues/" + id, map("name", "Harbour Front", "timezone", "America/Chicago"));
        assertThat(updated.json().path("name").asString()).isEqualTo("Harbour Front");
        assertThat(updated.json().path("allowedOrigins")).isEmpty();

        String rotated = api.post("/api/v1/venues/" + id + "/embed-key", "").json().path("embedKey").asString();
        assertThat(rotated).isNotEqualTo(key);
        assertThat(api.get("/api/v1/public/venues/" + key).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/venues/" + rotated).status()).isEqualTo(200);

        Response bad = api.post("/api/v1/organizations/" + org + "/venues", map("name", "", "timezone", "Mars/Base",
                "allowedOrigins", List.of("ftp://x", "https://ok.example/path")));
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.text()).contains("\"name\"", "\"timezone\"", "allowedOrigins[0]", "allowedOrigins[1]");
    }

    @Test
    void creatingAnActivityGeneratesItsSessionsAndAScheduleChangeRemovesFreeOnes() {
        var venue = fixtures.venue("Europe/Berlin");
        Api api = api().as(fixtures.ownerToken(venue.id()));
        Map<String, Object> daily = map("operatingDays", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                "startTime", "10:00", "endTime", "12:00", "slotInterval", 60);

        Response created = api.post("/api/v1/venues/" + venue.id() + "/activities", map("name", "Lane 1", "description", "Bowling",
                "durationMinutes", 60, "price", 1000, "currency", "eur", "minPartySize", 1, "maxPartySize", 6, "capacity", 6,
                "paymentMode", "PAY_AT_VENUE", "schedule", daily));

        assertThat(created.status()).isEqualTo(201);
        JsonNode activity = created.json();
        assertThat(activity.path("currency").asString()).isEqualTo("EUR");
        assertThat(activity.path("schedule").path("operatingDays")).hasSize(7);
        String activityId = activity.path("id").asString();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        JsonNode board = api.get("/api/v1/venues/" + venue.id() + "/sessions?from=" + today.plusDays(1) + "&to=" + today.plusDays(7)).json();
        assertThat(board).hasSize(14);

        // Hold a seat at 11:00 tomorrow, then cut the day to 10:00-11:00: free 11:00 sessions go, the held one stays.
        String held = board.get(1).path("id").asString();
        assertThat(board.get(1).path("startTime").asString()).contains("T11:00");
        api.post("/api/v1/public/reservations", map("sessionId", held, "partySize", 2, "email", "keep@example.com"));
        Response changed = api.put("/api/v1/activities/" + activityId + "/schedule", map("operatingDays", daily.get("operatingDays"),
                "startTime", "10:00", "endTime", "11:00", "slotInterval", 60));
        assertThat(changed.status()).isEqualTo(200);

        JsonNode after = api.get("/api/v1/venues/" + venue.id() + "/sessions?from=" + today.plusDays(1) + "&to=" + today.plusDays(7)).json();
        assertThat(after).hasSize(8);
        assertThat(after.get(1).path("id").asString()).isEqualTo(held);
        assertThat(after.get(1).path("heldSeats").asInt()).isEqualTo(2);

        JsonNode regenerated = api.post("/api/v1/activities/" + activityId + "/sessions/generate",
                map("startDate", today.toString(), "daysAhead", 30)).json();
        assertThat(regenerated.path("created").asInt()).isZero();
        assertThat(regenerated.path("removed").asInt()).isZero();
        assertThat(regenerated.path("keptWithReservations").asInt()).isEqualTo(1);
        assertThat(regenerated.path("kept").get(0).path("sessionId").asString()).isEqualTo(held);
    }

    @Test
    void capacityCanBeChangedButNeverBelowHeldAndBooked() {
        UUID session = fixtures.openSession(6);
        Api api = api().as(fixtures.ownerToken(fixtures.venueOfSession(session)));
        api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 4, "email", "cap@example.com"));

        Response tooLow = api.patch("/api/v1/sessions/" + session, map("capacityTotal", 3));
        Response raised = api.patch("/api/v1/sessions/" + session, map("capacityTotal", 10));
        Response lowered = api.patch("/api/v1/sessions/" + session, map("capacityTotal", 4));
        Response blocked = api.patch("/api/v1/sessions/" + session, map("status", "BLOCKED"));

        assertThat(tooLow.status()).isEqualTo(409);
        assertThat(tooLow.code()).isEqualTo("CAPACITY_BELOW_BOOKED");
        assertThat(raised.json().path("capacityRemaining").asInt()).isEqualTo(6);
        assertThat(lowered.json().path("capacityRemaining").asInt()).isZero();
        assertThat(blocked.json().path("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.json().path("heldSeats").asInt()).isEqualTo(4);
    }

    @Test
    void staffConfirmSearchCheckInAndCancelABooking() {
        var activity = fixtures.activity(8, 1, 8, PaymentMode.PREPAY);
        UUID session = fixtures.session(activity, Duration.ofHours(5), 8);
        Api api = api().as(fixtures.ownerToken(activity.venueId()));
        String holdId = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "walkin@example.com"))
                .json().path("id").asString();

        Response confirmed = api.post("/api/v1/reservations/" + holdId + "/confirm",
                map("customerName", "Walk In", "phone", "0171 555", "paymentMethod", "CASH"));

        assertThat(confirmed.status()).as("staff may confirm a prepaid hold").isEqualTo(201);
        JsonNode booking = confirmed.json();
        String bookingId = booking.path("id").asString();
        String number = booking.path("bookingNumber").asString();
        assertThat(booking.path("paymentMethod").asString()).isEqualTo("CASH");
        assertThat(fixtures.remaining(session)).isEqualTo(5);

        String venue = activity.venueId().toString();
        assertThat(api.get("/api/v1/venues/" + venue + "/bookings?q=" + number.toLowerCase()).json()).hasSize(1);
        assertThat(api.get("/api/v1/venues/" + venue + "/bookings?q=walk%20in").json()).hasSize(1);
        assertThat(api.get("/api/v1/venues/" + venue + "/bookings?q=%25").json()).as("wildcards are literal").isEmpty();
        assertThat(api.get("/api/v1/venues/" + venue + "/bookings").json()).hasSize(1);
        assertThat(api.get("/api/v1/bookings/" + bookingId).json().path("customer").path("name").asString()).isEqualTo("Walk In");
        JsonNode upcoming = api.get("/api/v1/dashboard/upcoming-bookings?limit=100&venueId=" + venue).json();
        assertThat(upcoming).hasSize(1);

        JsonNode cancelled = api.post("/api/v1/bookings/" + bookingId + "/cancel", "").json();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(fixtures.remaining(session)).isEqualTo(8);
        assertThat(api.post("/api/v1/bookings/" + bookingId + "/cancel", "").status()).as("cancelling twice changes nothing").isEqualTo(200);
        assertThat(fixtures.remaining(session)).isEqualTo(8);
        assertThat(api.post("/api/v1/bookings/" + bookingId + "/check-in", "").code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
        assertThat(api.get("/api/v1/dashboard/upcoming-bookings?venueId=" + venue).json()).isEmpty();
    }

    @Test
    void aPartyThatCheckedInCanNoLongerBeCancelled() {
        var activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 8);
        Api api = api().as(fixtures.ownerToken(activity.venueId()));
        String bookingId = book(api, session, 3, "arrived@example.com");

        JsonNode checkedIn = api.post("/api/v1/bookings/" + bookingId + "/check-in", "").json();
        assertThat(checkedIn.path("checkedInAt").isNull()).isFalse();
        assertThat(api.post("/api/v1/bookings/" + bookingId + "/check-in", "").status()).as("checking in twice keeps the first").isEqualTo(200);
        var refused = api.post("/api/v1/bookings/" + bookingId + "/cancel", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
        assertThat(fixtures.remaining(session)).as("the seats stay sold").isEqualTo(5);
    }

    @Test
    void weeklyTrendCountsBookingsPerVenueLocalDay() {
        var activity = fixtures.activity(20, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofDays(3), 20);
        // 23:30 Berlin time: a booking now and one 30 minutes later land on two different local days.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.now(clock.withZone(berlin));
        clock.set(day.atTime(23, 30).atZone(berlin).toInstant());
        Api api = api().as(fixtures.ownerToken(activity.venueId()));
        book(api, session, 2, "one@example.com");
        clock.advance(Duration.ofMinutes(45));
        book(api, session, 3, "two@example.com");
        String third = book(api, session, 1, "three@example.com");
        api.post("/api/v1/bookings/" + third + "/cancel", "");
        String paidInCash = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "cash@example.com"))
                .json().path("id").asString();
        api.post("/api/v1/reservations/" + paidInCash + "/confirm", map("customerName", "Cash", "paymentMethod", "CASH"));

        JsonNode trend = api.get("/api/v1/dashboard/weekly-trend?venueId=" + activity.venueId()).json();

        JsonNode days = trend.path("days");
        assertThat(days).hasSize(7);
        assertThat(days.get(6).path("date").asString()).isEqualTo(day.plusDays(1).toString());
        assertThat(days.get(6).path("bookings").asInt()).isEqualTo(2);
        assertThat(days.get(6).path("revenue").path("EUR").asLong()).isEqualTo(4 * 2500);
        assertThat(days.get(6).path("paid").path("EUR").asLong()).as("taken in cash").isEqualTo(2500);
        assertThat(days.get(6).path("expected").path("EUR").asLong()).as("to be paid at the venue").isEqualTo(3 * 2500);
        assertThat(days.get(5).path("bookings").asInt()).isEqualTo(1);
        assertThat(days.get(5).path("revenue").path("EUR").asLong()).isEqualTo(2 * 2500);
        assertThat(days.get(0).path("bookings").asInt()).isZero();
    }

    @Test
    void kioskDevicesShowTheirTokenOnceAndCanBeRevoked() {
        var venue = fixtures.venue("Europe/Berlin");
        Api api = api().as(fixtures.ownerToken(venue.id()));

        JsonNode device = api.post("/api/v1/venues/" + venue.id() + "/kiosk-devices", map("name", "Lobby")).json();

        assertThat(device.path("token").asString()).startsWith("kiosk_").hasSizeGreaterThan(40);
        JsonNode listed = api.get("/api/v1/venues/" + venue.id() + "/kiosk-devices").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("token")).isFalse();
        assertThat(api.delete("/api/v1/kiosk-devices/" + device.path("id").asString()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/venues/" + venue.id() + "/kiosk-devices").json().get(0).path("revokedAt").isNull()).isFalse();
        assertThat(api.delete("/api/v1/kiosk-devices/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void inactiveActivitiesAreHiddenFromThePublic() {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        Api api = api().as(fixtures.ownerToken(activity.venueId()));
        var request = fixtures.activityRequest(6, 1, 6, PaymentMode.PAY_AT_VENUE, Fixtures.NO_HOURS);
        var inactive = new io.slotwise.common.api.ActivityRequest(request.name(), request.description(), request.durationMinutes(),
                request.price(), request.currency(), request.minPartySize(), request.maxPartySize(), request.capacity(),
                request.paymentMode(), null, request.schedule(), false);

        assertThat(api.put("/api/v1/activities/" + activity.id(), inactive).json().path("active").asBoolean()).isFalse();

        assertThat(api.get("/api/v1/public/activities/" + activity.id()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "x@example.com")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/venues/" + activity.venueId() + "/activities").json()).hasSize(1);
    }

    private static String book(Api api, UUID session, int party, String email) {
        String hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", party, "email", email))
                .json().path("id").asString();
        return api.post("/api/v1/reservations/" + hold + "/confirm", map("customerName", "Guest")).json().path("id").asString();
    }
}
