package io.slotwise.server.session;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What keeps seats of sessions besides the sessions' own count: live holds (the reservation
 * module) and confirmed bookings (the booking module) each register one, so sessions can tell
 * what a session carries without reading those modules' tables.
 */
public interface SeatKeeper {

    enum Kind {
        HELD,
        BOOKED
    }

    Kind kind();

    /** Seats kept, by session, for those of {@code sessionIds} that have any. */
    Map<UUID, Integer> seatsKept(Collection<UUID> sessionIds);

    /** Whether anything of this keeper, live or ended, refers to the session: its history keeps the session's row. */
    boolean refersTo(UUID sessionId);
}
