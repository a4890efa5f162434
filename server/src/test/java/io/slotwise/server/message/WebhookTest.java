package io.slotwise.server.message;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks for integrators against a real HTTP receiver that fails before it succeeds. */
class WebhookTest extends DatabaseTest {

    @Autowired
    MessageDispatcher dispatcher;

    final MockWebServer receiver = new MockWebServer();
    final JsonMapper json = JsonMapper.builder().build();
    ActivityDetails activity;
    Api owner;

    @BeforeEach
    void receiverAndVenue() throws Exception {
        receiver.start();
        activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        owner = api().as(fixtures.ownerToken(activity.venueId()));
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    private JsonNode subscribe(String... events) {
        Api.Response made = owner.post("/api/v1/venues/" + activity.venueId() + "/webhooks",
                map("url", receiver.url("/hooks/slotwise").toString(), "events", List.of(events)));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return made.json();
    }

    private String book(UUID session) {
        JsonNode held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2,
                "email", "hook-" + UUID.randomUUID() + "@example.com")).json();
        return api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm", map("customerName", "Lee"),
                "X-Hold-Token", held.path("holdToken").asString()).json().path("id").asString();
    }

    @Test
    void aSignedEventIsRetriedWithTheSameIdUntilTheReceiverTakesIt() throws Exception {
        JsonNode hook = subscribe("booking.confirmed", "booking.cancelled");
        String secret = hook.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(owner.get("/api/v1/venues/" + activity.venueId() + "/webhooks").json().get(0).path("secret").isNull())
                .as("the secret is shown once").isTrue();
        receiver.enqueue(new MockResponse.Builder().code(500).build());
        receiver.enqueue(new MockResponse.Builder().code(204).build());

        String bookingId = book(fixtures.session(activity, Duration.ofDays(2), 8));
        dispatcher.dispatch();
        RecordedRequest first = receiver.takeRequest(5, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatch();
        RecordedRequest second = receiver.takeRequest(5, TimeUnit.SECONDS);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        JsonNode event = json.readTree(second.getBody().utf8());
        assertThat(json.readTree(first.getBody().utf8()).path("id").asString()).as("the same event on every try")
                .isEqualTo(event.path("id").asString());
        assertThat(event.path("type").asString()).isEqualTo("booking.confirmed");
        assertThat(event.path("venueId").asString()).isEqualTo(activity.venueId().toString());
        assertThat(event.path("data").path("id").asString()).isEqualTo(bookingId);
        String signature = second.getHeaders().get("Slotwise-Signature");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature).endsWith(",v1=" + WebhookSender.signature(secret, Long.parseLong(t), second.getBody().utf8()));

        JsonNode deliveries = owner.get("/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries").json();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(2);
        assertThat(deliveries.get(0).path("lastResult").asString()).isEqualTo("HTTP 204");
        dispatcher.dispatch();
        assertThat(receiver.getRequestCount()).as("delivered once").isEqualTo(2);
    }

    @Test
    void onlySubscribedEventsAreSentAndARemovedWebhookGetsNothing() throws Exception {
        JsonNode hook = subscribe("booking.cancelled");
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        String bookingId = book(fixtures.session(activity, Duration.ofDays(2), 8));
        dispatcher.dispatch();
        assertThat(receiver.getRequestCount()).as("not subscribed to confirmations").isZero();

        owner.post("/api/v1/bookings/" + bookingId + "/cancel", "");
        dispatcher.dispatch();
        assertThat(json.readTree(receiver.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).path("type").asString())
                .isEqualTo("booking.cancelled");

        assertThat(owner.post("/api/v1/webhooks/" + hook.path("id").asString() + "/test", "").status()).isEqualTo(202);
        dispatcher.dispatch();
        assertThat(json.readTree(receiver.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).path("type").asString())
                .isEqualTo("webhook.test");

        assertThat(owner.delete("/api/v1/webhooks/" + hook.path("id").asString()).status()).isEqualTo(204);
        book(fixtures.session(activity, Duration.ofDays(3), 8));
        dispatcher.dispatch();
        assertThat(receiver.getRequestCount()).isEqualTo(2);
        assertThat(owner.get("/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries").code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badSubscriptionsAreRefusedAndStaffMayNotManageWebhooks() {
        Api.Response bad = owner.post("/api/v1/venues/" + activity.venueId() + "/webhooks",
                map("url", "ftp://example.com", "events", List.of("booking.exploded")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("url").contains("events[0]");
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        assertThat(staff.get("/api/v1/venues/" + activity.venueId() + "/webhooks").status()).isEqualTo(403);
    }
}
