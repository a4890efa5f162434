package io.slotwise.server.venue;

import java.util.UUID;

/**
 * A venue's public face changed (name, zone, embed key), published inside the changing
 * transaction: the event streams pass it on to every instance so that cached public answers go.
 */
public record VenueChanged(UUID venueId) {
}
