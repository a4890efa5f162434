package io.slotwise.server.activity;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import java.util.List;
import java.util.UUID;

/**
 * How an activity sells, validated: its booking mode, ticket categories (shared) or group prices
 * (private), the shared resources its sessions occupy with the reset time after each, and its
 * picture for the widget.
 */
public record Selling(BookingMode mode, List<PriceCategory> categories, List<GroupPrice> groupPrices, List<UUID> resourceIds,
        int bufferMinutes, String imageUrl) {

    /** Today's default: shared seats at the activity's price per person, nothing shared with other activities. */
    public static final Selling PLAIN = new Selling(BookingMode.SHARED, List.of(), List.of(), List.of(), 0, null);

    /** Whether the first party takes the whole session. */
    public boolean isPrivate() {
        return mode == BookingMode.PRIVATE;
    }

    /** Whether holds of a session can be decided together on its seats alone (no room to share, no party to take it all). */
    public boolean seatsOnly() {
        return mode == BookingMode.SHARED && resourceIds.isEmpty();
    }
}
