package io.slotwise.common.client;

import static io.slotwise.common.client.Responses.event;
import static io.slotwise.common.client.Responses.eventStream;
import static io.slotwise.common.client.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.VenueEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventSubscriptionTest {

    private static final UUID SESSION = UUID.fromString("0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50");
    private static final UUID ACTIVITY = UUID.fromString("a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d");
    private static final UUID HOLD = UUID.fromString("6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01");
    private static final UUID BOOKING = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final UUID VENUE = UUID.fromString("99999999-8888-4777-8666-555555555555");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MockWebServer server = new MockWebServer();
    private final ScriptedDispatcher dispatcher = new ScriptedDispatcher();
    private final List<VenueEvent> events = new CopyOnWriteArrayList<>();
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private SlotwiseClient client;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(dispatcher);
        server.start();
        client = SlotwiseClient.builder(server.url("/").toString())
                .reconnectBackoff(Backoff.fixed(Duration.ofMillis(50)))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void eventsAreDeliveredTypedAndInOrder() throws Exception {
        dispatcher.script(eventStream(
                event("i-1", "session.updated", sessionUpdated(3))
                        + ": heartbeat\n\n"
                        + event("i-2", "venue.renamed", "{\"name\":\"New name\"}")
                        + event("i-3", "hold.held", "{\"holdId\":\"" + HOLD + "\",\"sessionId\":\"" + SESSION + "\",\"partySize\":2,\"status\":\"HELD\"}")
                        + event("i-4", "booking.checked-in", "{\"bookingId\":\"" + BOOKING + "\",\"bookingNumber\":\"SW-7K3M9Q\",\"sessionId\":\"" + SESSION + "\",\"change\":\"checked-in\"}")
                        + event("i-5", "activity.updated", "{\"activityId\":\"" + ACTIVITY + "\"}")
                        + event("i-6", "resync", "{}")));

        try (EventSubscription subscription = client.events().subscribeVenue("embed-1", events::add, states::add)) {
            await().atMost(WAIT).until(() -> events.size() == 5);

            assertThat(events).containsExactly(
                    new VenueEvent.SessionUpdated(SESSION, ACTIVITY, 3, SessionStatus.OPEN),
                    new VenueEvent.HoldChanged(HOLD, SESSION, 2, HoldStatus.HELD),
                    new VenueEvent.BookingChanged(BOOKING, "SW-7K3M9Q", SESSION, VenueEvent.BookingChanged.CHECKED_IN),
                    new VenueEvent.ActivityUpdated(ACTIVITY),
                    new VenueEvent.Resync());
            assertThat(events).extracting(VenueEvent::type).containsExactly(
                    "session.updated", "hold.held", "booking.checked-in", "activity.updated", "resync");
            assertThat(subscription.lastEventId()).contains("i-6");
            assertThat(states).startsWith(ConnectionState.LIVE);

            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/public/venues/embed-1/events");
            assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
            assertThat(request.getHeaders().get("Last-Event-ID")).isNull();
            assertThat(request.getHeaders().get("Authorization")).isNull();
        }
    }

    @Test
    void aStreamDroppedMidEventReconnectsFromTheLastCompleteEvent() throws Exception {
        String complete = event("i-1", "session.updated", sessionUpdated(5)) + event("i-2", "session.updated", sessionUpdated(4));
        String cutShort = event("i-3", "session.updated",
                sessionUpdated(3).replace("}", ",\"note\":\"" + "x".repeat(complete.length()) + "\"}"));
        String body = complete + cutShort;
        // The socket is closed halfway through the body, which must fall inside the third event.
        assertThat(body.length() / 2).isGreaterThan(complete.length()).isLessThan(body.length() - 2);
        dispatcher.script(eventStream(body).newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build());
        dispatcher.script(eventStream(event("i-4", "session.updated", sessionUpdated(2))));

        try (EventSubscription subscription = client.events().subscribeVenue("embed-1", events::add, states::add)) {
            await().atMost(WAIT).until(() -> events.size() == 3);

            assertThat(events).extracting(e -> ((VenueEvent.SessionUpdated) e).capacityRemaining())
                    .as("the cut event is dropped, not delivered half-read")
                    .containsExactly(5, 4, 2);
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID")).isNull();
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID")).isEqualTo("i-2");
            assertThat(states).containsSubsequence(ConnectionState.LIVE, ConnectionState.RECONNECTING, ConnectionState.LIVE);
            assertThat(subscription.lastEventId()).contains("i-4");
        }
    }

    @Test
    void closeStopsReconnectingForGood() {
        // Every stream ends at once, so the subscription keeps reconnecting until closed.
        dispatcher.fallback(() -> eventStream(event("i-1", "resync", "{}")));
        EventSubscription subscription = client.events().subscribeVenue("embed-1", events::add, states::add);
        await().atMost(WAIT).until(() -> server.getRequestCount() >= 3);

        subscription.close();
        int requestsAtClose = server.getRequestCount();

        // A request already on the wire may still land; nothing after it may.
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> server.getRequestCount() <= requestsAtClose + 1);
        assertThat(subscription.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(states).endsWith(ConnectionState.CLOSED);
        int eventsAtClose = events.size();
        subscription.close();
        assertThat(events).hasSize(eventsAtClose);
    }

    @Test
    void theStaffStreamSendsTheCurrentBearerToken() throws Exception {
        dispatcher.script(eventStream(event("i-1", "resync", "{}")));
        client.bearerToken("staff-token-1");

        try (EventSubscription subscription = client.events().subscribeStaff(VENUE, events::add)) {
            await().atMost(WAIT).until(() -> events.size() == 1);

            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/venues/" + VENUE + "/events");
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer staff-token-1");
        }
    }

    @Test
    void aRefusedStreamFailsWithTheProblemInsteadOfRetrying() {
        dispatcher.script(problem(401, "UNAUTHENTICATED", "The token has expired", null));

        try (EventSubscription subscription = client.events().subscribeStaff(VENUE, events::add, states::add)) {
            await().atMost(WAIT).until(() -> subscription.state() == ConnectionState.FAILED);

            assertThat(subscription.failure()).hasValueSatisfying(e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.errorCode()).contains(ErrorCode.UNAUTHENTICATED);
            });
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> server.getRequestCount() == 1);
            assertThat(states).containsExactly(ConnectionState.FAILED);
        }
    }

    @Test
    void aServerErrorIsRetriedUntilTheStreamOpens() {
        dispatcher.script(problem(503, "INTERNAL_ERROR", "Starting up", null));
        dispatcher.script(eventStream(event("i-1", "resync", "{}")));

        try (EventSubscription subscription = client.events().subscribeVenue("embed-1", events::add, states::add)) {
            await().atMost(WAIT).until(() -> events.size() == 1);

            assertThat(states).startsWith(ConnectionState.RECONNECTING, ConnectionState.LIVE);
        }
    }

    private static String sessionUpdated(int capacityRemaining) {
        return "{\"sessionId\":\"" + SESSION + "\",\"activityId\":\"" + ACTIVITY + "\",\"capacityRemaining\":"
                + capacityRemaining + ",\"status\":\"OPEN\"}";
    }

    /**
     * Answers scripted responses in order, then the fallback; the default fallback is an error that
     * keeps a reconnecting subscription waiting without new events.
     */
    private static final class ScriptedDispatcher extends Dispatcher {

        private final BlockingQueue<MockResponse> script = new LinkedBlockingQueue<>();
        private volatile java.util.function.Supplier<MockResponse> fallback =
                () -> problem(503, "INTERNAL_ERROR", "No more scripted answers", null);

        void script(MockResponse response) {
            script.add(response);
        }

        void fallback(java.util.function.Supplier<MockResponse> fallback) {
            this.fallback = fallback;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            MockResponse next = script.poll();
            return next != null ? next : fallback.get();
        }
    }
}
