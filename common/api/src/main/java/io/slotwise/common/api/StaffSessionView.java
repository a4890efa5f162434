package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A session as staff see it: seats held (not yet confirmed) and booked, besides capacity. */
public record StaffSessionView(
        UUID id,
        UUID activityId,
        String activityName,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        int capacityTotal,
        int capacityRemaining,
        SessionStatus status,
        int heldSeats,
        int bookedSeats) {
}
