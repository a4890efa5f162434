package io.slotwise.common.api;

import java.util.UUID;

/** Move a booking to another session of the same activity, with the same party. */
public record RescheduleRequest(UUID sessionId) {
}
