package io.slotwise.server.activity;

import java.time.Duration;
import java.util.UUID;

/**
 * An activity as other modules need it: where it runs, how long a session lasts and how many it
 * seats, whether it is sold, and its payment terms.
 */
public record ActivityInfo(UUID id, UUID venueId, String name, Duration duration, int capacity, boolean active,
        int refundHoursBefore, String stripePriceId) {
}
