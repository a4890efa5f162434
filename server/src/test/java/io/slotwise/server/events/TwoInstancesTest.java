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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a change made
 * through one reaches the subscribers of the other. (H2 serves a single instance: skipped there.)
 */
class TwoInstancesTest extends DatabaseTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void aHoldMadeThroughOneInstanceReachesSubscribersOfTheOther() {
        assumeThat(TestDatabase.postgres()).as("several instances need PostgreSQL").isTrue();
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        String embedKey = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();

        // Command-line arguments, so that they win over application.properties as they would in production.
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(SlotwiseServer.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password, "--slotwise.jobs.release-expired-cron=-",
                "--slotwise.jobs.generate-cron=-", "--slotwise.rate-limit.enabled=false")) {
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
}
