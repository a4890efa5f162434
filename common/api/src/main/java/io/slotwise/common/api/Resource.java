package io.slotwise.common.api;

import java.util.UUID;

/**
 * A room, lane or guide that several activities of a venue use: a session that uses it, once held
 * or booked, occupies it from its start to its end plus the activity's reset time.
 */
public record Resource(UUID id, UUID venueId, String name) {
}
