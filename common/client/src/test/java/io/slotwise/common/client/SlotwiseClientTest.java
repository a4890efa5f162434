package io.slotwise.common.client;

import static io.slotwise.common.client.Responses.hold;
import static io.slotwise.common.client.Responses.json;
import static io.slotwise.common.client.Responses.noContent;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlotwiseClientTest {

    private static final String HOLD_ID = "6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01";
    private static final String SESSION_ID = "0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50";
    private static final String ACTIVITY_ID = "a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d";

    private final MockWebServer server = new MockWebServer();
    private SlotwiseClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = SlotwiseClient.builder(server.url("/").toString())
                .holdRetryBackoff(Backoff.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aHoldParsesWithTheVenueOffsetOfItsTimesKept() throws Exception {
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));

        Hold hold = client.publicApi().hold(new HoldRequest(UUID.fromString(SESSION_ID), 4, "ada@example.com"));

        assertThat(hold.id()).isEqualTo(UUID.fromString(HOLD_ID));
        assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
        assertThat(hold.expiresAt()).isEqualTo(OffsetDateTime.of(2027, 5, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(hold.expiresAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(hold.holdToken()).isEqualTo("tok-123");
        assertThat(hold.amount()).isEqualTo(9600L);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/public/reservations");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8())
                .contains("\"sessionId\":\"" + SESSION_ID + "\"")
                .contains("\"partySize\":4")
                .contains("\"email\":\"ada@example.com\"");
    }

    @Test
    void membersANewerServerAddsAreIgnored() {
        server.enqueue(json(200, hold(HOLD_ID, SESSION_ID, "HELD").replace("{", "{\"loyaltyPoints\":12,")));

        Hold hold = client.publicApi().readHold(UUID.fromString(HOLD_ID), "tok-123");

        assertThat(hold.partySize()).isEqualTo(4);
    }

    @Test
    void aBookingParsesWithCustomerEnumsAndInstants() {
        server.enqueue(json(201, Responses.booking(HOLD_ID, SESSION_ID, ACTIVITY_ID)));

        Booking booking = client.publicApi().confirmHold(UUID.fromString(HOLD_ID), "tok-123",
                new ConfirmRequest("Ada", "+1 555 0100", null));

        assertThat(booking.bookingNumber()).isEqualTo("SW-7K3M9Q");
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.paymentMethod()).isEqualTo(PaymentMethod.CASH);
        assertThat(booking.startTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(booking.customer().name()).isEqualTo("Ada");
        assertThat(booking.createdAt()).isEqualTo(Instant.parse("2027-04-30T12:00:00Z"));
        assertThat(booking.checkedInAt()).isNull();
    }

    @Test
    void aListOfSessionsParsesAndTheDayIsSentAsAnIsoDate() throws Exception {
        server.enqueue(json(200, """
                [{"id":"%s","activityId":"%s","startTime":"2027-05-01T10:00:00+02:00","endTime":"2027-05-01T11:00:00+02:00",
                  "capacityTotal":8,"capacityRemaining":3,"status":"OPEN"},
                 {"id":"%s","activityId":"%s","startTime":"2027-05-01T11:00:00+02:00","endTime":"2027-05-01T12:00:00+02:00",
                  "capacityTotal":8,"capacityRemaining":0,"status":"BLOCKED"}]
                """.formatted(SESSION_ID, ACTIVITY_ID, HOLD_ID, ACTIVITY_ID)));

        List<SessionView> sessions = client.publicApi().venueSessions("embed-key-1", LocalDate.of(2027, 5, 1));

        assertThat(sessions).extracting(SessionView::capacityRemaining).containsExactly(3, 0);
        assertThat(sessions).extracting(SessionView::status).containsExactly(SessionStatus.OPEN, SessionStatus.BLOCKED);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/api/v1/public/venues/embed-key-1/sessions?date=2027-05-01");
    }

    @Test
    void anEmptyListParses() {
        server.enqueue(json(200, "[]"));

        assertThat(client.publicApi().activitySessions(UUID.fromString(ACTIVITY_ID), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 7)))
                .isEmpty();
    }

    @Test
    void aStatusValueNewerThanTheClientReadsAsNullInsteadOfFailingTheList() {
        server.enqueue(json(200, """
                [{"id":"%s","activityId":"%s","startTime":"2027-05-01T10:00:00+02:00","endTime":"2027-05-01T11:00:00+02:00",
                  "capacityTotal":8,"capacityRemaining":3,"status":"SOLD_OUT_SOON"}]
                """.formatted(SESSION_ID, ACTIVITY_ID)));

        List<SessionView> sessions = client.publicApi().venueSessions("k", LocalDate.of(2027, 5, 1));

        assertThat(sessions).singleElement().extracting(SessionView::status).isNull();
    }

    @Test
    void pathParametersAreEncodedAsSingleSegments() throws Exception {
        server.enqueue(json(200, "[]"));

        client.publicApi().venueSessions("a b/c?d", LocalDate.of(2027, 5, 1));

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
                .isEqualTo("/api/v1/public/venues/a%20b%2Fc%3Fd/sessions");
    }

    @Test
    void theBearerTokenIsSentAfterLoginAndForgottenAfterLogout() throws Exception {
        server.enqueue(json(200, """
                {"accessToken":"staff-token-1","expiresAt":"2027-05-01T20:00:00Z",
                 "user":{"id":"%s","email":"owner@example.com","displayName":"Owner"},
                 "memberships":[{"organizationId":"%s","organizationName":"Escape Co","role":"OWNER"}]}
                """.formatted(HOLD_ID, ACTIVITY_ID)));
        server.enqueue(json(200, "{\"released\":2}"));
        server.enqueue(noContent());
        server.enqueue(json(200, "{\"released\":0}"));

        LoginResponse login = client.staff().login("owner@example.com", "secret-password");
        assertThat(client.staff().releaseExpiredHolds().released()).isEqualTo(2);
        client.staff().logout();
        client.staff().releaseExpiredHolds();

        assertThat(login.memberships()).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo("OWNER"));
        RecordedRequest loginRequest = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(loginRequest.getHeaders().get("Authorization")).isNull();
        assertThat(loginRequest.getBody().utf8()).contains("\"email\":\"owner@example.com\"", "\"password\":\"secret-password\"");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer staff-token-1");
        RecordedRequest logout = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(logout.getUrl().encodedPath()).isEqualTo("/api/v1/auth/logout");
        assertThat(logout.getHeaders().get("Authorization")).isEqualTo("Bearer staff-token-1");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
        assertThat(client.bearerToken()).isEmpty();
    }

    @Test
    void publicCallsSendNoBearerTokenEvenWhenTheClientHasOne() throws Exception {
        client.bearerToken("kiosk-device-token");
        server.enqueue(json(200, "{\"sessionId\":\"" + SESSION_ID + "\",\"partySize\":2,\"available\":true,\"capacityRemaining\":5}"));
        server.enqueue(json(201, Responses.booking(HOLD_ID, SESSION_ID, ACTIVITY_ID)));

        assertThat(client.publicApi().availability(UUID.fromString(SESSION_ID), 2).available()).isTrue();
        client.staff().confirmAsStaff(UUID.fromString(HOLD_ID), new ConfirmRequest("Ada", null, PaymentMethod.CARD));

        RecordedRequest availability = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(availability.getTarget()).endsWith("/availability?partySize=2");
        assertThat(availability.getHeaders().get("Authorization")).isNull();
        RecordedRequest confirm = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(confirm.getUrl().encodedPath()).isEqualTo("/api/v1/reservations/" + HOLD_ID + "/confirm");
        assertThat(confirm.getHeaders().get("Authorization")).isEqualTo("Bearer kiosk-device-token");
        assertThat(confirm.getBody().utf8()).contains("\"paymentMethod\":\"CARD\"");
    }

    @Test
    void theHoldTokenIsSentToReadReleaseAndConfirmAHold() throws Exception {
        UUID holdId = UUID.fromString(HOLD_ID);
        server.enqueue(json(200, hold(HOLD_ID, SESSION_ID, "HELD")));
        server.enqueue(noContent());

        client.publicApi().readHold(holdId, "tok-123");
        client.publicApi().releaseHold(holdId, "tok-123");

        RecordedRequest read = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getHeaders().get("X-Hold-Token")).isEqualTo("tok-123");
        RecordedRequest release = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(release.getMethod()).isEqualTo("DELETE");
        assertThat(release.getUrl().encodedPath()).isEqualTo("/api/v1/public/reservations/" + HOLD_ID);
        assertThat(release.getHeaders().get("X-Hold-Token")).isEqualTo("tok-123");
    }

    @Test
    void aHoldCarriesAFreshIdempotencyKeyPerCall() throws Exception {
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));
        server.enqueue(json(201, hold(HOLD_ID, SESSION_ID, "HELD")));
        HoldRequest request = new HoldRequest(UUID.fromString(SESSION_ID), 4, "ada@example.com");

        client.publicApi().hold(request);
        client.publicApi().hold(request);

        String first = server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key");
        String second = server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key");
        assertThat(first).isNotBlank().isNotEqualTo(second);
        assertThat(UUID.fromString(first)).isNotNull();
    }

    @Test
    void generatingSessionsSendsTheStartDateAsIsoAndParsesKeptSessions() throws Exception {
        server.enqueue(json(200, """
                {"created":12,"existing":3,"removed":1,"keptWithReservations":1,
                 "kept":[{"sessionId":"%s","startTime":"2027-05-02T09:00:00+02:00","heldSeats":0,"bookedSeats":2}]}
                """.formatted(SESSION_ID)));

        GenerationResult result = client.staff().generateSessions(UUID.fromString(ACTIVITY_ID), LocalDate.of(2027, 5, 1), 14);

        assertThat(result.created()).isEqualTo(12);
        assertThat(result.kept()).singleElement().satisfies(k -> assertThat(k.bookedSeats()).isEqualTo(2));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
                .contains("\"startDate\":\"2027-05-01\"", "\"daysAhead\":14");
    }

    @Test
    void searchLeavesOutParametersThatWereNotGiven() throws Exception {
        server.enqueue(json(200, "[]"));
        UUID venueId = UUID.fromString(ACTIVITY_ID);

        client.staff().searchBookings(venueId, LocalDate.of(2027, 5, 1), null, "SW-7K");

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/api/v1/venues/" + venueId + "/bookings?from=2027-05-01&q=SW-7K");
    }

    @Test
    void aCheckoutIsStartedWithTheHoldTokenAndItsStatusReadByPageId() throws Exception {
        server.enqueue(json(200, "{\"checkoutSessionId\":\"cs_1\",\"url\":\"https://pay.example/cs_1\",\"holdExpiresAt\":\"2027-05-01T08:15:00Z\"}"));
        server.enqueue(json(200, "{\"status\":\"BOOKED\",\"bookingNumber\":\"SW-ABC123\",\"activityName\":\"Vault\","
                + "\"startTime\":\"2027-05-01T10:00:00+02:00\",\"partySize\":2,\"amount\":5000,\"currency\":\"EUR\","
                + "\"venueEmbedKey\":\"k\",\"venueTimezone\":\"Europe/Berlin\"}"));

        var page = client.publicApi().startCheckout(UUID.fromString(HOLD_ID), "tok-123");
        var status = client.publicApi().checkoutStatus("cs_1");

        assertThat(page.url()).isEqualTo("https://pay.example/cs_1");
        assertThat(status.bookingNumber()).isEqualTo("SW-ABC123");
        RecordedRequest start = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(start.getMethod()).isEqualTo("POST");
        assertThat(start.getUrl().encodedPath()).isEqualTo("/api/v1/public/reservations/" + HOLD_ID + "/checkout");
        assertThat(start.getHeaders().get("X-Hold-Token")).isEqualTo("tok-123");
        assertThat(start.getHeaders().get("Authorization")).isNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/api/v1/public/checkouts/cs_1");
    }
}
