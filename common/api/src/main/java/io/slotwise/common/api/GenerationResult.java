package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a generation run did: sessions created, already there, removed because the schedule no
 * longer has them, and kept although the schedule no longer has them because they hold
 * reservations (listed in {@code kept} so staff can move those guests).
 */
public record GenerationResult(
        int created,
        int existing,
        int removed,
        int keptWithReservations,
        List<KeptSession> kept) {

    /** A session off the schedule that still holds reservations. */
    public record KeptSession(UUID sessionId, OffsetDateTime startTime, int heldSeats, int bookedSeats) {
    }
}
