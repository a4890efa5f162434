package io.slotwise.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Who may frame the widget: the venue's allowed origins (and the server itself), named in a
 * Content-Security-Policy {@code frame-ancestors}; every other page of the server may not be
 * framed at all. The widget page may load and call only this server.
 */
@Component
class WidgetFraming implements HeaderWriter {

    private final VenueDirectory venues;
    private final VenueOwners owners;

    WidgetFraming(VenueDirectory venues, VenueOwners owners) {
        this.venues = venues;
        this.owners = owners;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/embed") || path.startsWith("/embed/")) {
            List<String> origins = venue(request).map(venues::allowedOrigins).orElse(List.of());
            // Pictures of activities may live on the venue's own website (any https address); scripts only here.
            response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https:; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins)));
        } else if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    /**
     * Whether a page of {@code origin} may frame the widget its request names ({@code key} or
     * {@code activityId}); empty when it names no venue there is.
     */
    Optional<Boolean> mayFrame(HttpServletRequest request, String origin) {
        return venue(request).map(v -> venues.allowedOrigins(v).contains(origin.toLowerCase(java.util.Locale.ROOT)));
    }

    private Optional<UUID> venue(HttpServletRequest request) {
        try {
            String key = request.getParameter("key");
            if (key != null) {
                return venues.venueOfEmbedKey(key);
            }
            String activityId = request.getParameter("activityId");
            if (activityId != null) {
                return owners.venueOf("activityId", UUID.fromString(activityId));
            }
        } catch (IllegalArgumentException unknown) {
            // An unknown key or id: the page will say so; nobody else may frame it meanwhile.
        }
        return Optional.empty();
    }
}
