package io.slotwise.server.events;

import io.slotwise.common.api.SessionStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The current state of sessions as customers see them (places left for sale, status), asked by
 * the event streams when they send {@code session.updated}. The session module answers it, so the
 * streams show exactly what the public reads show: a private session taken, or one whose shared
 * resource is busy, has no places left.
 */
public interface SessionStates {

    record State(UUID sessionId, UUID activityId, UUID venueId, int capacityRemaining, SessionStatus status) {
    }

    /** The sessions that still exist among {@code sessionIds}, in no particular order. */
    List<State> current(Collection<UUID> sessionIds);
}
