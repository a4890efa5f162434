package io.slotwise.server.operations;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health for load balancers and the metrics ARCHITECTURE.md lists, read as Prometheus and a balancer read them. */
class OperationsTest extends DatabaseTest {

    static final List<String> METRICS = List.of("slotwise_holds_total", "slotwise_bookings_total", "slotwise_payment_failures_total",
            "slotwise_outbox_backlog", "slotwise_outbox_oldest_age_seconds", "slotwise_outbox_failed", "slotwise_event_subscribers",
            "slotwise_event_relay_up", "slotwise_expiry_sweep_runs_total", "slotwise_expiry_sweep_released_total",
            "slotwise_job_last_start_seconds", "slotwise_public_reads_total");

    @Test
    void healthShowsItsPartsButNoDetailsAndTheProbesAnswer() {
        JsonNode health = api().get("/actuator/health").json();
        Api.Response liveness = api().get("/actuator/health/liveness");
        Api.Response readiness = api().get("/actuator/health/readiness");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("eventRelay").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").has("details")).as("no details for the public").isFalse();
        assertThat(health.path("components").has("mail")).as("a mail server down delays mails, it does not make us unhealthy").isFalse();
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("components").has("db")).isTrue();
        assertThat(readiness.json().path("components").has("eventRelay")).isTrue();
    }

    @Test
    void everyDocumentedMetricIsThere() {
        String scraped = scrape();

        for (String metric : METRICS) {
            assertThat(scraped).as(metric).containsPattern("(?m)^" + metric + "(\\{| )");
        }
    }

    @Test
    void holdsBookingsAndSubscribersMoveTheirMetrics() {
        ActivityDetails activity = fixtures.activity(4, 1, 4, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(5), 4);
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();
        double held = value("slotwise_holds_total", "outcome=\"held\"");
        double full = value("slotwise_holds_total", "outcome=\"insufficient_capacity\"");
        double invalid = value("slotwise_holds_total", "outcome=\"validation_failed\"");
        double booked = value("slotwise_bookings_total", "channel=\"web\"");
        double subscribers = value("slotwise_event_subscribers", "");
        double mails = value("slotwise_outbox_backlog", "channel=\"email\"");

        JsonNode hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 3, "email", "m@example.com")).json();
        api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "n@example.com"));
        api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 0, "email", "n@example.com"));
        Api.Response confirmed = api().post("/api/v1/public/reservations/" + hold.path("id").asString() + "/confirm",
                map("customerName", "Metric Guest"), "X-Hold-Token", hold.path("holdToken").asString());
        assertThat(confirmed.status()).isEqualTo(201);

        try (EventStreamClient stream = new EventStreamClient("http://localhost:" + port + "/api/v1/public/venues/" + key + "/events")
                .awaitLive()) {
            assertThat(value("slotwise_holds_total", "outcome=\"held\"")).isEqualTo(held + 1);
            assertThat(value("slotwise_holds_total", "outcome=\"insufficient_capacity\"")).isEqualTo(full + 1);
            assertThat(value("slotwise_holds_total", "outcome=\"validation_failed\"")).isEqualTo(invalid + 1);
            assertThat(value("slotwise_bookings_total", "channel=\"web\"")).isEqualTo(booked + 1);
            assertThat(value("slotwise_event_subscribers", "")).isEqualTo(subscribers + 1);
            // The confirmation mail waits in the outbox (tests send mail only when they ask); the gauge reads every few seconds.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(value("slotwise_outbox_backlog", "channel=\"email\"")).isGreaterThan(mails));
        }
    }

    @Test
    void theAlertsTheDashboardAndTheDocsNameOnlyMetricsTheServerHas() throws Exception {
        api().get("/api/v1/public/venues/no-such-key"); // a request, so that the request histogram exists
        String scraped = scrape();
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (String file : List.of("deploy/prometheus-alerts.yml", "deploy/grafana-dashboard.json", "operations.md")) {
            var names = java.util.regex.Pattern.compile("\\b((?:slotwise|http_server|hikaricp|jvm)_[a-z_]+)")
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", file)));
            while (names.find()) {
                named.add(names.group(1));
            }
        }

        assertThat(named).containsAll(METRICS);
        for (String metric : named) {
            // A prefix is enough: the docs name families ("hikaricp_connections_*", a histogram's base name).
            assertThat(scraped).as(metric).containsPattern("(?m)^" + metric);
        }
    }

    private String scrape() {
        Api.Response response = api().get("/actuator/prometheus");
        assertThat(response.status()).as("this machine may read the metrics").isEqualTo(200);
        return response.text();
    }

    /** The value of the series of {@code metric} whose labels include {@code label} (summed; 0 before the first count). */
    private double value(String metric, String label) {
        double sum = 0;
        for (String line : scrape().split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(label) || line.startsWith(metric + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
