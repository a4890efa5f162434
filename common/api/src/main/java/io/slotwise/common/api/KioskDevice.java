package io.slotwise.common.api;

import java.time.Instant;
import java.util.UUID;

/** A kiosk device of a venue; its secret token is never shown after it was issued. */
public record KioskDevice(UUID id, UUID venueId, String name, Instant createdAt, Instant revokedAt) {
}
