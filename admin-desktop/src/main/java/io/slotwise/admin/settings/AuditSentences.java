package io.slotwise.admin.settings;

import io.slotwise.common.api.AuditEntry;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as a sentence an owner reads ("Cancelled booking SW-7K3M9Q"), not the API call
 * it was ("POST /api/v1/bookings/{bookingId}/cancel"). What was changed is named from the entry's
 * state after (or before) the change: a booking by its number, an activity or device by its name.
 */
final class AuditSentences {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The API call (method and path pattern, without /api/v1) and what it did, with %s for what it touched. */
    private static final Map<String, String> SAID = Map.ofEntries(
            Map.entry("POST /bookings/{bookingId}/cancel", "Cancelled booking %s"),
            Map.entry("POST /bookings/{bookingId}/check-in", "Checked in booking %s"),
            Map.entry("POST /bookings/{bookingId}/no-show", "Marked booking %s as a no-show"),
            Map.entry("POST /bookings/{bookingId}/refund", "Refunded booking %s"),
            Map.entry("POST /bookings/{bookingId}/reschedule", "Moved booking %s to another time"),
            Map.entry("POST /bookings/{bookingId}/messages/{messageId}/resend", "Sent a mail about booking %s again"),
            Map.entry("POST /reservations/{holdId}/confirm", "Confirmed booking %s"),
            Map.entry("POST /reservations/{holdId}/pay-at-desk", "Sent a kiosk customer to the desk to pay %s"),
            Map.entry("POST /public/reservations", "Held places %s"),
            Map.entry("DELETE /public/reservations/{holdId}", "Let held places go %s"),
            Map.entry("POST /venues/{venueId}/activities", "Created activity %s"),
            Map.entry("PUT /activities/{activityId}", "Changed activity %s"),
            Map.entry("PUT /activities/{activityId}/schedule", "Changed the schedule of %s"),
            Map.entry("POST /activities/{activityId}/sessions/generate", "Made the sessions of %s"),
            Map.entry("PATCH /sessions/{sessionId}", "Changed the session %s"),
            Map.entry("PUT /venues/{venueId}", "Changed the settings of venue %s"),
            Map.entry("POST /organizations/{organizationId}/venues", "Created venue %s"),
            Map.entry("POST /venues/{venueId}/embed-key", "Gave venue %s a new widget key"),
            Map.entry("POST /venues/{venueId}/kiosk-devices", "Added kiosk %s"),
            Map.entry("DELETE /kiosk-devices/{deviceId}", "Revoked kiosk %s"),
            Map.entry("POST /venues/{venueId}/resources", "Added room or resource %s"),
            Map.entry("PUT /resources/{resourceId}", "Changed room or resource %s"),
            Map.entry("DELETE /resources/{resourceId}", "Removed room or resource %s"),
            Map.entry("POST /venues/{venueId}/webhooks", "Added webhook %s"),
            Map.entry("DELETE /webhooks/{webhookId}", "Removed webhook %s"),
            Map.entry("POST /webhooks/{webhookId}/test", "Sent a test event to webhook %s"),
            Map.entry("POST /maintenance/release-expired", "Released expired holds %s"));

    private AuditSentences() {
    }

    static String of(AuditEntry e) {
        String call = e.action() == null ? "" : e.action().replace(" /api/v1/", " /");
        String what = named(e.after()).or(() -> named(e.before())).map(n -> n).orElse("");
        String sentence = SAID.get(call);
        if (sentence != null) {
            return String.format(sentence, what).trim();
        }
        // A change this version does not know by name: said plainly, still without the API's shape.
        String verb = call.startsWith("POST") ? "Did" : call.startsWith("PUT") || call.startsWith("PATCH") ? "Changed"
                : call.startsWith("DELETE") ? "Removed" : "Changed";
        String thing = e.entityType() == null || e.entityType().equals("unknown") ? "something" : "a " + e.entityType();
        String action = call.replaceAll("^[A-Z]+ ", "").replaceAll("\\{[^}]+}", "").replaceAll("/+", " ").trim().replace('-', ' ');
        return (verb + " " + action + " (" + thing + (what.isEmpty() ? "" : " " + what) + ")").replaceAll("\\s+", " ");
    }

    /** A booking's number, else a name, from an entity's stored state; empty if it has neither. */
    private static Optional<String> named(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(state);
            for (String field : new String[] {"bookingNumber", "name", "activityName", "url"}) {
                JsonNode value = node.path(field);
                if (value.isString() && !value.asString().isBlank()) {
                    return Optional.of(value.asString());
                }
            }
        } catch (JacksonException notJson) {
            // an entry written by an older server: no name
        }
        return Optional.empty();
    }
}
