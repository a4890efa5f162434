package io.slotwise.server.message;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How webhookIds resolve to their venue, for access checks. */
@Component
class WebhookVenues extends VenueLookup {

    WebhookVenues(Webhooks webhooks) {
        super("webhookId", id -> webhooks.venueOf(id).orElse(null));
    }
}
