package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

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

    /** The API call (method and path pattern, without /api/v1) and the key of what it did, with {0} for what it touched. */
    private static final Map<String, String> SAID = Map.ofEntries(
            Map.entry("POST /bookings/{bookingId}/cancel", "settings.audit.bookingCancelled"),
            Map.entry("POST /bookings/{bookingId}/check-in", "settings.audit.bookingCheckedIn"),
            Map.entry("POST /bookings/{bookingId}/no-show", "settings.audit.bookingNoShow"),
            Map.entry("POST /bookings/{bookingId}/refund", "settings.audit.bookingRefunded"),
            Map.entry("POST /bookings/{bookingId}/reschedule", "settings.audit.bookingRescheduled"),
            Map.entry("POST /bookings/{bookingId}/messages/{messageId}/resend", "settings.audit.messageResent"),
            Map.entry("POST /reservations/{holdId}/confirm", "settings.audit.holdConfirmed"),
            Map.entry("POST /reservations/{holdId}/pay-at-desk", "settings.audit.holdPayAtDesk"),
            Map.entry("POST /public/reservations", "settings.audit.holdMade"),
            Map.entry("DELETE /public/reservations/{holdId}", "settings.audit.holdReleased"),
            Map.entry("POST /venues/{venueId}/activities", "settings.audit.activityCreated"),
            Map.entry("PUT /activities/{activityId}", "settings.audit.activityChanged"),
            Map.entry("PUT /activities/{activityId}/schedule", "settings.audit.scheduleChanged"),
            Map.entry("POST /activities/{activityId}/sessions/generate", "settings.audit.sessionsGenerated"),
            Map.entry("PATCH /sessions/{sessionId}", "settings.audit.sessionChanged"),
            Map.entry("PUT /venues/{venueId}", "settings.audit.venueChanged"),
            Map.entry("POST /organizations/{organizationId}/venues", "settings.audit.venueCreated"),
            Map.entry("POST /venues/{venueId}/embed-key", "settings.audit.embedKeyRotated"),
            Map.entry("POST /venues/{venueId}/kiosk-devices", "settings.audit.kioskAdded"),
            Map.entry("DELETE /kiosk-devices/{deviceId}", "settings.audit.kioskRevoked"),
            Map.entry("POST /venues/{venueId}/resources", "settings.audit.resourceAdded"),
            Map.entry("PUT /resources/{resourceId}", "settings.audit.resourceChanged"),
            Map.entry("DELETE /resources/{resourceId}", "settings.audit.resourceRemoved"),
            Map.entry("POST /venues/{venueId}/webhooks", "settings.audit.webhookAdded"),
            Map.entry("DELETE /webhooks/{webhookId}", "settings.audit.webhookRemoved"),
            Map.entry("POST /webhooks/{webhookId}/test", "settings.audit.webhookTested"),
            Map.entry("POST /maintenance/release-expired", "settings.audit.holdsExpired"));

    private AuditSentences() {
    }

    static String of(AuditEntry e) {
        String call = e.action() == null ? "" : e.action().replace(" /api/v1/", " /");
        String what = named(e.after()).or(() -> named(e.before())).map(n -> n).orElse("");
        String sentence = SAID.get(call);
        if (sentence != null) {
            String said = text(sentence, what);
            // Nothing named: no double space where the name would have been.
            return (what.isEmpty() ? said.replaceAll("\\s+", " ") : said).trim();
        }
        // A change this version does not know by name: said plainly, still without the API's shape.
        String thing = e.entityType() == null || e.entityType().equals("unknown") ? text("settings.audit.something")
                : text("settings.audit.anEntity", e.entityType());
        String action = call.replaceAll("^[A-Z]+ ", "").replaceAll("\\{[^}]+}", "").replaceAll("/+", " ").trim().replace('-', ' ');
        String touched = thing + (what.isEmpty() ? "" : " " + what);
        String said = call.startsWith("POST") ? text("settings.audit.did", action, touched)
                : call.startsWith("DELETE") ? text("settings.audit.removed", action, touched)
                : text("settings.audit.changed", action, touched);
        return said.replaceAll("\\s+", " ");
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
