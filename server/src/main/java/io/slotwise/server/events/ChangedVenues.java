package io.slotwise.server.events;

import java.util.Set;
import java.util.UUID;

/**
 * Told which venues a committed change touched, on every instance, once the change reaches it and
 * before its events go out to subscribers: whatever keeps a copy of public answers (the public
 * read cache) drops it here, so a client that re-fetches on an event never gets an older answer.
 */
public interface ChangedVenues {

    void changed(Set<UUID> venueIds);

    /**
     * Whether changes from other instances reach this one. While they do not (the relay lost
     * its connection), any venue may have changed unheard: nothing kept may be trusted, from the
     * moment it is lost until after it is back.
     */
    void hearing(boolean hearing);
}
