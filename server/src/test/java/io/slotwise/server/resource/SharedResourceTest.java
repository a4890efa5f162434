package io.slotwise.server.resource;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.BookingMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A room shared by activities, through the API: owners manage resources; a held session
 * occupies the room until its reset ends, overlapping sessions of the room read no places left
 * (still open) and refuse holds with {@code RESOURCE_BUSY}, staff see why, subscribers hear of it
 * live, and releasing the hold frees them all again.
 */
class SharedResourceTest extends DatabaseTest {

    private UUID venue;
    private UUID room;
    private Api owner;
    private Instant seven;
    private ActivityDetails tomb;
    private ActivityDetails lab;
    private UUID tombAtSeven;
    private UUID labAtHalfPastSeven;
    private UUID labAtEight;
    private UUID labAtQuarterPastEight;

    @BeforeEach
    void twoActivitiesOneRoom() {
        venue = fixtures.venue("Europe/Berlin").id();
        owner = api().as(fixtures.ownerToken(venue));
        room = UUID.fromString(owner.post("/api/v1/venues/" + venue + "/resources", map("name", "Room 1")).json().path("id").asString());
        tomb = fixtures.sellingActivity(venue, "Tomb", 60, BookingMode.PRIVATE, 2, 6, List.of(room), 15, null, null);
        lab = fixtures.sellingActivity(venue, "Lab", 45, BookingMode.PRIVATE, 2, 6, List.of(room), 0, null, null);
        seven = LocalDate.now(clock).plusDays(3).atTime(19, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        tombAtSeven = fixtures.sessionAt(tomb, seven, 6);
        labAtHalfPastSeven = fixtures.sessionAt(lab, seven.plus(Duration.ofMinutes(30)), 6);
        labAtEight = fixtures.sessionAt(lab, seven.plus(Duration.ofMinutes(60)), 6);
        labAtQuarterPastEight = fixtures.sessionAt(lab, seven.plus(Duration.ofMinutes(75)), 6);
    }

    @AfterEach
    void invariants() {
        fixtures.assertCapacityInvariant();
    }

    private Api.Response hold(UUID session, int party) {
        return api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", party, "email", "room@example.com"));
    }

    private int publicRemaining(UUID activity, UUID session) {
        LocalDate day = seven.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        for (JsonNode s : api().get("/api/v1/public/activities/" + activity + "/sessions?from=" + day + "&to=" + day).json()) {
            if (s.path("id").asString().equals(session.toString())) {
                assertThat(s.path("status").asString()).isEqualTo("OPEN");
                return s.path("capacityRemaining").asInt();
            }
        }
        throw new AssertionError("session " + session + " not listed");
    }

    @Test
    void aHeldSessionKeepsTheRoomUntilItsResetEndsAndReleasingFreesIt() {
        JsonNode held = hold(tombAtSeven, 4).json();
        assertThat(held.path("status").asString()).isEqualTo("HELD");

        Api.Response overlapping = hold(labAtHalfPastSeven, 2);
        Api.Response inTheReset = hold(labAtEight, 2);
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.code()).isEqualTo("RESOURCE_BUSY");
        assertThat(inTheReset.code()).as("the tomb is reset until 20:15").isEqualTo("RESOURCE_BUSY");
        assertThat(publicRemaining(lab.id(), labAtHalfPastSeven)).isZero();
        assertThat(publicRemaining(lab.id(), labAtEight)).isZero();
        assertThat(publicRemaining(lab.id(), labAtQuarterPastEight)).isEqualTo(6);
        assertThat(publicRemaining(tomb.id(), tombAtSeven)).as("private: taken by its party").isZero();
        JsonNode availability = api().get("/api/v1/public/sessions/" + labAtEight + "/availability?partySize=2").json();
        assertThat(availability.path("available").asBoolean()).isFalse();
        assertThat(availability.path("capacityRemaining").asInt()).isZero();

        LocalDate day = seven.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        JsonNode board = api().as(fixtures.staffToken(venue)).get("/api/v1/venues/" + venue + "/sessions?from=" + day + "&to=" + day).json();
        assertThat(board.findValues("resourceBusy").stream().map(JsonNode::asString).filter(t -> !t.equals("null")).toList())
                .contains("Room 1 in use: Tomb 19:00-20:15");

        assertThat(hold(labAtQuarterPastEight, 2).status()).as("starts as the reset ends").isEqualTo(201);
        api().delete("/api/v1/public/reservations/" + held.path("id").asString(), "X-Hold-Token", held.path("holdToken").asString());

        assertThat(publicRemaining(lab.id(), labAtHalfPastSeven)).isEqualTo(6);
        assertThat(hold(labAtHalfPastSeven, 3).status()).isEqualTo(201);
        assertThat(hold(tombAtSeven, 2).code()).as("now the lab at 19:30 holds the room").isEqualTo("RESOURCE_BUSY");
    }

