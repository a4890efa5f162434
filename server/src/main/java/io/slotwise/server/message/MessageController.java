package io.slotwise.server.message;

import io.slotwise.common.api.CustomerMessage;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for a booking's messages: what was sent, what waits or failed, and sending one again. */
@RestController
@RequestMapping("/api/v1")
class MessageController {

    private final MessageStore store;
    private final BookingService bookings;
    private final Clock clock;

    MessageController(MessageStore store, BookingService bookings, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/bookings/{bookingId}/messages")
    List<CustomerMessage> messages(@PathVariable UUID bookingId) {
        bookings.get(bookingId);
        return store.ofBooking(bookingId).stream().map(MessageController::view).toList();
    }

    /**
     * Sends a message again as a new message (its own id, so that mail programs do not take it
     * for the copy they already have); the original keeps its history.
     */
    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/messages/{messageId}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    CustomerMessage resend(@PathVariable UUID bookingId, @PathVariable UUID messageId) {
        StoredMessage original = store.find(messageId).filter(m -> bookingId.equals(m.bookingId()))
                .orElseThrow(() -> DomainException.notFound("Message"));
        Instant now = clock.instant();
        StoredMessage copy = StoredMessage.pending(original.venueId(), bookingId, original.kind(), original.recipient(),
                original.locale(), original.baseUrl(), original.refundAmount(), now);
        store.insert(copy);
        return view(copy);
    }

    static CustomerMessage view(StoredMessage m) {
        return new CustomerMessage(m.id(), m.bookingId(), m.kind().name(), m.recipient(), m.locale(), m.status(),
                m.attempts(), m.createdAt(), m.sentAt(), "PENDING".equals(m.status()) ? m.nextAttemptAt() : null,
                m.lastError());
    }
}
