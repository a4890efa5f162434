package io.slotwise.common.client;

import static io.slotwise.common.client.Responses.json;
import static io.slotwise.common.client.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.HoldRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a call can fail ends as one {@link SlotwiseApiException}. */
class SlotwiseApiExceptionTest {

    private static final UUID SESSION = UUID.fromString("0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50");

    private final MockWebServer server = new MockWebServer();
    private SlotwiseClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = SlotwiseClient.builder(server.url("/").toString())
                .readTimeout(Duration.ofMillis(300))
                .holdRetryBackoff(Backoff.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aProblemBecomesAnExceptionWithStatusCodeDetailAndFieldErrors() {
        server.enqueue(problem(400, "VALIDATION_FAILED", "The request has invalid fields",
                "[{\"field\":\"partySize\",\"message\":\"must be at most 8\"},{\"field\":\"email\",\"message\":\"is not an email address\"}]"));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class,
                () -> client.publicApi().hold(new HoldRequest(SESSION, 12, "nope")));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(e.errorCode()).contains(ErrorCode.VALIDATION_FAILED);
        assertThat(e.detail()).isEqualTo("The request has invalid fields");
        assertThat(e.fieldErrors()).containsExactly(
                new SlotwiseApiException.FieldError("partySize", "must be at most 8"),
                new SlotwiseApiException.FieldError("email", "is not an email address"));
        assertThat(e.isTransportFailure()).isFalse();
        assertThat(e).hasMessageContaining("POST /api/v1/public/reservations")
                .hasMessageContaining("400 VALIDATION_FAILED")
                .hasMessageContaining("partySize must be at most 8");
    }

    @Test
    void aConflictProblemCarriesItsCodeWithoutFieldErrors() {
        server.enqueue(problem(409, "INSUFFICIENT_CAPACITY", "Only 2 seats left", null));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class,
                () -> client.publicApi().hold(new HoldRequest(SESSION, 4, "ada@example.com")));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.errorCode()).contains(ErrorCode.INSUFFICIENT_CAPACITY);
        assertThat(e.fieldErrors()).isEmpty();
    }

    @Test
    void aCodeNewerThanTheClientIsKeptAsText() {
        server.enqueue(problem(409, "WAITLIST_ONLY", "Join the waitlist", null));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().venue("k"));

        assertThat(e.code()).isEqualTo("WAITLIST_ONLY");
        assertThat(e.errorCode()).isEmpty();
    }

    @Test
    void aServerErrorWithAnHtmlBodyBecomesAnExceptionNamingTheStatus() {
        server.enqueue(new MockResponse.Builder()
                .code(500)
                .addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html><body><h1>Whitelabel Error Page</h1></body></html>")
                .build());

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().venue("k"));

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.code()).isNull();
        assertThat(e.errorCode()).isEmpty();
        assertThat(e).hasMessageContaining("GET /api/v1/public/venues/k")
                .hasMessageContaining("500")
                .hasMessageContaining("text/html body instead of a problem description");
    }

    @Test
    void aMalformedJsonBodyBecomesAnExceptionWithTheStatus() {
        server.enqueue(json(200, "{\"id\":\"6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01\",\"name\":"));

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().venue("k"));

        assertThat(e.status()).isEqualTo(200);
        assertThat(e).hasMessageContaining("not valid JSON for a PublicVenue");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void aMalformedProblemBodyStillReportsTheStatus() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Type", "application/problem+json")
                .body("{\"code\":")
                .build());

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().venue("k"));

        assertThat(e.status()).isEqualTo(503);
        assertThat(e).hasMessageContaining("malformed JSON error body");
    }

    @Test
    void anEmptyBodyWhereJsonIsExpectedBecomesAnException() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").build());

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class,
                () -> client.publicApi().venueSessions("k", LocalDate.of(2027, 5, 1)));

        assertThat(e.status()).isEqualTo(200);
        assertThat(e).hasMessageContaining("empty body where a list of SessionView was expected");
    }

    @Test
    void aBodySlowerThanTheReadTimeoutBecomesAnExceptionWithStatusZero() {
        server.enqueue(json(200, "{\"id\":\"6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01\"}").newBuilder()
                .bodyDelay(1, TimeUnit.SECONDS)
                .build());

        SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> client.publicApi().venue("k"));

        assertThat(e.status()).isZero();
        assertThat(e.isTransportFailure()).isTrue();
        assertThat(e).hasMessageContaining("timed out");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void anUnreachableServerBecomesAnExceptionWithStatusZero() throws IOException {
        MockWebServer gone = new MockWebServer();
        gone.start();
        String url = gone.url("/").toString();
        gone.close();

        try (SlotwiseClient offline = SlotwiseClient.builder(url).build()) {
            SlotwiseApiException e = catchThrowableOfType(SlotwiseApiException.class, () -> offline.publicApi().venue("k"));

            assertThat(e.status()).isZero();
            assertThat(e).hasMessageContaining("could not reach the server");
        }
    }
}
