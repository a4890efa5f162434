package io.slotwise.server.session;

import java.util.UUID;

/** Staff changed a session's capacity or status; published in that transaction. */
public record SessionChanged(UUID sessionId, UUID venueId) {
}
