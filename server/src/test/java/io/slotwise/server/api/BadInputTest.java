package io.slotwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets a problem-details answer with the right status and stable code,
 * never a 500 and never a stack trace; and none of it changes any seat.
 */
class BadInputTest extends DatabaseTest {

    private UUID session;
    private UUID activity;
    private UUID venue;
    private String embedKey;
    private String token;

    record Case(String name, String method, String path, String contentType, String body, int status, String code, String field) {
    }

    @BeforeEach
    void data() {
        var a = fixtures.activity(10, 1, 8, PaymentMode.PAY_AT_VENUE);
        activity = a.id();
        venue = a.venueId();
        session = fixtures.session(a, Duration.ofHours(2), 10);
        token = fixtures.ownerToken(venue);
        embedKey = api().as(token).get("/api/v1/venues/" + venue).json().path("embedKey").asString();
    }

    private List<Case> cases() {
        String hold = "/api/v1/public/reservations";
        String json = "application/json";
        List<Case> c = new ArrayList<>();
        c.add(new Case("malformed JSON", "POST", hold, json, "{\"sessionId\": ", 400, "MALFORMED_REQUEST", null));
        c.add(new Case("not JSON at all", "POST", hold, json, "sessionId=1", 400, "MALFORMED_REQUEST", null));
        c.add(new Case("empty body", "POST", hold, json, "", 400, "MALFORMED_REQUEST", null));
        c.add(new Case("JSON array instead of object", "POST", hold, json, "[1,2]", 400, null, null));
        c.add(new Case("wrong content type", "POST", hold, "text/plain", body(session, "2", "\"a@example.com\""), 415, "UNSUPPORTED_MEDIA_TYPE", null));
        c.add(new Case("form content type", "POST", hold, "application/x-www-form-urlencoded", "sessionId=x", 415, "UNSUPPORTED_MEDIA_TYPE", null));
        c.add(new Case("missing sessionId", "POST", hold, json, "{\"partySize\":2,\"email\":\"a@example.com\"}", 400, "VALIDATION_FAILED", "sessionId"));
        c.add(new Case("missing partySize", "POST", hold, json, "{\"sessionId\":\"" + session + "\",\"email\":\"a@example.com\"}", 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("missing email", "POST", hold, json, "{\"sessionId\":\"" + session + "\",\"partySize\":2}", 400, "VALIDATION_FAILED", "email"));
        c.add(new Case("zero party", "POST", hold, json, body(session, "0", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("negative party", "POST", hold, json, body(session, "-3", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("huge party", "POST", hold, json, body(session, "1000000", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("party beyond int", "POST", hold, json, body(session, "99999999999999", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("fractional party", "POST", hold, json, body(session, "2.5", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("party as text", "POST", hold, json, body(session, "\"two\"", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("not an email", "POST", hold, json, body(session, "2", "\"not-an-email\""), 400, "VALIDATION_FAILED", "email"));
        c.add(new Case("email without domain dot", "POST", hold, json, body(session, "2", "\"a@localhost\""), 400, "VALIDATION_FAILED", "email"));
        c.add(new Case("email with spaces", "POST", hold, json, body(session, "2", "\"a b@example.com\""), 400, "VALIDATION_FAILED", "email"));
        c.add(new Case("email as number", "POST", hold, json, body(session, "2", "42"), 400, null, null));
        c.add(new Case("unknown session", "POST", hold, json, body(UUID.randomUUID(), "2", "\"a@example.com\""), 404, "NOT_FOUND", null));
        c.add(new Case("session id not a UUID", "POST", hold, json, "{\"sessionId\":\"42\",\"partySize\":2,\"email\":\"a@example.com\"}", 404, "NOT_FOUND", null));
        c.add(new Case("session id an object", "POST", hold, json, "{\"sessionId\":{},\"partySize\":2,\"email\":\"a@example.com\"}", 404, "NOT_FOUND", null));
        c.add(new Case("unknown hold", "GET", hold + "/" + UUID.randomUUID() + "?token", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("hold id of odd shape", "GET", hold + "/../../etc", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("hold id a number", "GET", hold + "/12345", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("hold id with quotes", "GET", hold + "/%27%3B%20drop", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("unknown activity", "GET", "/api/v1/public/activities/" + UUID.randomUUID(), null, null, 404, "NOT_FOUND", null));
        c.add(new Case("activity id not a UUID", "GET", "/api/v1/public/activities/abc", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("activity id too long", "GET", "/api/v1/public/activities/" + "9".repeat(300), null, null, 404, "NOT_FOUND", null));
        c.add(new Case("unknown embed key", "GET", "/api/v1/public/venues/no-such-key", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("unknown session availability", "GET", "/api/v1/public/sessions/" + UUID.randomUUID() + "/availability?partySize=2", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("availability without party", "GET", "/api/v1/public/sessions/" + session + "/availability", null, null, 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("availability party text", "GET", "/api/v1/public/sessions/" + session + "/availability?partySize=x", null, null, 400, "VALIDATION_FAILED", "partySize"));
        String sessions = "/api/v1/public/activities/" + activity + "/sessions";
        c.add(new Case("date that does not parse", "GET", sessions + "?from=2027-02-30&to=2027-03-01", null, null, 400, "VALIDATION_FAILED", "from"));
        c.add(new Case("date in another format", "GET", sessions + "?from=01/03/2027&to=2027-03-01", null, null, 400, "VALIDATION_FAILED", "from"));
        c.add(new Case("from after to", "GET", sessions + "?from=2027-03-10&to=2027-03-01", null, null, 400, "VALIDATION_FAILED", "from"));
        c.add(new Case("range longer than 62 days", "GET", sessions + "?from=2027-01-01&to=2027-03-04", null, null, 400, "VALIDATION_FAILED", "to"));
        c.add(new Case("missing range", "GET", sessions, null, null, 400, "VALIDATION_FAILED", "from"));
        c.add(new Case("venue day without date", "GET", "/api/v1/public/venues/" + embedKey + "/sessions", null, null, 400, "VALIDATION_FAILED", "date"));
        c.add(new Case("venue day bad date", "GET", "/api/v1/public/venues/" + embedKey + "/sessions?date=tomorrow", null, null, 400, "VALIDATION_FAILED", "date"));
        c.add(new Case("wrong method", "PUT", hold, json, "{}", 405, "METHOD_NOT_ALLOWED", null));
        c.add(new Case("unknown path", "GET", "/api/v1/public/nothing-here", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("venue with bad zone", "POST", "/api/v1/organizations/" + UUID.randomUUID() + "/venues", json,
                "{\"name\":\"X\",\"timezone\":\"Mars/Olympus\"}", 404, "NOT_FOUND", null));
        c.add(new Case("activity with bad fields", "POST", "/api/v1/venues/" + venue + "/activities", json,
                "{\"name\":\"\",\"durationMinutes\":0,\"price\":-1,\"currency\":\"EURO\",\"minPartySize\":0,\"maxPartySize\":2,"
                        + "\"capacity\":1,\"paymentMode\":\"PAY_AT_VENUE\",\"schedule\":{\"startTime\":\"25:00\",\"endTime\":\"10:00\",\"slotInterval\":60}}",
                400, "VALIDATION_FAILED", "name"));
        c.add(new Case("activity with unknown payment mode", "POST", "/api/v1/venues/" + venue + "/activities", json,
                "{\"name\":\"X\",\"paymentMode\":\"BITCOIN\"}", 400, "VALIDATION_FAILED", "paymentMode"));
        c.add(new Case("generate without body fields", "POST", "/api/v1/activities/" + activity + "/sessions/generate", json,
                "{}", 400, "VALIDATION_FAILED", "startDate"));
        c.add(new Case("generate with bad date", "POST", "/api/v1/activities/" + activity + "/sessions/generate", json,
                "{\"startDate\":\"2027-13-01\",\"daysAhead\":3}", 400, "VALIDATION_FAILED", "startDate"));
        c.add(new Case("generate too far", "POST", "/api/v1/activities/" + activity + "/sessions/generate", json,
                "{\"startDate\":\"2027-01-01\",\"daysAhead\":100000}", 400, "VALIDATION_FAILED", "daysAhead"));
        c.add(new Case("negative capacity", "PATCH", "/api/v1/sessions/" + session, json, "{\"capacityTotal\":-1}", 400, "VALIDATION_FAILED", "capacityTotal"));
        c.add(new Case("unknown status", "PATCH", "/api/v1/sessions/" + session, json, "{\"status\":\"MAYBE\"}", 400, "VALIDATION_FAILED", "status"));
        c.add(new Case("upcoming limit zero", "GET", "/api/v1/dashboard/upcoming-bookings?limit=0", null, null, 400, "VALIDATION_FAILED", "limit"));
        c.add(new Case("trend for unknown venue", "GET", "/api/v1/dashboard/weekly-trend?venueId=nope", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("a key given twice", "POST", hold, json,
                "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"partySize\":5,\"email\":\"a@example.com\"}", 400, "MALFORMED_REQUEST", null));
        c.add(new Case("party as a numeric string", "POST", hold, json, body(session, "\"2\"", "\"a@example.com\""), 400, "VALIDATION_FAILED", "partySize"));
        c.add(new Case("email as a number", "POST", hold, json, body(session, "2", "42"), 400, "VALIDATION_FAILED", "email"));
        c.add(new Case("status as a number", "PATCH", "/api/v1/sessions/" + session, json, "{\"status\":1}", 400, "VALIDATION_FAILED", "status"));
        c.add(new Case("generate in year 100000", "POST", "/api/v1/activities/" + activity + "/sessions/generate", json,
                "{\"startDate\":\"+100000-01-01\",\"daysAhead\":1}", 400, "VALIDATION_FAILED", "startDate"));
        c.add(new Case("venue day at the end of time", "GET", "/api/v1/public/venues/" + embedKey + "/sessions?date=%2B999999999-12-31",
                null, null, 400, "VALIDATION_FAILED", "date"));
        c.add(new Case("sessions before time began", "GET", "/api/v1/public/activities/" + activity
                + "/sessions?from=-999999999-01-01&to=-999999999-01-01", null, null, 400, "VALIDATION_FAILED", "from"));
        c.add(new Case("blank hold id", "GET", "/api/v1/public/reservations/%20?token", null, null, 404, "NOT_FOUND", null));
        c.add(new Case("unknown booking", "POST", "/api/v1/bookings/" + UUID.randomUUID() + "/cancel", json, "", 404, "NOT_FOUND", null));
        return c;
    }

    @Test
    void everyBadInputGetsAClearProblemAndChangesNothing() {
        // Staff endpoints are called as the venue's owner; the public API ignores the token.
        Api api = api().as(token);
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Response r = send(api, c);
            String problem = null;
            if (r.status() != c.status()) {
                problem = "status " + r.status() + " " + r.text();
            } else if (!r.contentType().startsWith("application/problem+json")) {
                problem = "content type " + r.contentType();
            } else if (c.code() != null && !c.code().equals(r.code())) {
                problem = "code " + r.code();
            } else if (c.field() != null && !r.text().contains("\"field\":\"" + c.field() + "\"")) {
                problem = "no error on field " + c.field() + ": " + r.text();
            } else if (r.text().contains("Exception") || r.text().contains("at io.slotwise")) {
                problem = "leaks internals: " + r.text();
            }
            if (problem != null) {
                failures.add(c.name() + ": " + problem);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(fixtures.remaining(session)).isEqualTo(10);
        fixtures.assertCapacityInvariant();
    }

    @Test
    void aMissingHoldTokenIsAnsweredLikeAWrongOne() {
        String id = api().post("/api/v1/public/reservations", Api.map("sessionId", session, "partySize", 1, "email", "t@example.com"))
                .json().path("id").asString();

        Response read = api().get("/api/v1/public/reservations/" + id);
        Response release = api().delete("/api/v1/public/reservations/" + id);

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("NOT_FOUND");
        assertThat(release.status()).isEqualTo(404);
        assertThat(fixtures.remaining(session)).isEqualTo(9);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        String huge = "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"a@example.com\",\"pad\":\""
                + "x".repeat(70 * 1024) + "\"}";

        Response r = api().postRaw("/api/v1/public/reservations", "application/json", huge);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(fixtures.remaining(session)).isEqualTo(10);
    }

    @Test
    void unknownJsonPropertiesAreIgnoredEverywhere() {
        Response r = api().post("/api/v1/public/reservations", Api.map("sessionId", session, "partySize", 2,
                "email", "u@example.com", "coupon", "FREE", "partysize", 99));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("partySize").asInt()).isEqualTo(2);
    }

    @Test
    void apiAnswersCarrySecurityHeaders() {
        Response r = api().get("/api/v1/public/venues/" + embedKey);

        assertThat(r.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.header("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(r.header("X-Frame-Options")).hasValue("DENY");
    }

    private static String body(Object sessionId, String partySize, String email) {
        return "{\"sessionId\":\"" + sessionId + "\",\"partySize\":" + partySize + ",\"email\":" + email + "}";
    }

    private static Response send(Api api, Case c) {
        return switch (c.method()) {
            // A path ending in "?token" is sent with a (wrong) hold token.
            case "GET" -> c.path().endsWith("?token")
                    ? api.get(c.path().replace("?token", ""), "X-Hold-Token", "not-the-token")
                    : api.get(c.path());
            case "POST" -> api.postRaw(c.path(), c.contentType(), c.body());
            case "PUT" -> api.put(c.path(), c.body());
            case "PATCH" -> api.patch(c.path(), c.body());
            default -> throw new IllegalArgumentException(c.method());
        };
    }
}
