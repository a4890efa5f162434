package io.slotwise.server.message;

import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.api.MailPreview;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for messages: a booking's (what was sent, what waits or failed, sending one again),
 * the venue's (what needs attention), and each one as its receiver reads it, so that staff can see
 * the mails even where no mail server is set.
 */
@RestController
@RequestMapping("/api/v1")
class MessageController {

    private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");
    private static final int MAX_LIMIT = 500;

    private final MessageStore store;
    private final BookingService bookings;
    private final MailComposer composer;
    private final Clock clock;

    MessageController(MessageStore store, BookingService bookings, MailComposer composer, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.composer = composer;
        this.clock = clock;
    }

    /** The venue's mails and webhook events, newest first; {@code status} narrows them (e.g. PENDING and FAILED). */
    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/messages")
    List<CustomerMessage> ofVenue(@PathVariable UUID venueId, @RequestParam(required = false) List<String> status,
            @RequestParam(defaultValue = "100") int limit) {
        List<String> statuses = status == null ? List.of() : status.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        if (!STATUSES.containsAll(statuses)) {
            throw DomainException.invalid("status", "must be PENDING, SENT or FAILED");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return store.ofVenue(venueId, statuses, limit).stream().map(MessageController::view).toList();
    }

    /** A message as its receiver gets it: the mail rendered now, or the webhook event's body. */
    @Guarded(Role.STAFF)
    @GetMapping("/messages/{messageId}/preview")
    MailPreview preview(@PathVariable UUID messageId) {
        StoredMessage message = store.find(messageId).orElseThrow(() -> DomainException.notFound("Message"));
        if (message.isWebhook()) {
            return new MailPreview(message.id(), message.recipient(), message.eventType(), message.payload(), null, null);
        }
        MailComposer.RenderedMail mail = composer.render(message);
        return new MailPreview(message.id(), message.recipient(), mail.subject(), mail.text(), mail.html(), mail.calendar());
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