    @Test
    void subscribersHearThatTheSessionsSharingTheRoomCannotBeSold() {
        String embedKey = owner.get("/api/v1/venues/" + venue).json().path("embedKey").asString();
        try (EventStreamClient stream = new EventStreamClient(
                "http://localhost:" + port + "/api/v1/public/venues/" + embedKey + "/events").awaitLive()) {
            hold(tombAtSeven, 2);

            stream.next(e -> e.type().equals("session.updated") && e.data().contains(labAtHalfPastSeven.toString())
                    && e.data().contains("\"capacityRemaining\":0"), Duration.ofSeconds(10));
            stream.next(e -> e.type().equals("session.updated") && e.data().contains(labAtEight.toString())
                    && e.data().contains("\"capacityRemaining\":0"), Duration.ofSeconds(10));
        }
    }

    @Test
    void ownersManageResourcesAndStaffOnlyReadThem() {
        Api staff = api().as(fixtures.staffToken(venue));
        assertThat(staff.get("/api/v1/venues/" + venue + "/resources").json().findValuesAsString("name")).containsExactly("Room 1");
        assertThat(staff.post("/api/v1/venues/" + venue + "/resources", map("name", "Lane 2")).status()).isEqualTo(403);
        assertThat(owner.post("/api/v1/venues/" + venue + "/resources", map("name", " ")).code()).isEqualTo("VALIDATION_FAILED");

        Api.Response renamed = owner.put("/api/v1/resources/" + room, map("name", "The big room"));
        assertThat(renamed.json().path("name").asString()).isEqualTo("The big room");

        hold(tombAtSeven, 2);
        assertThat(owner.delete("/api/v1/resources/" + room).status()).isEqualTo(204);
        assertThat(hold(labAtHalfPastSeven, 2).status()).as("nothing shares a room that is gone").isEqualTo(201);
        assertThat(owner.get("/api/v1/activities/" + lab.id()).json().path("resourceIds")).isEmpty();
        assertThat(owner.delete("/api/v1/resources/" + room).status()).isEqualTo(404);
    }

