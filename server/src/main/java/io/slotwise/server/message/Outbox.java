package io.slotwise.server.message;

import io.slotwise.common.api.Booking;
import io.slotwise.server.booking.BookingCancelled;
import io.slotwise.server.booking.BookingConfirmed;
import io.slotwise.server.booking.BookingRescheduled;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.LatePaymentRefunded;
import io.slotwise.server.giftcard.GiftCardIssued;
import io.slotwise.server.payment.PaymentRefunds;
import io.slotwise.server.system.Languages;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.venue.VenueService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writes the messages a change causes, in the change's own transaction: the listeners here are
 * plain {@code @EventListener}s, which run inside the publisher's transaction, so a booking and
 * its confirmation mail commit together or not at all. Nothing is sent here; the dispatcher
 * delivers after the commit. Reminders are written by a job, once per booking.
 */
@Component
public class Outbox {

    private final MessageStore store;
    private final BookingService bookings;
    private final VenueService venues;
    private final PaymentRefunds refunds;
    private final SlotwiseProperties properties;
    private final Environment environment;
    private final Clock clock;

    Outbox(MessageStore store, BookingService bookings, VenueService venues, PaymentRefunds refunds,
            SlotwiseProperties properties, Environment environment, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.venues = venues;
        this.refunds = refunds;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener
    void bookingConfirmed(BookingConfirmed confirmed) {
        Booking booking = bookings.get(confirmed.bookingId());
        store.insert(StoredMessage.pending(booking.venueId(), booking.id(), MessageKind.BOOKING_CONFIRMED,
                booking.customer().email(), language(booking, confirmed.locale()), baseUrl(), null, clock.instant()));
    }

    /** The cancellation mail states the refund the policy gave at the moment of cancelling. */
    @EventListener
    void bookingCancelled(BookingCancelled cancelled) {
        Booking booking = bookings.get(cancelled.bookingId());
        long refund = refunds.refundDue(booking, cancelled.cancelledAt());
        store.insert(StoredMessage.pending(booking.venueId(), booking.id(), MessageKind.BOOKING_CANCELLED,
                booking.customer().email(), language(booking, bookings.language(booking.id()).orElse(null)), baseUrl(),
                refund, clock.instant()));
    }

    /** A booking moved: the customer gets its new time, with a calendar file that replaces the old event. */
    @EventListener
    void bookingRescheduled(BookingRescheduled moved) {
        Booking booking = bookings.get(moved.bookingId());
        store.insert(StoredMessage.pending(booking.venueId(), booking.id(), MessageKind.BOOKING_RESCHEDULED,
                booking.customer().email(), language(booking, bookings.language(booking.id()).orElse(null)), baseUrl(),
                null, clock.instant()));
    }

    /** A payment came too late for its places: the customer learns that nothing was booked and the money goes back. */
    @EventListener
    void latePaymentRefunded(LatePaymentRefunded late) {
        Booking booking = bookings.get(late.bookingId());
        store.insert(StoredMessage.pending(booking.venueId(), booking.id(), MessageKind.LATE_PAYMENT_REFUNDED,
                booking.customer().email(), language(booking, late.locale()), baseUrl(), booking.amountDue(), clock.instant()));
    }

    /** A gift card was issued with an address: its code goes there, in the buyer's language or the venue's. */
    @EventListener
    void giftCardIssued(GiftCardIssued issued) {
        String language = issued.locale() != null ? issued.locale()
                : Languages.supported(venues.get(issued.venueId()).defaultLocale()).orElse(Languages.DEFAULT);
        store.insert(StoredMessage.giftCard(issued.venueId(), issued.giftCardId(), issued.recipient(), language, baseUrl(),
                clock.instant()));
    }

    /**
     * Writes the reminders due: confirmed bookings starting within {@code slotwise.mail.reminder-before}
     * that were made before that window opened (a booking made later has just had its confirmation).
     * Once per booking, even if several instances ran this at once.
     */
    @Scheduled(cron = "${slotwise.jobs.reminders-cron:15 * * * * *}")
    @SchedulerLock(name = "customer-reminders", lockAtMostFor = "PT5M")
    void onSchedule() {
        writeReminders();
    }

    /** Writes the reminders due now; how many were new. */
    public int writeReminders() {
        Instant now = clock.instant();
        Duration before = properties.mail().reminderBefore();
        int written = 0;
        for (Booking booking : bookings.confirmedStartingBetween(now, now.plus(before))) {
            Instant windowOpened = booking.startTime().toInstant().minus(before);
            if (booking.createdAt().isAfter(windowOpened)) {
                continue;
            }
            StoredMessage reminder = StoredMessage.pending(booking.venueId(), booking.id(), MessageKind.BOOKING_REMINDER,
                    booking.customer().email(), language(booking, bookings.language(booking.id()).orElse(null)),
                    baseUrl(), null, now);
            if (store.insertOnce(reminder, "reminder:" + booking.id())) {
                written++;
            }
        }
        return written;
    }

    private String language(Booking booking, String chosen) {
        if (chosen != null) {
            return chosen;
        }
        return Languages.supported(venues.get(booking.venueId()).defaultLocale()).orElse(Languages.DEFAULT);
    }

    /** Where customers reach this server, for the links in mails: as configured, else as this request came in. */
    private String baseUrl() {
        String configured = properties.payments().publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
