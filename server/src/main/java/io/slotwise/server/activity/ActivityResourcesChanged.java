package io.slotwise.server.activity;

import java.util.List;
import java.util.UUID;

/**
 * An activity's shared resources or reset time changed. Published inside the changing
 * transaction to listeners that run in it: sessions already held or booked must occupy the new
 * resources over the new window, and if one of them is taken then the change is refused (the
 * listener's exception rolls it back) rather than leaving a room double-booked.
 */
public record ActivityResourcesChanged(UUID activityId, List<UUID> resourceIds, int bufferMinutes) {
}
