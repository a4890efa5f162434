package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.organization.Role;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Public rate limits per client address and login throttling per account, with small limits.
 * Every test here uses its own kind of request or account, since they share one address.
 */
class RateLimitTest extends DatabaseTest {

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("slotwise.rate-limit.enabled", () -> "true");
        registry.add("slotwise.rate-limit.reads-per-minute", () -> "1000");
        registry.add("slotwise.rate-limit.holds-per-minute", () -> "3");
        registry.add("slotwise.rate-limit.logins-per-minute", () -> "1000");
        registry.add("slotwise.rate-limit.logins-per-account", () -> "3");
        registry.add("slotwise.events.max-subscribers-per-address", () -> "2");
    }

    @Autowired
    OrganizationService organizations;

    @Test
    void holdsBeyondTheLimitGet429WithRetryAfterAndReadsGoOn() {
        UUID session = fixtures.openSession(50);
        Api api = api();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "r@example.com")).status())
                    .isEqualTo(201);
        }

        Response limited = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "r@example.com"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(api.get("/api/v1/public/sessions/" + session + "/availability?partySize=1").status()).isEqualTo(200);
        assertThat(fixtures.remaining(session)).isEqualTo(47);

        clock.advance(Duration.ofSeconds(21));

        assertThat(api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "r@example.com")).status())
                .as("a third of the bucket refilled after 20 s").isEqualTo(201);
    }

    @Test
    void eventStreamsAreLimitedPerAddress() {
        var venue = fixtures.venue("Europe/Berlin");
        String key = api().as(fixtures.ownerToken(venue.id())).get("/api/v1/venues/" + venue.id()).json().path("embedKey").asString();
        String url = "http://localhost:" + port + "/api/v1/public/venues/" + key + "/events";
        try (var first = new io.slotwise.server.support.EventStreamClient(url).awaitLive();
                var second = new io.slotwise.server.support.EventStreamClient(url).awaitLive();
                var third = new io.slotwise.server.support.EventStreamClient(url).awaitLive()) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(third.status()).isEqualTo(429);
        }
    }

    @Test
    void loginAttemptsAreThrottledPerAccount() {
        UUID org = organizations.create("Throttle").getId();
        String email = "t-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(org, email, "T", "the password", Role.OWNER);
        Api api = api();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/login", map("email", email, "password", "guess " + i)).status()).isEqualTo(401);
        }

        Response throttled = api.post("/api/v1/auth/login", map("email", email, "password", "the password"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
        assertThat(throttled.header("Retry-After")).isPresent();
        assertThat(api.post("/api/v1/auth/login", map("email", "other-" + email, "password", "x")).status())
                .as("other accounts are not affected").isEqualTo(401);
    }
}
