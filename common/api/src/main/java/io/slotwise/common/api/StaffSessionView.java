package io.slotwise.common.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session as staff see it: seats held (not yet confirmed) and booked, besides capacity;
 * {@code resourceBusy} says why nobody can book it although it is open and has seats (a shared
 * room is taken then by another session: "Room 2: Kids' hunt 18:00-19:15"), null otherwise.
 * {@code day} is the venue-local date it belongs to (a night past midnight stays with its evening).
 */
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
        int bookedSeats,
        String resourceBusy,
        LocalDate day) {

    /** A session listed under the day it starts on. */
    public StaffSessionView(UUID id, UUID activityId, String activityName, OffsetDateTime startTime, OffsetDateTime endTime,
            int capacityTotal, int capacityRemaining, SessionStatus status, int heldSeats, int bookedSeats, String resourceBusy) {
        this(id, activityId, activityName, startTime, endTime, capacityTotal, capacityRemaining, status, heldSeats, bookedSeats,
                resourceBusy, startTime.toLocalDate());
    }

    /** A session that no shared resource keeps from being booked. */
    public StaffSessionView(UUID id, UUID activityId, String activityName, OffsetDateTime startTime, OffsetDateTime endTime,
            int capacityTotal, int capacityRemaining, SessionStatus status, int heldSeats, int bookedSeats) {
        this(id, activityId, activityName, startTime, endTime, capacityTotal, capacityRemaining, status, heldSeats, bookedSeats, null);
    }
}
