package io.slotwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the server's own OpenAPI description with what an attacker or a
 * careless integrator sends: blank ids in the path, dates at the ends of what Java can hold in
 * every date parameter, bodies with duplicate keys and with each field of the wrong type. No
 * answer may be a 5xx, and every refusal is an {@code application/problem+json} with a {@code code}.
 */
class ApiWalkTest extends DatabaseTest {

    static final List<String> BLANK_IDS = List.of("%20", "%09", "%20%20");
    static final List<String> EXTREME_DATES = List.of("%2B999999999-12-31", "-999999999-01-01", "%2B100000-01-01", "0000-01-01");
    static final List<String> EXTREME_DATES_IN_JSON = List.of("+999999999-12-31", "-999999999-01-01", "+100000-01-01", "0000-01-01");

    private JsonNode api;
    private Map<String, String> ids;

    private void arrange() {
        var activity = fixtures.activity(10, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(2), 10);
        String token = fixtures.ownerToken(activity.venueId());
        JsonNode venue = api().as(token).get("/api/v1/venues/" + activity.venueId()).json();
        String hold = api().post("/api/v1/public/reservations", Api.map("sessionId", session, "partySize", 1, "email", "w@example.com"))
                .json().path("id").asString();
        ids = new LinkedHashMap<>();
        ids.put("venueId", activity.venueId().toString());
        ids.put("organizationId", venue.path("organizationId").asString());
        ids.put("activityId", activity.id().toString());
        ids.put("sessionId", session.toString());
        ids.put("holdId", hold);
        ids.put("embedKey", venue.path("embedKey").asString());
        api = api().get("/v3/api-docs").json();
        this.token = token;
    }

    private String token;

