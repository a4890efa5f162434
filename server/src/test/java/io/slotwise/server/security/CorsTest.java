package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.DatabaseTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Browsers on a venue's allowed origins may call the public API; other sites may not. */
class CorsTest extends DatabaseTest {

    // The JDK client refuses to set Origin unless told it may (it is a restricted header).
    static {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "origin");
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void preflightAndRequestsFromAnAllowedOriginAreAnswered() throws Exception {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/public/reservations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://escape.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key"));
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/v1/public/activities/" + activity.id()))
                .header("Origin", "https://escape.example"));
        HttpResponse<String> sessions = send(HttpRequest.newBuilder(uri("/api/v1/public/sessions/" + session + "/availability?partySize=1"))
                .header("Origin", "https://escape.example"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://escape.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("idempotency-key");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://escape.example");
        assertThat(sessions.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://escape.example");
    }

    @Test
    void otherOriginsAreRefused() throws Exception {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        // Allowed by another venue: still not for this venue's activity.
        fixtures.venue("Europe/Berlin");
        api().as(fixtures.ownerToken(activity.venueId())).put("/api/v1/venues/" + activity.venueId(),
                map("name", "Venue", "timezone", "Europe/Berlin", "allowedOrigins", java.util.List.of("https://only.example")));

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(uri("/api/v1/public/activities/" + activity.id()))
                .header("Origin", "https://evil.example"));
        HttpResponse<String> otherVenuesOrigin = send(HttpRequest.newBuilder(uri("/api/v1/public/activities/" + activity.id()))
                .header("Origin", "https://escape.example"));
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/public/reservations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(otherVenuesOrigin.statusCode()).isEqualTo(403);
        assertThat(preflight.statusCode()).isEqualTo(403);
    }

    @Test
    void holdsAnswerAlikeWhetherTheyExistOrNot() throws Exception {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 6);
        String hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "h@example.com"))
                .json().path("id").asString();

        for (String method : java.util.List.of("GET", "DELETE")) {
            HttpResponse<String> existing = send(HttpRequest.newBuilder(uri("/api/v1/public/reservations/" + hold))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://escape.example").header("X-Hold-Token", "not-the-token"));
            String unknownId = UUID.randomUUID().toString();
            HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/v1/public/reservations/" + unknownId))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://escape.example").header("X-Hold-Token", "not-the-token"));

            assertThat(unknown.statusCode()).as(method).isEqualTo(existing.statusCode()).isEqualTo(404);
            assertThat(unknown.body().replace(unknownId, hold)).as(method).isEqualTo(existing.body());
            assertThat(unknown.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEqualTo(existing.headers().firstValue("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void sameOriginRequestsNeedNoCors() throws Exception {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);

        HttpResponse<String> own = send(HttpRequest.newBuilder(uri("/api/v1/public/activities/" + activity.id()))
                .header("Origin", "http://localhost:" + port));

        assertThat(own.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
