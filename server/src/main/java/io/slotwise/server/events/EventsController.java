package io.slotwise.server.events;

import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.venue.VenueService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-Sent Events: the public stream of a venue, and the staff stream with holds and bookings. */
@RestController
class EventsController {

    private final EventStreams streams;
    private final VenueService venues;

    EventsController(EventStreams streams, VenueService venues) {
        this.streams = streams;
        this.venues = venues;
    }

    @GetMapping(path = "/api/v1/public/venues/{embedKey}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter venueEvents(@PathVariable String embedKey,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request) {
        return streams.open(venues.byEmbedKey(embedKey).id(), false, request.getRemoteAddr(), lastEventId);
    }

    @Guarded(Role.STAFF)
    @GetMapping(path = "/api/v1/venues/{venueId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter staffEvents(@PathVariable UUID venueId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request) {
        return streams.open(venues.get(venueId).id(), true, request.getRemoteAddr(), lastEventId);
    }
}
