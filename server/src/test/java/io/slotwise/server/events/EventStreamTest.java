package io.slotwise.server.events;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import io.slotwise.server.support.EventStreamClient.Event;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changes reach the venue's subscribers within a second, only when they commit, and catch up. */
class EventStreamTest extends DatabaseTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ActivityDetails activity;
    private String embedKey;
    private String owner;

    private void venueWithActivity() {
        activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        owner = fixtures.ownerToken(activity.venueId());
        embedKey = api().as(owner).get("/api/v1/venues/" + activity.venueId()).json().path("embedKey").asString();
    }

    private EventStreamClient publicStream(String... headers) {
        return new EventStreamClient("http://localhost:" + port + "/api/v1/public/venues/" + embedKey + "/events", headers)
                .awaitLive();
    }

    private static JsonNode data(Event e) {
        return JSON.readTree(e.data());
    }

    private static boolean sessionUpdate(Event e, UUID session, int remaining) {
        return e.type().equals("session.updated") && data(e).path("sessionId").asString().equals(session.toString())
                && data(e).path("capacityRemaining").asInt() == remaining;
    }

    @Test
    void holdsReleasesCapacityChangesAndTheSweepReachSubscribersWithinASecond() {
        venueWithActivity();
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        Api api = api();
        try (EventStreamClient stream = publicStream()) {
            JsonNode hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "e@example.com")).json();
            stream.next(e -> sessionUpdate(e, session, 4), SECOND);

            api.delete("/api/v1/public/reservations/" + hold.path("id").asString(), "X-Hold-Token", hold.path("holdToken").asString());
            stream.next(e -> sessionUpdate(e, session, 6), SECOND);

            api.as(owner).patch("/api/v1/sessions/" + session, map("capacityTotal", 5));
            stream.next(e -> sessionUpdate(e, session, 5), SECOND);

            api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "f@example.com"));
            stream.next(e -> sessionUpdate(e, session, 2), SECOND);
            clock.advance(Duration.ofMinutes(11));
            api.as(owner).post("/api/v1/maintenance/release-expired", "");
            stream.next(e -> sessionUpdate(e, session, 5), SECOND);
        }
    }

    @Test
    void theStaffStreamAlsoSeesHoldsAndBookingsAndThePublicOneDoesNot() {
        venueWithActivity();
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        Api api = api();
        try (EventStreamClient staff = new EventStreamClient("http://localhost:" + port + "/api/v1/venues/" + activity.venueId()
                + "/events", "Authorization", "Bearer " + owner).awaitLive();
                EventStreamClient pub = publicStream()) {
            String hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "s@example.com"))
                    .json().path("id").asString();
            Event held = staff.next(e -> e.type().startsWith("hold."), SECOND);
            JsonNode booking = api.as(owner).post("/api/v1/reservations/" + hold + "/confirm", map("customerName", "S")).json();
            Event confirmed = staff.next(e -> e.type().equals("hold.confirmed"), SECOND);
            Event booked = staff.next(e -> e.type().equals("booking.confirmed"), SECOND);
            api.as(owner).post("/api/v1/bookings/" + booking.path("id").asString() + "/check-in", "");
            Event checkedIn = staff.next(e -> e.type().equals("booking.checked-in"), SECOND);
            // A party that arrived is not cancelled: another booking is.
            String other = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "o@example.com"))
                    .json().path("id").asString();
            JsonNode otherBooking = api.as(owner).post("/api/v1/reservations/" + other + "/confirm", map("customerName", "O")).json();
            api.as(owner).post("/api/v1/bookings/" + otherBooking.path("id").asString() + "/cancel", "");
            staff.next(e -> e.type().equals("booking.cancelled"), SECOND);

            assertThat(held.type()).isEqualTo("hold.held");
            assertThat(data(confirmed).path("holdId").asString()).isEqualTo(hold);
            assertThat(data(booked).path("bookingNumber").asString()).isEqualTo(booking.path("bookingNumber").asString());
            assertThat(data(checkedIn).path("bookingId").asString()).isEqualTo(booking.path("id").asString());
            // The public stream saw the same changes as seat counts only.
            Event seen = pub.next(e -> sessionUpdate(e, session, 4), SECOND);
            assertThat(seen.type()).isEqualTo("session.updated");
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        venueWithActivity();
        UUID full = fixtures.session(activity, Duration.ofHours(2), 2);
        UUID other = fixtures.session(activity, Duration.ofHours(3), 6);
        Api api = api();
        api.post("/api/v1/public/reservations", map("sessionId", full, "partySize", 2, "email", "a@example.com"));
        try (EventStreamClient stream = publicStream()) {
            stream.next(EventStreamTest::anything, SECOND).toString();
        } catch (AssertionError quietStream) {
            // Nothing pending: as expected before the refused hold.
        }
        try (EventStreamClient stream = publicStream()) {
            assertThat(api.post("/api/v1/public/reservations", map("sessionId", full, "partySize", 1, "email", "b@example.com")).code())
                    .isEqualTo("INSUFFICIENT_CAPACITY");
            api.post("/api/v1/public/reservations", map("sessionId", other, "partySize", 1, "email", "c@example.com"));

            // The next session event is the later, committed hold: the refused one left no trace.
            Event next = stream.next(e -> e.type().equals("session.updated"), SECOND);
            assertThat(data(next).path("sessionId").asString()).isEqualTo(other.toString());
        }
    }

    @Test
    void reconnectingWithTheLastEventIdCatchesUpOrResyncs() {
        venueWithActivity();
        UUID first = fixtures.session(activity, Duration.ofHours(2), 6);
        UUID second = fixtures.session(activity, Duration.ofHours(3), 6);
        Api api = api();
        String lastId;
        try (EventStreamClient stream = publicStream()) {
            api.post("/api/v1/public/reservations", map("sessionId", first, "partySize", 1, "email", "a@example.com"));
            lastId = stream.next(e -> sessionUpdate(e, first, 5), SECOND).id();
        }
        api.post("/api/v1/public/reservations", map("sessionId", second, "partySize", 2, "email", "b@example.com"));
        api.as(owner).patch("/api/v1/sessions/" + first, map("status", "BLOCKED"));

        try (EventStreamClient resumed = publicStream("Last-Event-ID", lastId)) {
            resumed.next(e -> sessionUpdate(e, second, 4), SECOND);
            Event blocked = resumed.next(e -> e.type().equals("session.updated") && data(e).path("sessionId").asString().equals(first.toString()), SECOND);
            assertThat(data(blocked).path("status").asString()).isEqualTo("BLOCKED");
        }
        try (EventStreamClient stranger = publicStream("Last-Event-ID", "another-instance-42")) {
            assertThat(stranger.next(SECOND).type()).isEqualTo("resync");
        }
    }

    @Autowired
    VenueEvents venueEvents;

    @Autowired
    EventHub hub;

    @Test
    void manyClientsReplayingMoreThanALiveQueueAtOnceGetEveryMissedEventThenLiveOnes() throws Exception {
        venueWithActivity();
        String lastId;
        try (EventStreamClient stream = publicStream()) {
            venueEvents.activityChanged(activity.venueId(), activity.id());
            lastId = stream.next(e -> e.type().equals("activity.updated"), SECOND).id();
        }
        int missed = Subscriber.QUEUE + 100;
        for (int i = 0; i < missed; i++) {
            venueEvents.activityChanged(activity.venueId(), activity.id());
        }
        // On PostgreSQL they travel through NOTIFY: all of them must be here before the clients come back.
        long expected = sequence(lastId) + missed;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> hub.lastSequence() >= expected);

        int clients = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<EventStreamClient>> opened = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String from = lastId;
                opened.add(pool.submit(() -> {
                    go.await();
                    return publicStream("Last-Event-ID", from);
                }));
            }
            go.countDown();
            java.util.List<EventStreamClient> streams = new java.util.ArrayList<>();
            for (var f : opened) {
                streams.add(f.get());
            }
            try {
                for (EventStreamClient resumed : streams) {
                    long previous = sequence(lastId);
                    for (int i = 0; i < missed; i++) {
                        Event e = resumed.next(x -> true, Duration.ofSeconds(10));
                        assertThat(e.type()).as("event %d of the replay", i).isEqualTo("activity.updated");
                        assertThat(sequence(e.id())).as("in order, none twice").isGreaterThan(previous);
                        previous = sequence(e.id());
                    }
                }
                venueEvents.activityChanged(activity.venueId(), activity.id());
                for (EventStreamClient resumed : streams) {
                    // Up to 15 s: 24 streams have just been sent hundreds of events each on a machine of two cores.
                    assertThat(resumed.next(x -> true, Duration.ofSeconds(15)).type()).as("still live after the replay")
                            .isEqualTo("activity.updated");
                }
            } finally {
                streams.forEach(EventStreamClient::close);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sequence(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    @Test
    void unknownVenuesHaveNoStream() {
        try (EventStreamClient stream = new EventStreamClient("http://localhost:" + port + "/api/v1/public/venues/nope/events")) {
            stream.awaitLive();
            assertThat(stream.status()).isEqualTo(404);
        }
    }

    private static boolean anything(Event e) {
        return true;
    }
}
