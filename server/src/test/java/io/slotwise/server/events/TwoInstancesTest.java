package io.slotwise.server.events;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.SlotwiseServer;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import io.slotwise.server.support.TestDatabase;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a change made
 * through one reaches the subscribers of the other. (H2 serves a single instance: skipped there.)
 */
class TwoInstancesTest extends DatabaseTest {

    /** Another instance on this test's database, as a load balancer's second server. Command-line arguments win over application.properties, as in production. */
    private ConfigurableApplicationContext otherInstance() {
        java.util.List<String> args = new java.util.ArrayList<>(sameDatabaseArguments());
        args.addAll(java.util.List.of("--server.port=0", "--slotwise.jobs.release-expired-cron=-", "--slotwise.jobs.generate-cron=-",
                "--slotwise.rate-limit.enabled=false"));
        return new SpringApplicationBuilder(SlotwiseServer.class).run(args.toArray(String[]::new));
    }

    @Test
    void aHoldMadeThroughOneInstanceReachesSubscribersOfTheOther() {
        assumeThat(TestDatabase.postgres()).as("several instances need PostgreSQL").isTrue();
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        String embedKey = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();

        try (ConfigurableApplicationContext other = otherInstance()) {
            String otherPort = other.getEnvironment().getProperty("local.server.port");
            try (EventStreamClient onOther = new EventStreamClient(
                    "http://localhost:" + otherPort + "/api/v1/public/venues/" + embedKey + "/events").awaitLive()) {

                org.assertj.core.api.Assertions.assertThat(onOther.status()).isEqualTo(200);
                api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "two@example.com"));

                onOther.next(e -> e.type().equals("session.updated") && e.data().contains(session.toString())
                        && e.data().contains("\"capacityRemaining\":4"), Duration.ofSeconds(1));
            }
        }
    }

    @Test
    void aReadCachedByOneInstanceIsNeverOlderThanAChangeCommittedThroughTheOtherOnceItsEventIsOut() {
        assumeThat(TestDatabase.postgres()).as("several instances need PostgreSQL").isTrue();
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        String owner = fixtures.ownerToken(activity.venueId());
        String embedKey = api().as(owner).get("/api/v1/venues/" + activity.venueId()).json().path("embedKey").asString();
        String day = fixtures.dayOf(session).toString();
        String sessions = "/api/v1/public/activities/" + activity.id() + "/sessions?from=" + day + "&to=" + day;

        try (ConfigurableApplicationContext other = otherInstance()) {
            io.slotwise.server.support.Api onOther = new io.slotwise.server.support.Api(
                    "http://localhost:" + other.getEnvironment().getProperty("local.server.port"));
            try (EventStreamClient stream = new EventStreamClient(
                    "http://localhost:" + other.getEnvironment().getProperty("local.server.port") + "/api/v1/public/venues/" + embedKey
                            + "/events").awaitLive()) {
                String tag = onOther.get(sessions).header("ETag").orElseThrow();
                org.assertj.core.api.Assertions.assertThat(onOther.get(sessions, "If-None-Match", tag).status())
                        .as("kept by the other instance").isEqualTo(304);

                api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "two@example.com"));
                stream.next(e -> e.type().equals("session.updated") && e.data().contains("\"capacityRemaining\":4"),
                        Duration.ofSeconds(5));

                org.assertj.core.api.Assertions.assertThat(onOther.get(sessions, "If-None-Match", tag).status())
                        .as("its kept answer went with the change").isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(onOther.get(sessions).text()).contains("\"capacityRemaining\":4");

                // A venue edit through this instance has no event of its own: the other instance drops its answers all the same.
                String venue = "/api/v1/public/venues/" + embedKey;
                org.assertj.core.api.Assertions.assertThat(onOther.get(venue).json().path("name").asString()).isNotEqualTo("Quay Street");
                api().as(owner).put("/api/v1/venues/" + activity.venueId(), map("name", "Quay Street", "timezone", "Europe/Berlin"));
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                        org.assertj.core.api.Assertions.assertThat(onOther.get(venue).json().path("name").asString()).isEqualTo("Quay Street"));
            }
        }
    }
}
