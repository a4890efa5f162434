package io.slotwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published OpenAPI description lists the fixed API, from the code itself. */
class OpenApiTest extends DatabaseTest {

    @Test
    void apiDocsDescribeEveryFixedEndpoint() {
        Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        List<String> missing = new ArrayList<>();
        String[][] fixed = {
                {"/api/v1/public/venues/{embedKey}", "get"},
                {"/api/v1/public/activities/{activityId}", "get"},
                {"/api/v1/public/activities/{activityId}/sessions", "get"},
                {"/api/v1/public/venues/{embedKey}/sessions", "get"},
                {"/api/v1/public/sessions/{sessionId}/availability", "get"},
                {"/api/v1/public/reservations", "post"},
                {"/api/v1/public/reservations/{holdId}", "get"},
                {"/api/v1/public/reservations/{holdId}", "delete"},
                {"/api/v1/public/reservations/{holdId}/confirm", "post"},
                {"/api/v1/organizations/{organizationId}/venues", "post"},
                {"/api/v1/venues/{venueId}", "put"},
                {"/api/v1/venues/{venueId}/embed-key", "post"},
                {"/api/v1/venues/{venueId}/activities", "post"},
                {"/api/v1/activities/{activityId}/schedule", "put"},
                {"/api/v1/activities/{activityId}/sessions/generate", "post"},
                {"/api/v1/venues/{venueId}/sessions", "get"},
                {"/api/v1/sessions/{sessionId}", "patch"},
                {"/api/v1/reservations/{holdId}/confirm", "post"},
                {"/api/v1/venues/{venueId}/promo-codes", "get"},
                {"/api/v1/venues/{venueId}/promo-codes", "post"},
                {"/api/v1/promo-codes/{promoCodeId}", "patch"},
                {"/api/v1/venues/{venueId}/gift-cards", "post"},
                {"/api/v1/public/gift-cards/{code}", "get"},
                {"/api/v1/public/venues/{embedKey}/gift-cards", "post"},
                {"/api/v1/public/reservations/{holdId}/gift-card", "post"},
                {"/api/v1/maintenance/release-expired", "post"},
                {"/api/v1/venues/{venueId}/bookings", "get"},
                {"/api/v1/bookings/{bookingId}/cancel", "post"},
                {"/api/v1/bookings/{bookingId}/check-in", "post"},
                {"/api/v1/dashboard/upcoming-bookings", "get"},
                {"/api/v1/dashboard/weekly-trend", "get"},
                {"/api/v1/venues/{venueId}/kiosk-devices", "post"},
                {"/api/v1/kiosk-devices/{deviceId}", "delete"},
        };
        for (String[] endpoint : fixed) {
            if (paths.path(endpoint[0]).path(endpoint[1]).isMissingNode()) {
                missing.add(endpoint[1].toUpperCase() + " " + endpoint[0]);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(docs.json().path("components").path("schemas").has("Hold")).isTrue();
    }
}
