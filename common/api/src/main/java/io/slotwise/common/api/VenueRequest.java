package io.slotwise.common.api;

import java.util.List;

/**
 * Create or update a venue. {@code timezone} is an IANA zone id such as "Europe/Berlin". The
 * contact ({@code address}, {@code phone}, {@code email}) is printed on every mail to customers;
 * {@code defaultLocale} ({@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}) is the
 * language for customers who chose none. On an update, a contact field or locale left out keeps
 * its value and an empty one clears it.
 */
public record VenueRequest(String name, String timezone, List<String> allowedOrigins, String address, String phone,
        String email, String defaultLocale) {

    /** A venue without contact details yet. */
    public VenueRequest(String name, String timezone, List<String> allowedOrigins) {
        this(name, timezone, allowedOrigins, null, null, null, null);
    }
}
