package io.slotwise.common.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session as the public sees it; times carry the venue's offset. {@code day} is the venue-local
 * date it is listed under: the day whose opening hours it belongs to, so a Friday night's 00:30
 * game is Friday's, although it starts on Saturday.
 */
public record SessionView(
        UUID id,
        UUID activityId,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        int capacityTotal,
        int capacityRemaining,
        SessionStatus status,
        LocalDate day) {

    /** A session listed under the day it starts on. */
    public SessionView(UUID id, UUID activityId, OffsetDateTime startTime, OffsetDateTime endTime, int capacityTotal,
            int capacityRemaining, SessionStatus status) {
        this(id, activityId, startTime, endTime, capacityTotal, capacityRemaining, status, startTime.toLocalDate());
    }
}
