package io.slotwise.server.events;

import io.slotwise.common.api.VenueEvent;
import java.util.UUID;

/**
 * What a committed change tells the subscribers: either that a session's seats or status
 * changed ({@code event} null; the current state is read when it is sent, so bursts coalesce),
 * or a complete event for one venue ({@code staffOnly} for holds and bookings).
 */
record Signal(UUID venueId, UUID sessionId, VenueEvent event, boolean staffOnly) {

    static Signal sessionChanged(UUID sessionId) {
        return new Signal(null, sessionId, null, false);
    }

    boolean isSessionChange() {
        return event == null;
    }
}
