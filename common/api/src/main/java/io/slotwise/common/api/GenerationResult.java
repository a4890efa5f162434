package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a generation run did: sessions created, already there, removed because the schedule no
 * longer has them, and kept although the schedule no longer has them because they hold
 * reservations (listed in {@code kept} so staff can move those guests); and the sessions of the
 * range that collide on a shared resource with another activity's sessions ({@code collisions}:
 * only one of two such sessions can be sold).
 */
public record GenerationResult(
        int created,
        int existing,
        int removed,
        int keptWithReservations,
        List<KeptSession> kept,
        List<Collision> collisions) {

    public GenerationResult(int created, int existing, int removed, int keptWithReservations, List<KeptSession> kept) {
        this(created, existing, removed, keptWithReservations, kept, List.of());
    }

    /** A session of the range that needs a resource another activity's session needs then ("Room 1: Lab 19:30-20:15"). */
    public record Collision(OffsetDateTime startTime, String collidesWith) {
    }

    /** A session off the schedule that still holds reservations. */
    public record KeptSession(UUID sessionId, OffsetDateTime startTime, int heldSeats, int bookedSeats) {
    }
}
