package io.slotwise.server.readcache;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import io.slotwise.server.support.Together;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Readers filling the cache while holds and releases commit, in parallel: an answer rendered
 * from the database just before a commit and stored just after its change arrived must never
 * be served. Once the last change's event is out, every read shows what the database holds.
 */
class PublicReadsRaceTest extends DatabaseTest {

    static final int WRITERS = 6;
    static final int READERS = 6;
    static final int HOLDS_PER_WRITER = 12;

    @Test
    void afterTheLastEventEveryReadShowsTheDatabaseHoweverReadsAndWritesInterleaved() throws Exception {
        for (int round = 0; round < 3; round++) {
            ActivityDetails activity = fixtures.activity(500, 1, 8, PaymentMode.PAY_AT_VENUE);
            UUID session = fixtures.session(activity, Duration.ofHours(3), 500);
            UUID marker = fixtures.session(activity, Duration.ofHours(4), 10);
            String owner = fixtures.ownerToken(activity.venueId());
            String key = api().as(owner).get("/api/v1/venues/" + activity.venueId()).json().path("embedKey").asString();
            LocalDate day = fixtures.dayOf(session);
            String sessions = "/api/v1/public/activities/" + activity.id() + "/sessions?from=" + day + "&to=" + day;
            String venueDay = "/api/v1/public/venues/" + key + "/sessions?date=" + day;
            String availability = "/api/v1/public/sessions/" + session + "/availability?partySize=1";

            try (EventStreamClient events = new EventStreamClient(
                    "http://localhost:" + port + "/api/v1/public/venues/" + key + "/events").awaitLive()) {
                AtomicBoolean writing = new AtomicBoolean(true);
                java.util.concurrent.atomic.AtomicInteger writersLeft = new java.util.concurrent.atomic.AtomicInteger(WRITERS);
                Together.run(WRITERS + READERS, index -> {
                    Api api = api();
                    if (index < WRITERS) {
                        try {
                            for (int i = 0; i < HOLDS_PER_WRITER; i++) {
                                var hold = api.post("/api/v1/public/reservations",
                                        map("sessionId", session, "partySize", 1 + (i % 3), "email", "r" + index + "@example.com")).json();
                                if (i % 3 == 0) {
                                    api.delete("/api/v1/public/reservations/" + hold.path("id").asString(), "X-Hold-Token",
                                            hold.path("holdToken").asString());
                                }
                            }
                        } finally {
                            if (writersLeft.decrementAndGet() == 0) {
                                writing.set(false);
                            }
                        }
                    } else {
                        while (writing.get()) {
                            api.get(sessions);
                            api.get(venueDay);
                            api.get(availability);
                        }
                    }
                });
                int truth = fixtures.remaining(session);
                assertThat(truth).as("the writers held something").isLessThan(500);
                // Places go and come back, so a count may repeat: a change after all of them marks the end.
                // Its event goes out after theirs (changes arrive in commit order), so once it is out, theirs are.
                api().post("/api/v1/public/reservations", map("sessionId", marker, "partySize", 1, "email", "m@example.com"));
                events.next(e -> e.type().equals("session.updated") && e.data().contains(marker.toString()), Duration.ofSeconds(10));

                assertThat(api().get(sessions).json().get(0).path("capacityRemaining").asInt()).as("round %d", round).isEqualTo(truth);
                assertThat(api().get(venueDay).json().get(0).path("capacityRemaining").asInt()).as("round %d", round).isEqualTo(truth);
                assertThat(api().get(availability).json().path("capacityRemaining").asInt()).as("round %d", round).isEqualTo(truth);
            }
        }
    }
}
