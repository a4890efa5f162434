package io.slotwise.common.client;

import mockwebserver3.MockResponse;

/** Canned server answers shaped like the Slotwise server's. */
final class Responses {

    private Responses() {
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    static MockResponse problem(int code, String errorCode, String detail, String errorsJson) {
        String body = "{\"type\":\"https://slotwise.io/problems/" + errorCode.toLowerCase().replace('_', '-') + "\","
                + "\"title\":\"Problem\",\"status\":" + code + ",\"detail\":\"" + detail + "\",\"code\":\"" + errorCode + "\""
                + (errorsJson == null ? "" : ",\"errors\":" + errorsJson) + "}";
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/problem+json")
                .body(body)
                .build();
    }

    static MockResponse eventStream(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/event-stream")
                .body(body)
                .build();
    }

    /** One SSE event as the server writes it. */
    static String event(String id, String name, String data) {
        return "id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n";
    }

    static String hold(String id, String sessionId, String status) {
        return "{\"id\":\"" + id + "\",\"sessionId\":\"" + sessionId + "\",\"partySize\":4,\"status\":\"" + status + "\","
                + "\"expiresAt\":\"2027-05-01T10:15:00+02:00\",\"holdToken\":\"tok-123\",\"amount\":9600,"
                + "\"currency\":\"EUR\"}";
    }

    static String booking(String holdId, String sessionId, String activityId) {
        return """
                {"id":"11111111-2222-4333-8444-555555555555","bookingNumber":"SW-7K3M9Q",
                 "reservationId":"%s","sessionId":"%s","activityId":"%s","activityName":"Escape Room",
                 "venueId":"99999999-8888-4777-8666-555555555555",
                 "startTime":"2027-05-01T18:00:00-04:00","endTime":"2027-05-01T19:00:00-04:00",
                 "partySize":4,"totalAmount":9600,"currency":"USD","status":"CONFIRMED","paymentMethod":"CASH",
                 "customer":{"id":"22222222-3333-4444-8555-666666666666","email":"ada@example.com","name":"Ada","phone":"+1 555 0100"},
                 "createdAt":"2027-04-30T12:00:00Z","checkedInAt":null,"cancelledAt":null}
                """.formatted(holdId, sessionId, activityId);
    }
}
