package io.slotwise.server.message;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.server.booking.BookingCancelled;
import io.slotwise.server.booking.BookingConfirmed;
import io.slotwise.server.booking.BookingMarked;
import io.slotwise.server.booking.BookingRescheduled;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.session.SessionChanged;
import io.slotwise.server.session.SessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the events integrators subscribed to into the outbox, in the transaction of the change:
 * one message per subscribed webhook, its body fixed now ({@code id, type, createdAt, venueId,
 * data}) so that every try sends the same event with the same id.
 */
@Component
class WebhookEvents {

    private final Webhooks webhooks;
    private final MessageStore store;
    private final BookingService bookings;
    private final SessionService sessions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(Webhooks webhooks, MessageStore store, BookingService bookings, SessionService sessions, JsonMapper json,
            Clock clock) {
        this.webhooks = webhooks;
        this.store = store;
        this.bookings = bookings;
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void confirmed(BookingConfirmed event) {
        booking(event.bookingId(), "booking.confirmed");
    }

    @EventListener
    void cancelled(BookingCancelled event) {
        booking(event.bookingId(), "booking.cancelled");
    }

    @EventListener
    void rescheduled(BookingRescheduled event) {
        booking(event.bookingId(), "booking.rescheduled");
    }

    @EventListener
    void marked(BookingMarked event) {
        booking(event.bookingId(), VenueEvent.BookingChanged.PREFIX + event.change());
    }

    @EventListener
    void sessionChanged(SessionChanged event) {
        write(event.venueId(), null, "session.updated", () -> sessions.staffSession(event.sessionId()));
    }

    /** A test event the owner sends from Settings, to see their receiver answer. */
    UUID test(Webhooks.Target target) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(StoredMessage.webhook(id, target.venueId(), null, target.id(), target.url(), "webhook.test",
                body(id, "webhook.test", now, target.venueId(), Map.of("message", "This is a test event from Slotwise.")), now));
        return id;
    }

    private void booking(UUID bookingId, String type) {
        Booking booking = bookings.get(bookingId);
        write(booking.venueId(), bookingId, type, () -> bookings.get(bookingId));
    }

    private void write(UUID venueId, UUID bookingId, String type, java.util.function.Supplier<Object> data) {
        var targets = webhooks.subscribed(venueId, type);
        if (targets.isEmpty()) {
            return; // nobody listens: not even the data is read
        }
        Object snapshot = data.get();
        Instant now = clock.instant();
        for (Webhooks.Target target : targets) {
            UUID id = UUID.randomUUID();
            store.insert(StoredMessage.webhook(id, venueId, bookingId, target.id(), target.url(), type,
                    body(id, type, now, venueId, snapshot), now));
        }
    }

    private String body(UUID id, String type, Instant at, UUID venueId, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("createdAt", at);
        event.put("venueId", venueId);
        event.put("data", data);
        return json.writeValueAsString(event);
    }
}
