package io.slotwise.common.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A schedule being edited, to be shown as the slots it would make: {@code days} venue-local
 * days from {@code from}, with sessions of {@code durationMinutes}. Nothing is saved. With the
 * shared {@code resourceIds} the activity would use and its {@code bufferMinutes} of reset, each
 * slot says which existing session of another activity ({@code activityId} is the one being
 * edited, null for a new one) it would collide with on a resource.
 */
public record SchedulePreviewRequest(Schedule schedule, Integer durationMinutes, LocalDate from, Integer days,
        List<UUID> resourceIds, Integer bufferMinutes, UUID activityId) {

    /** A preview of the slots alone. */
    public SchedulePreviewRequest(Schedule schedule, Integer durationMinutes, LocalDate from, Integer days) {
        this(schedule, durationMinutes, from, days, null, null, null);
    }
}
