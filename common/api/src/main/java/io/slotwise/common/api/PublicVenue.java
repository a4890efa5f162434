package io.slotwise.common.api;

import java.util.List;
import java.util.UUID;

/** What the public sees of a venue: its name, zone and the activities that can be booked. */
public record PublicVenue(UUID id, String name, String timezone, List<PublicActivity> activities, String phone, String defaultLocale) {

    public PublicVenue(UUID id, String name, String timezone, List<PublicActivity> activities) {
        this(id, name, timezone, activities, null, null);
    }
}
