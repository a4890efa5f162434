package io.slotwise.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.AuditEntry;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Audit entries read as sentences, naming what they touched. */
class AuditSentencesTest {

    private static AuditEntry entry(String action, String type, String before, String after) {
        return new AuditEntry(UUID.randomUUID(), Instant.EPOCH, "STAFF", UUID.randomUUID(), "desk@example.com", action, type,
                UUID.randomUUID(), before, after);
    }

    @Test
    void knownChangesAreSaidWithTheBookingNumberOrTheName() {
        assertThat(AuditSentences.of(entry("POST /api/v1/bookings/{bookingId}/cancel", "booking", null,
                "{\"bookingNumber\":\"SW-7K3M9Q\",\"status\":\"CANCELLED\"}"))).isEqualTo("Cancelled booking SW-7K3M9Q");
        assertThat(AuditSentences.of(entry("PUT /api/v1/activities/{activityId}", "activity", "{\"name\":\"Old\"}",
                "{\"name\":\"The Vault\"}"))).isEqualTo("Changed activity The Vault");
        assertThat(AuditSentences.of(entry("DELETE /api/v1/kiosk-devices/{deviceId}", "device", "{\"name\":\"Lobby\"}", null)))
                .as("named from the state before, when nothing is left after").isEqualTo("Revoked kiosk Lobby");
    }

    @Test
    void anUnknownChangeIsStillSaidWithoutTheApisShape() {
        String said = AuditSentences.of(entry("POST /api/v1/venues/{venueId}/something-new", "venue", null, "{\"name\":\"Downtown\"}"));

        assertThat(said).isEqualTo("Did venues something new (a venue Downtown)");
        assertThat(said).doesNotContain("{").doesNotContain("/api");
    }
}
