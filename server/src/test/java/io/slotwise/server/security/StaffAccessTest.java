package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.security.Role;
import io.slotwise.server.login.AccessTokens;
import io.slotwise.server.login.LoginThrottle;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every staff endpoint, found in the application's own request mappings (so an endpoint
 * added without a rule fails here), as every kind of caller that must be turned away, and
 * checks that each is refused and that nothing in the database changed.
 */
class StaffAccessTest extends DatabaseTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessTokens tokens;

    record Endpoint(RequestMethod method, String pattern, Guarded rule) {
    }

    private List<Endpoint> staffEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                // /auth/* acts on the caller's own account and is tested in LoginAndKioskTest; the
                // payment webhook is Stripe's, guarded by its signature (PaymentTest).
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/public/") || pattern.startsWith("/api/v1/auth/")
                        || pattern.equals("/api/v1/payments/stripe/webhook")) {
                    continue;
                }
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method, pattern, e.getValue().getMethodAnnotation(Guarded.class)));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyStaffEndpointHasAnAccessRule() {
        List<Endpoint> endpoints = staffEndpoints();

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(29);
        assertThat(endpoints).filteredOn(e -> e.rule() == null).as("staff endpoints without @Guarded").isEmpty();
    }

    @Test
    void everyStaffEndpointTurnsAwayEveryoneWhoMayNotCallIt() {
        // Organization A owns everything the requests name; B is another organization.
        ActivityDetails activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID venue = activity.venueId();
        UUID organization = jdbc.sql("SELECT organization_id FROM venues WHERE id = :id").param("id", venue).query(UUID.class).single();
        UUID session = fixtures.session(activity, Duration.ofHours(4), 8);
        Api publicApi = api();
        String holdId = publicApi.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "a@example.com"))
                .json().path("id").asString();
        String ownerA = fixtures.ownerToken(venue);
        String bookingHold = publicApi.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "b@example.com"))
                .json().path("id").asString();
        String bookingId = api().as(ownerA).post("/api/v1/reservations/" + bookingHold + "/confirm", map("customerName", "B"))
                .json().path("id").asString();
        String deviceId = api().as(ownerA).post("/api/v1/venues/" + venue + "/kiosk-devices", map("name", "Desk"))
                .json().path("id").asString();
        String invitationId = api().as(ownerA).post("/api/v1/organizations/" + organization + "/members",
                map("email", "invited@example.com", "role", "STAFF")).json().path("id").asString();
        String messageId = api().as(ownerA).get("/api/v1/bookings/" + bookingId + "/messages").json().get(0).path("id").asString();
        String webhookId = api().as(ownerA).post("/api/v1/venues/" + venue + "/webhooks",
                map("url", "https://hooks.example/slotwise", "events", java.util.List.of("booking.confirmed"))).json().path("id").asString();
        String resourceId = api().as(ownerA).post("/api/v1/venues/" + venue + "/resources", map("name", "Room A"))
                .json().path("id").asString();
        String promoCodeId = api().as(ownerA).post("/api/v1/venues/" + venue + "/promo-codes", map("code", "ACCESS", "percentOff", 10))
                .json().path("id").asString();
        String giftCardId = api().as(ownerA).post("/api/v1/venues/" + venue + "/gift-cards", map("amount", 1000, "currency", "EUR"))
                .json().path("id").asString();
        Map<String, String> ids = Map.ofEntries(Map.entry("resourceId", resourceId), Map.entry("promoCodeId", promoCodeId),
                Map.entry("giftCardId", giftCardId), Map.entry("organizationId", organization.toString()),
                Map.entry("venueId", venue.toString()), Map.entry("activityId", activity.id().toString()),
                Map.entry("sessionId", session.toString()), Map.entry("holdId", holdId), Map.entry("bookingId", bookingId),
                Map.entry("deviceId", deviceId), Map.entry("invitationId", invitationId),
                Map.entry("userId", fixtures.member(organization, Role.STAFF).toString()), Map.entry("messageId", messageId),
                Map.entry("webhookId", webhookId));

        UUID otherVenue = fixtures.venue("Europe/Berlin").id();
        String ownerB = fixtures.ownerToken(otherVenue);
        String kioskB = fixtures.kioskToken(otherVenue);
        String kioskA = fixtures.kioskToken(venue);
        String staffA = fixtures.staffToken(venue);
        String expired = expiredToken(organization);
        String tampered = ownerA.substring(0, ownerA.length() - 4) + (ownerA.endsWith("AAAA") ? "BBBB" : "AAAA");
        String before = fingerprint();

        List<String> wrong = new ArrayList<>();
        for (Endpoint e : staffEndpoints()) {
            String path = expand(e.pattern(), ids) + "?venueId=" + venue;
            boolean scoped = e.pattern().contains("{") || e.pattern().contains("weekly-trend") || e.pattern().contains("upcoming");
            expect(wrong, e, path, null, Set.of(401));
            expect(wrong, e, path, expired, Set.of(401));
            expect(wrong, e, path, tampered, Set.of(401));
            expect(wrong, e, path, "kiosk_not-a-device", Set.of(401));
            expect(wrong, e, path, kioskB, Set.of(403, 404));
            if (!e.rule().kiosk()) {
                expect(wrong, e, path, kioskA, Set.of(403));
            }
            if (scoped) {
                expect(wrong, e, path, ownerB, Set.of(403, 404));
            }
            if (e.rule().value() == Role.OWNER) {
                expect(wrong, e, path, staffA, Set.of(403));
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).as("nothing changed in the database").isEqualTo(before);
    }

    private void expect(List<String> wrong, Endpoint e, String path, String token, Set<Integer> allowed) {
        Api api = token == null ? api() : api().as(token);
        Response r = switch (e.method()) {
            case GET -> api.get(path);
            case POST -> api.post(path, "{}");
            case PUT -> api.put(path, "{}");
            case PATCH -> api.patch(path, "{}");
            case DELETE -> api.delete(path);
            default -> throw new IllegalStateException(e.method().name());
        };
        if (!allowed.contains(r.status()) || !r.contentType().startsWith("application/problem+json")) {
            wrong.add(e.method() + " " + e.pattern() + " as " + describe(token) + ": " + r.status() + " " + r.text());
        }
    }

    private static String describe(String token) {
        return token == null ? "nobody" : token.startsWith("kiosk_") ? "a kiosk" : "token " + token.substring(Math.max(0, token.length() - 6));
    }

    private static String expand(String pattern, Map<String, String> ids) {
        String path = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(path).as("every path variable of " + pattern + " is known to this test").doesNotContain("{");
        return path;
    }

    private String expiredToken(UUID organization) {
        java.time.Instant now = clock.instant();
        clock.set(now.minus(Duration.ofDays(2)));
        try {
            return fixtures.ownerTokenOfOrganization(organization);
        } finally {
            clock.set(now);
        }
    }

    /** Everything a refused request could have changed, as one comparable text. */
    private String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (String table : List.of(
                "SELECT id, name, timezone, embed_key, allowed_origins FROM venues ORDER BY id",
                "SELECT id, name, updated_at, active FROM activities ORDER BY id",
                "SELECT id, capacity_total, capacity_remaining, status FROM activity_sessions ORDER BY id",
                "SELECT id, status FROM slot_reservations ORDER BY id",
                "SELECT id, status, checked_in_at FROM bookings ORDER BY id",
                "SELECT id, revoked_at FROM kiosk_devices ORDER BY id",
                "SELECT id, name, phone FROM customers ORDER BY id",
                "SELECT user_id, organization_id, role FROM memberships ORDER BY user_id, organization_id",
                "SELECT id, email, role, accepted_at, revoked_at FROM invitations ORDER BY id")) {
            parts.add(jdbc.sql(table).query((rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.append(rs.getString(c)).append('|');
                }
                return row.toString();
            }).list().toString());
        }
        return String.join("\n", parts);
    }

}
