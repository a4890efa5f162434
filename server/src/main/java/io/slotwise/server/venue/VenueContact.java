package io.slotwise.server.venue;

import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.system.Languages;
import io.slotwise.server.web.Violations;
import java.util.Locale;

/**
 * The contact and language fields of a venue request, checked. Each left out (null) keeps the
 * stored value; an empty one clears it (the language goes back to English).
 */
record VenueContact(String address, String phone, String email, String defaultLocale) {

    static VenueContact of(VenueRequest request, Violations v) {
        v.maxLength("address", request.address(), 500);
        v.maxLength("phone", request.phone(), 50);
        if (request.phone() != null && !request.phone().isBlank() && !request.phone().trim().matches("[+0-9 ()./-]{3,50}")) {
            v.add("phone", "must be a phone number such as +49 30 1234567");
        }
        v.maxLength("email", request.email(), 320);
        if (request.email() != null && !request.email().isBlank() && !request.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add("email", "must be an email address such as hello@example.com");
        }
        String locale = request.defaultLocale();
        if (locale != null && !locale.isBlank() && !Languages.SUPPORTED.contains(locale.trim().toLowerCase(Locale.ROOT))) {
            v.add("defaultLocale", "must be one of " + String.join(", ", Languages.SUPPORTED));
        }
        return new VenueContact(request.address(), request.phone(), request.email(),
                locale == null ? null : locale.trim().toLowerCase(Locale.ROOT));
    }

    void applyTo(Venue venue) {
        venue.contact(kept(address, venue.getAddress()), kept(phone, venue.getPhone()), kept(email, venue.getEmail()),
                defaultLocale == null ? venue.getDefaultLocale() : defaultLocale.isEmpty() ? Languages.DEFAULT : defaultLocale);
    }

    private static String kept(String given, String stored) {
        if (given == null) {
            return stored;
        }
        return given.isBlank() ? null : given.trim();
    }
}
