package io.slotwise.common.api;

import java.util.UUID;

/** Whether a party of {@code partySize} could be held on the session right now. */
public record Availability(UUID sessionId, int partySize, boolean available, int capacityRemaining) {
}
