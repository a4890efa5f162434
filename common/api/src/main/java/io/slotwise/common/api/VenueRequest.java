package io.slotwise.common.api;

import java.util.List;

/**
 * Create or update a venue. {@code timezone} is an IANA zone id such as "Europe/Berlin". The
 * contact ({@code address}, {@code phone}, {@code email}) is printed on every mail to customers;
 * {@code defaultLocale} ({@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}) is the
 * language for customers who chose none. Its brand in the widget and on the kiosk: {@code logoUrl}
 * (an https:// address or a path on the server) and {@code accentColor} ("#0b57d0", dark enough for
 * white text on its buttons). On an update, a contact, locale or brand field left out keeps its
 * value and an empty one clears it.
 */
public record VenueRequest(String name, String timezone, List<String> allowedOrigins, String address, String phone,
        String email, String defaultLocale, String logoUrl, String accentColor) {

    /** Without a brand (an update keeps it). */
    public VenueRequest(String name, String timezone, List<String> allowedOrigins, String address, String phone,
            String email, String defaultLocale) {
        this(name, timezone, allowedOrigins, address, phone, email, defaultLocale, null, null);
    }


    /** A venue without contact details yet. */
    public VenueRequest(String name, String timezone, List<String> allowedOrigins) {
        this(name, timezone, allowedOrigins, null, null, null, null, null, null);
    }
}