    private record Call(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body);
        }
    }

    @Test
    void noOperationAnswersBadInputWithA5xxOrWithoutAProblem() {
        arrange();
        List<Call> calls = new ArrayList<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String method = op.getKey().toUpperCase();
            if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            JsonNode operation = op.getValue();
            List<String> pathParams = new ArrayList<>();
            List<JsonNode> dateParams = new ArrayList<>();
            for (JsonNode p : operation.path("parameters")) {
                if (p.path("in").asString().equals("path")) {
                    pathParams.add(p.path("name").asString());
                } else if (p.path("in").asString().equals("query") && p.path("schema").path("format").asString().equals("date")) {
                    dateParams.add(p);
                }
            }
            String template = path.getKey();
            String filled = fill(template, null, null);
            String validQuery = validQuery(operation);
            // Blank ids, one path parameter at a time.
            for (String name : pathParams) {
                for (String blank : BLANK_IDS) {
                    calls.add(new Call(method, fill(template, name, blank) + validQuery, bodyFor(method, operation)));
                }
            }
            // Extreme dates, one date parameter at a time (the others valid).
            for (JsonNode date : dateParams) {
                for (String extreme : EXTREME_DATES) {
                    calls.add(new Call(method, filled + query(operation, date.path("name").asString(), extreme), bodyFor(method, operation)));
                }
            }
            // Every date parameter at the same extreme (a range that is short but out of this world).
            if (!dateParams.isEmpty()) {
                for (String extreme : EXTREME_DATES) {
                    String all = String.join("&", dateParams.stream().map(d -> d.path("name").asString() + "=" + extreme).toList());
                    calls.add(new Call(method, filled + "?" + all, bodyFor(method, operation)));
                }
            }
            // Bodies: duplicate keys, and each field of the wrong type.
            JsonNode schema = requestSchema(operation);
            if (schema != null) {
                calls.add(new Call(method, filled + validQuery, "{\"a\":1,\"a\":2}"));
                for (String body : wrongBodies(schema)) {
                    calls.add(new Call(method, filled + validQuery, body));
                }
            }
        }));
        assertThat(calls).hasSizeGreaterThan(100);

        List<String> failures = new ArrayList<>();
        Api owner = api().as(token);
        for (Call call : calls) {
            Response r = owner.request(call.method(), call.path(), call.body());
            if (r.status() >= 500) {
                failures.add(r.status() + " for " + call + ": " + r.text());
            } else if (r.status() >= 400 && (!r.contentType().startsWith("application/problem+json") || r.code().isEmpty())) {
                failures.add("not a problem for " + call + ": " + r.status() + " " + r.contentType() + " " + r.text());
            }
        }
        assertThat(failures).isEmpty();
        fixtures.assertCapacityInvariant();
    }

    @Test
    void whatTheContainerRefusesIsAProblemToo() throws Exception {
        arrange();
        List<String> raw = List.of(
                "TRACE /api/v1/public/venues/" + ids.get("embedKey") + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/v1/public/venues/" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/v1/public/venues/demo HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "y".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n",
                "GET /embed/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /embed/..%2f..%2fapplication.properties HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /embed/%c0%ae%c0%ae/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/v1/public/venues/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        List<String> failures = new ArrayList<>();
        for (String request : raw) {
            String answer = send(request);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            int status = Integer.parseInt(answer.split(" ")[1]);
            String line = request.substring(0, Math.min(80, request.indexOf('\r')));
            if (status < 400 || status >= 500) {
                failures.add(status + " for " + line);
            } else if (!head.contains("content-type: application/problem+json") || !answer.contains("\"code\":\"")) {
                failures.add("not a problem for " + line + ": " + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        assertThat(failures).isEmpty();
    }

    /** One raw HTTP/1.1 exchange, so that what a client library would refuse to send can be sent. */
    private String send(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private String fill(String template, String blankName, String blank) {
        String path = template;
        for (var id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getKey().equals(blankName) ? blank : id.getValue());
        }
        if (blankName != null) {
            path = path.replace("{" + blankName + "}", blank);
        }
        // Ids the fixture has none of (bookings, devices, webhooks…): an unknown one.
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static String validQuery(JsonNode operation) {
        return query(operation, null, null);
    }

    /** The operation's required query parameters with valid values, one of them set to {@code value}. */
    private static String query(JsonNode operation, String name, String value) {
        List<String> parts = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            if (!p.path("in").asString().equals("query")) {
                continue;
            }
            String param = p.path("name").asString();
            if (param.equals(name)) {
                parts.add(param + "=" + value);
            } else if (p.path("required").asBoolean()) {
                parts.add(param + "=" + sample(p.path("schema")));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String sample(JsonNode schema) {
        return switch (schema.path("format").asString()) {
            case "date" -> "2027-03-10";
            case "uuid" -> UUID.randomUUID().toString();
            default -> schema.path("type").asString().equals("integer") ? "2" : "x";
        };
    }

    private String bodyFor(String method, JsonNode operation) {
        return requestSchema(operation) == null ? null : "{}";
    }

    private JsonNode requestSchema(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asString();
        return ref.isEmpty() ? schema : api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** One body per property of the schema, with that property of the wrong type (or an extreme date). */
    private List<String> wrongBodies(JsonNode schema) {
        List<String> bodies = new ArrayList<>();
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode type = property.getValue();
            String typeName = type.path("type").asString();
            if (type.path("format").asString().equals("date")) {
                for (String extreme : EXTREME_DATES_IN_JSON) {
                    bodies.add("{\"" + name + "\":\"" + extreme + "\"}");
                }
            }
            switch (typeName) {
                case "string" -> bodies.add("{\"" + name + "\":12345}");
                case "integer", "number" -> bodies.add("{\"" + name + "\":\"2\"}");
                case "boolean" -> bodies.add("{\"" + name + "\":\"yes\"}");
                case "array" -> bodies.add("{\"" + name + "\":\"not a list\"}");
                default -> bodies.add("{\"" + name + "\":[]}");
            }
        });
        return bodies;
    }
}
