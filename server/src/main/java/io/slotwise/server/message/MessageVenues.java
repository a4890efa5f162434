package io.slotwise.server.message;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How messageIds resolve to their venue, for access checks. */
@Component
class MessageVenues extends VenueLookup {

    MessageVenues(MessageStore store) {
        super("messageId", id -> store.venueOf(id).orElse(null));
    }
}