    @Test
    void anActivityUsesOnlyItsOwnVenuesResources() {
        UUID elsewhere = fixtures.resource(fixtures.venue("Europe/Berlin").id(), "Someone else's room");
        Api.Response refused = owner.put("/api/v1/activities/" + lab.id(), map("name", "Lab", "durationMinutes", 45, "price", 2500,
                "currency", "EUR", "minPartySize", 2, "maxPartySize", 6, "capacity", 6, "paymentMode", "PAY_AT_VENUE",
                "schedule", map("operatingDays", List.of(), "startTime", "10:00", "endTime", "22:00", "slotInterval", 60),
                "resourceIds", List.of(elsewhere)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("resourceIds[0]");
    }

    @Test
    void theSchedulePreviewSaysWhichSlotsWouldCollideOnTheRoom() {
        LocalDate day = seven.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        var schedule = map("operatingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "startTime", "18:00", "endTime", "22:00", "slotInterval", 60);

        JsonNode planned = owner.post("/api/v1/venues/" + venue + "/schedule-preview", map("schedule", schedule, "durationMinutes", 60,
                "from", day, "days", 1, "resourceIds", List.of(room), "bufferMinutes", 0)).json().path("slots");
        JsonNode editingTheTomb = owner.post("/api/v1/venues/" + venue + "/schedule-preview", map("schedule", schedule,
                "durationMinutes", 60, "from", day, "days", 1, "resourceIds", List.of(room), "bufferMinutes", 0,
                "activityId", tomb.id())).json().path("slots");
        JsonNode withoutRooms = owner.post("/api/v1/venues/" + venue + "/schedule-preview", map("schedule", schedule,
                "durationMinutes", 60, "from", day, "days", 1)).json().path("slots");

        assertThat(planned).hasSize(4);
        assertThat(collisions(planned)).containsExactly(null, "Room 1: Tomb 19:00-20:15", "Room 1: Tomb 19:00-20:15", null);
        assertThat(collisions(editingTheTomb)).as("its own sessions are no collision")
                .containsExactly(null, "Room 1: Lab 19:30-20:15", "Room 1: Lab 19:30-20:15", null);
        assertThat(collisions(withoutRooms)).containsOnlyNulls();
    }

    @Test
    void anActivityThatStartsUsingATakenRoomIsRefusedUntilTheRoomIsFree() {
        ActivityDetails tour = fixtures.sellingActivity(venue, "Tour", 60, BookingMode.SHARED, 1, 6, List.of(), 0, null, null);
        UUID tourAtSeven = fixtures.sessionAt(tour, seven, 6);
        JsonNode tomb = hold(tombAtSeven, 2).json();
        assertThat(hold(tourAtSeven, 3).status()).as("the tour does not use the room yet").isEqualTo(201);
        var usesTheRoom = map("name", "Tour", "description", "", "durationMinutes", 60, "price", 2500, "currency", "EUR",
                "minPartySize", 1, "maxPartySize", 6, "capacity", 6, "paymentMode", "PAY_AT_VENUE",
                "schedule", map("operatingDays", List.of(), "startTime", "10:00", "endTime", "22:00", "slotInterval", 60),
                "resourceIds", List.of(room));

        Api.Response refused = owner.put("/api/v1/activities/" + tour.id(), usesTheRoom);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("RESOURCE_BUSY");
        assertThat(refused.text()).contains("Room 1 is taken");
        assertThat(owner.get("/api/v1/activities/" + tour.id()).json().path("resourceIds")).as("nothing changed").isEmpty();

        api().delete("/api/v1/public/reservations/" + tomb.path("id").asString(), "X-Hold-Token", tomb.path("holdToken").asString());
        Api.Response accepted = owner.put("/api/v1/activities/" + tour.id(), usesTheRoom);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(hold(tombAtSeven, 2).code()).as("the tour's held session now occupies the room").isEqualTo("RESOURCE_BUSY");
    }

    @Test
    void generatingSessionsSaysWhichOnesCollideOnTheRoom() {
        LocalDate day = seven.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        Api.Response made = owner.post("/api/v1/venues/" + venue + "/activities", map("name", "Heist", "description", "",
                "durationMinutes", 60, "price", 2500, "currency", "EUR", "minPartySize", 2, "maxPartySize", 6, "capacity", 6,
                "paymentMode", "PAY_AT_VENUE", "bookingMode", "PRIVATE", "resourceIds", List.of(room),
                "schedule", map("operatingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                        "startTime", "18:00", "endTime", "22:00", "slotInterval", 60)));
        String heist = made.json().path("id").asString();

        JsonNode result = owner.post("/api/v1/activities/" + heist + "/sessions/generate", map("startDate", day, "daysAhead", 1)).json();

        assertThat(result.path("collisions").findValuesAsString("collidesWith"))
                .containsExactly("Room 1: Tomb 19:00-20:15", "Room 1: Tomb 19:00-20:15");
        assertThat(result.path("collisions").findValuesAsString("startTime")).allSatisfy(t -> assertThat(t).matches(".*T(19|20):00.*"));
    }

    private static List<String> collisions(JsonNode slots) {
        List<String> found = new java.util.ArrayList<>();
        slots.forEach(s -> found.add(s.path("collidesWith").isNull() || s.path("collidesWith").isMissingNode() ? null
                : s.path("collidesWith").asString()));
        return found;
    }
}
