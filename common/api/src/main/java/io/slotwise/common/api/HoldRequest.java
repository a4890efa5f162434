package io.slotwise.common.api;

import java.util.UUID;

/** Hold seats on a session for a party; the hold lasts the configured hold duration. */
public record HoldRequest(UUID sessionId, Integer partySize, String email) {
}
