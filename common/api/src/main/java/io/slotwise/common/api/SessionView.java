package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A session as the public sees it; times carry the venue's offset. */
public record SessionView(
        UUID id,
        UUID activityId,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        int capacityTotal,
        int capacityRemaining,
        SessionStatus status) {
}
