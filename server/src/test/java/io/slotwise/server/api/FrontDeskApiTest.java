package io.slotwise.server.api;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the front desk needs beyond booking: the queue of kiosk customers paying there, no-shows, schedule previews. */
class FrontDeskApiTest extends DatabaseTest {

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    private JsonNode hold(UUID session, int party) {
        Response held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", party, "email", "walk@in.example"));
        assertThat(held.status()).isEqualTo(201);
        return held.json();
    }

    @Test
    void aKioskSendsAHoldToTheDeskWhereStaffSeeItAndConfirmIt() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 8);
        UUID venue = activity.venueId();
        Api kiosk = api().as(fixtures.kioskToken(venue));
        Api staff = api().as(fixtures.staffToken(venue));
        String waiting = hold(session, 3).path("id").asString();
        hold(session, 2); // a web customer's hold: not at the desk

        assertThat(staff.get("/api/v1/venues/" + venue + "/desk-holds").json()).isEmpty();
        Response sent = kiosk.post("/api/v1/reservations/" + waiting + "/pay-at-desk", map("customerName", " Ana Lima "));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("status").asString()).isEqualTo("HELD");
        assertThat(sent.json().has("holdToken")).as("staff never see a hold's token").isFalse();
        JsonNode queue = staff.get("/api/v1/venues/" + venue + "/desk-holds").json();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).path("id").asString()).isEqualTo(waiting);
        assertThat(queue.get(0).path("customerName").asString()).isEqualTo("Ana Lima");
        assertThat(queue.get(0).path("partySize").asInt()).isEqualTo(3);
        assertThat(queue.get(0).path("activityName").asString()).isEqualTo(activity.name());

        Response confirmed = staff.post("/api/v1/reservations/" + waiting + "/confirm",
                map("customerName", "Ana Lima", "paymentMethod", "CASH"));
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(staff.get("/api/v1/venues/" + venue + "/desk-holds").json()).isEmpty();
        assertThat(kiosk.post("/api/v1/reservations/" + waiting + "/pay-at-desk", map("customerName", "Ana")).code())
                .isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void anExpiredHoldLeavesTheQueueAndCannotBeSentThere() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 8);
        Api kiosk = api().as(fixtures.kioskToken(activity.venueId()));
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        String sent = hold(session, 2).path("id").asString();
        kiosk.post("/api/v1/reservations/" + sent + "/pay-at-desk", map("customerName", "Ana"));
        String late = hold(session, 2).path("id").asString();

        clock.advance(Duration.ofMinutes(11));

        assertThat(staff.get("/api/v1/venues/" + activity.venueId() + "/desk-holds").json()).isEmpty();
        assertThat(kiosk.post("/api/v1/reservations/" + late + "/pay-at-desk", map("customerName", "Bo")).code())
                .isEqualTo("HOLD_EXPIRED");
        Response nameless = kiosk.post("/api/v1/reservations/" + sent + "/pay-at-desk", map("customerName", " "));
        assertThat(nameless.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(nameless.text()).contains("customerName");
    }

    @Test
    void anotherVenuesKioskCannotTouchTheHold() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 8);
        String held = hold(session, 2).path("id").asString();
        ActivityDetails elsewhere = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);

        Response refused = api().as(fixtures.kioskToken(elsewhere.venueId()))
                .post("/api/v1/reservations/" + held + "/pay-at-desk", map("customerName", "Mallory"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api().as(fixtures.staffToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId() + "/desk-holds").json())
                .isEmpty();
    }

    @Test
    void aNoShowIsRecordedOnlyOnceTheSessionStartedAndALateArrivalStillChecksIn() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 8);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        String holdId = hold(session, 2).path("id").asString();
        String booking = staff.post("/api/v1/reservations/" + holdId + "/confirm", map("customerName", "Ana", "paymentMethod", "CASH"))
                .json().path("id").asString();

        assertThat(staff.post("/api/v1/bookings/" + booking + "/no-show", "").code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
        clock.advance(Duration.ofHours(2).plusMinutes(15));
        Response marked = staff.post("/api/v1/bookings/" + booking + "/no-show", "");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().path("noShowAt").isNull()).isFalse();
        assertThat(marked.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(fixtures.remaining(session)).as("the seats stay sold").isEqualTo(6);
        Response arrived = staff.post("/api/v1/bookings/" + booking + "/check-in", "");
        assertThat(arrived.json().path("checkedInAt").isNull()).isFalse();
        assertThat(arrived.json().path("noShowAt").isNull()).isTrue();
        assertThat(staff.post("/api/v1/bookings/" + booking + "/no-show", "").code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
    }

    @Test
    void aSchedulePreviewShowsTheSlotsInTheVenuesZoneWithoutSavingAnything() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        Map<String, Object> weekdays = map("operatingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "startTime", "10:00", "endTime", "13:00", "slotInterval", 60,
                "customHours", map("FRIDAY", map("enabled", true, "startTime", "10:00", "endTime", "11:00")),
                "closedDates", List.of("2027-03-10"));

        Response preview = staff.post("/api/v1/venues/" + activity.venueId() + "/schedule-preview",
                map("schedule", weekdays, "durationMinutes", 60, "from", "2027-03-08", "days", 7));

        assertThat(preview.status()).isEqualTo(200);
        List<String> starts = preview.json().path("slots").valueStream().map(s -> s.path("start").asString()).toList();
        // Berlin in winter: Monday, Tuesday, Thursday 10-13 (three slots), Wednesday closed, Friday 10-11, no weekend.
        assertThat(starts).hasSize(10).startsWith("2027-03-08T10:00:00+01:00").endsWith("2027-03-12T10:00:00+01:00")
                .noneMatch(s -> s.startsWith("2027-03-10"));
        assertThat(preview.json().path("slots").get(0).path("end").asString()).isEqualTo("2027-03-08T11:00:00+01:00");
    }

    @Test
    void aScheduleBeingEditedGetsItsMistakesNamedByField() {
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));

        Response bad = staff.post("/api/v1/venues/" + activity.venueId() + "/schedule-preview",
                map("schedule", map("operatingDays", List.of("Funday"), "startTime", "25:00", "endTime", "12:00", "slotInterval", 0),
                        "durationMinutes", 60, "from", "2027-03-08", "days", 90));

        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.text()).contains("schedule.operatingDays[0]", "schedule.startTime", "schedule.slotInterval", "\"days\"");
    }
}
