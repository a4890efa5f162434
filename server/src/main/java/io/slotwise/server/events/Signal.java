package io.slotwise.server.events;

import io.slotwise.common.api.VenueEvent;
import java.util.UUID;

/**
 * What a committed change tells the subscribers: that a session's seats or status changed
 * ({@code event} null; the current state is read when it is sent, so bursts coalesce), a complete
 * event for one venue ({@code staffOnly} for holds and bookings), or only that something public of
 * a venue changed (its name, zone or key: {@code sessionId} and {@code event} null), which
 * subscribers need not hear but cached public answers must.
 */
record Signal(UUID venueId, UUID sessionId, VenueEvent event, boolean staffOnly) {

    static Signal sessionChanged(UUID sessionId) {
        return new Signal(null, sessionId, null, false);
    }

    static Signal venueChanged(UUID venueId) {
        return new Signal(venueId, null, null, false);
    }

    boolean isSessionChange() {
        return event == null && sessionId != null;
    }

    boolean isVenueChange() {
        return event == null && sessionId == null;
    }
}
