package io.slotwise.common.api;

import java.util.List;

/** Create or update a venue. {@code timezone} is an IANA zone id such as "Europe/Berlin". */
public record VenueRequest(String name, String timezone, List<String> allowedOrigins) {
}
