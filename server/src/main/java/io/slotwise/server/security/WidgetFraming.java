package io.slotwise.server.security;

import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.venue.Venue;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
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

    private final VenueService venues;
    private final ActivityService activities;

    WidgetFraming(VenueService venues, ActivityService activities) {
        this.venues = venues;
        this.activities = activities;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/embed") || path.startsWith("/embed/")) {
            List<String> origins = venue(request).map(Venue::getAllowedOrigins).orElse(List.of());
            response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins)));
        } else if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    private Optional<Venue> venue(HttpServletRequest request) {
        try {
            String key = request.getParameter("key");
            if (key != null) {
                return Optional.of(venues.byEmbedKey(key));
            }
            String activityId = request.getParameter("activityId");
            if (activityId != null) {
                return Optional.of(venues.get(activities.get(UUID.fromString(activityId)).getVenueId()));
            }
        } catch (DomainException | IllegalArgumentException unknown) {
            // An unknown key or id: the page will say so; nobody else may frame it meanwhile.
        }
        return Optional.empty();
    }
}
