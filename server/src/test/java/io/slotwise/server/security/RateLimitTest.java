package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Role;
import io.slotwise.server.login.AccessTokens;
import io.slotwise.server.login.LoginThrottle;
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
 * Public rate limits per client address and the throttling of wrong passwords, with small limits.
 * Every test here uses its own kind of request or account, since they share one address.
 */
class RateLimitTest extends DatabaseTest {

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("slotwise.rate-limit.enabled", () -> "true");
        registry.add("slotwise.rate-limit.reads-per-minute", () -> "1000");
        registry.add("slotwise.rate-limit.holds-per-minute", () -> "3");
        registry.add("slotwise.rate-limit.logins-per-minute", () -> "1000");
        registry.add("slotwise.rate-limit.codes-per-minute", () -> "2");
        registry.add("slotwise.events.max-subscribers-per-address", () -> "2");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    io.slotwise.server.reservation.HoldService holds;

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
    void promoCodesCannotBeProbedQuickly() throws Exception {
        UUID session = fixtures.openSession(50);
        // From an address of its own: the other tests' holds do not count here.
        for (String guess : new String[] {"GUESS-1", "GUESS-2"}) {
            assertThat(postFrom("127.0.0.3", "/api/v1/public/reservations", map("sessionId", session, "partySize", 1,
                    "email", "g@example.com", "promoCode", guess))).startsWith("HTTP/1.1 422").contains("PROMO_CODE_UNKNOWN");
        }

        String third = postFrom("127.0.0.3", "/api/v1/public/reservations", map("sessionId", session, "partySize", 1,
                "email", "g@example.com", "promoCode", "GUESS-3"));

        assertThat(third).startsWith("HTTP/1.1 429").contains("Too many codes tried");
        assertThat(fixtures.remaining(session)).isEqualTo(50);
    }

    @Test
    void giftCardBalancesCannotBeProbedQuickly() throws Exception {
        UUID session = fixtures.openSession(50);
        var hold = holds.hold(new io.slotwise.common.api.HoldRequest(session, 1, "g@example.com"), null);
        // From an address of its own: reading a balance and paying with a card spend from one bucket of codes.
        assertThat(sendFrom("127.0.0.4", "GET", "/api/v1/public/gift-cards/AAAA-BBBB-CCCC-DDDD", null)).startsWith("HTTP/1.1 404");
        assertThat(sendFrom("127.0.0.4", "POST", "/api/v1/public/reservations/" + hold.id() + "/gift-card",
                map("code", "AAAA-BBBB-CCCC-DDDE"), "X-Hold-Token", hold.holdToken()))
                .startsWith("HTTP/1.1 422").contains("GIFT_CARD_UNKNOWN");

        assertThat(sendFrom("127.0.0.4", "GET", "/api/v1/public/gift-cards/AAAA-BBBB-CCCC-DDDF", null))
                .startsWith("HTTP/1.1 429").contains("Too many codes tried");
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
    void strangersGuessingFromManyAddressesSlowThemselvesDownButNeverTheOwner() throws Exception {
        UUID org = organizations.create("Throttle");
        String email = "t-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(org, email, "T", "the password", Role.OWNER);
        // Real connections from different loopback addresses: the server sees many strangers and the owner.
        for (int stranger = 10; stranger <= 10 + LoginThrottle.ATTACK_FAILURES; stranger++) {
            assertThat(loginFrom("127.0.0." + stranger, email, "guess " + stranger)).as("an address that never failed").isEqualTo(401);
        }

        assertThat(loginFrom("127.0.0.2", email, "the password")).as("the owner, from an address that never failed").isEqualTo(200);
        assertThat(loginFrom("127.0.0.10", email, "guess again")).as("a stranger under attack waits").isEqualTo(429);
        // Under attack, a failing address gets no free tries: its one failure asked for 2 s.
        clock.advance(LoginThrottle.delayAfter(1));
        assertThat(loginFrom("127.0.0.10", email, "guess again")).as("after the wait, one more try").isEqualTo(401);
        assertThat(loginFrom("127.0.0.10", email, "the password")).as("and then a longer wait").isEqualTo(429);
        assertThat(loginFrom("127.0.0.10", "other-" + email, "x")).as("other accounts are not affected").isEqualTo(401);
    }

    /** POSTs a login over a socket bound to {@code localAddress}; answers the HTTP status. */
    private int loginFrom(String localAddress, String email, String password) throws java.io.IOException {
        return Integer.parseInt(postFrom(localAddress, "/api/v1/auth/login", map("email", email, "password", password)).split(" ")[1]);
    }

    /** POSTs JSON over a socket bound to {@code localAddress}; answers the whole response, status line first. */
    private String postFrom(String localAddress, String path, Object json) throws java.io.IOException {
        return sendFrom(localAddress, "POST", path, json);
    }

    /** Sends a request (with a JSON body unless {@code json} is null) over a socket bound to {@code localAddress}. */
    private String sendFrom(String localAddress, String method, String path, Object json, String... headers) throws java.io.IOException {
        byte[] body = json == null ? new byte[0] : Api.json(json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            extra.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + extra
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
