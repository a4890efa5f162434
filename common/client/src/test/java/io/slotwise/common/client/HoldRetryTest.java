package io.slotwise.common.client;

import static io.slotwise.common.client.Responses.hold;
import static io.slotwise.common.client.Responses.json;
import static io.slotwise.common.client.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code hold} is retried with one Idempotency-Key when retrying is safe, and only then. */
class HoldRetryTest {

    private static final String HOLD_ID = "6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01";
    private static final String SESSION_ID = "0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50";
    private static final HoldRequest REQUEST = new HoldRequest(UUID.fromString(SESSION_ID), 4, "ada@example.com");

    private final MockWebServer server = new MockWebServer();
    private final List<Integer> pauses = new ArrayList<>();
    private SlotwiseClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = SlotwiseClient.builder(server.url("/").toString())
                .holdRetryBackoff(attempt -> {
                    pauses.add(attempt);
                    return java.time.Duration.ZERO;
                })
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aHoldIsRetriedAfter503WithTheSameIdempotencyKey() throws Exception {
        server.enqueue(problem(503, "INTERNAL_ERROR", "Down for a moment", null));
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));

        Hold hold = client.publicApi().hold(REQUEST);

        assertThat(hold.holdToken()).isEqualTo("tok-123");
        assertThat(server.getRequestCount()).isEqualTo(2);
        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("Idempotency-Key")).isNotBlank()
                .isEqualTo(second.getHeaders().get("Idempotency-Key"));
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(pauses).containsExactly(1);
    }

    @Test
    void gatewayErrorsWithoutAProblemBodyAreRetriedToo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(504).body("upstream timed out").build());
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body("<h1>Bad Gateway</h1>").build());
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));

        client.publicApi().hold(REQUEST, "caller-chosen-key");

        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key"))
                    .isEqualTo("caller-chosen-key");
        }
        assertThat(pauses).containsExactly(1, 2);
    }

    @Test
    void aHoldIsNotRetriedAfter409() {
        server.enqueue(problem(409, "INSUFFICIENT_CAPACITY", "Only 2 seats left", null));
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().hold(REQUEST));

        assertThat(e.errorCode()).contains(ErrorCode.INSUFFICIENT_CAPACITY);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aHoldGivesUpAfterThreeAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(problem(503, "INTERNAL_ERROR", "Still down", null));
        }

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().hold(REQUEST));

        assertThat(e.status()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(PublicBookingApi.HOLD_ATTEMPTS);
    }

    @Test
    void aHoldIsRetriedWithTheSameKeyWhenTheConnectionDropsBeforeTheAnswer() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                keys.add(request.getHeaders().get("Idempotency-Key"));
                if (seen.incrementAndGet() == 1) {
                    // The server took the request and died before answering.
                    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                }
                return json(201, hold(HOLD_ID, SESSION_ID, "HELD"));
            }
        });

        Hold hold = client.publicApi().hold(REQUEST);

        assertThat(hold.id()).isEqualTo(UUID.fromString(HOLD_ID));
        assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
        assertThat(keys).containsOnly(keys.get(0));
    }

    @Test
    void confirmingIsNotRetried() {
        server.enqueue(problem(503, "INTERNAL_ERROR", "Down for a moment", null));
        server.enqueue(json(201, Responses.booking(HOLD_ID, SESSION_ID, SESSION_ID)));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class,
                () -> client.publicApi().confirmHold(UUID.fromString(HOLD_ID), "tok-123", new ConfirmRequest("Ada", "+1 555 0100", null)));

        assertThat(e.status()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConfirmWhoseConnectionDropsIsNotSentAgain() {
        AtomicInteger seen = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (seen.incrementAndGet()) {
                    case 1 -> json(200, hold(HOLD_ID, SESSION_ID, "HELD"));
                    // The server may have booked before it died: sending again could book twice.
                    case 2 -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                    default -> json(201, Responses.booking(HOLD_ID, SESSION_ID, SESSION_ID));
                };
            }
        });
        // The first call leaves a pooled connection; the HTTP client would resend over a fresh one
        // when that pooled connection fails.
        client.publicApi().readHold(UUID.fromString(HOLD_ID), "tok-123");

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class,
                () -> client.publicApi().confirmHold(UUID.fromString(HOLD_ID), "tok-123", new ConfirmRequest("Ada", "+1 555 0100", null)));

        assertThat(e.status()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
