package io.slotwise.common.api;

import java.util.List;
import java.util.UUID;

/** What the public sees of a venue: its name, zone, the activities that can be booked, and its brand (logo, accent colour; may be null). */
public record PublicVenue(UUID id, String name, String timezone, List<PublicActivity> activities, String phone, String defaultLocale,
        String logoUrl, String accentColor) {

    public PublicVenue(UUID id, String name, String timezone, List<PublicActivity> activities, String phone, String defaultLocale) {
        this(id, name, timezone, activities, phone, defaultLocale, null, null);
    }


    public PublicVenue(UUID id, String name, String timezone, List<PublicActivity> activities) {
        this(id, name, timezone, activities, null, null, null, null);
    }
}
