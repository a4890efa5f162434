package io.slotwise.server.payment;

import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.CheckoutStatus;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.reservation.PaidHolds;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts the online payment of a hold: a Stripe Checkout page for the party, with the hold's id
 * in its metadata. While that page is open, asking again returns the same page.
 */
@Service
public class CheckoutService {

    /** Stripe keeps a page open at least 30 minutes; ours closes 30 minutes after the hold would end. */
    static final Duration PAGE_OUTLIVES_HOLD = Duration.ofMinutes(30);

    private final HoldService holds;
    private final PaidHolds paidHolds;
    private final ActivityService activities;
    private final CheckoutStore store;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final CheckoutExpiry expiry;
    private final BookingService bookings;
    private final VenueService venues;

    private final PaymentMetrics metrics;

    CheckoutService(HoldService holds, PaidHolds paidHolds, ActivityService activities, CheckoutStore store, PaymentGateway gateway, Clock clock,
            CheckoutExpiry expiry,
            BookingService bookings, VenueService venues, PaymentMetrics metrics) {
        this.metrics = metrics;
        this.bookings = bookings;
        this.venues = venues;
        this.expiry = expiry;
        this.holds = holds;
        this.paidHolds = paidHolds;
        this.activities = activities;
        this.store = store;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Where the payment of one page stands (the return page polls this until the notice is in). */
    public CheckoutStatus status(String checkoutId) {
        CheckoutStore.StoredCheckout page = store.find(checkoutId).orElseThrow(() -> DomainException.notFound("Checkout"));
        Hold hold = holds.staffView(page.reservationId());
        SessionTerms terms = paidHolds.termsOf(page.reservationId());
        String embedKey = venues.details(terms.venueId()).embedKey();
        OffsetDateTime start = terms.startTime().atZone(terms.zone()).toOffsetDateTime();
        var booking = bookings.forReservation(page.reservationId());
        String status;
        if (page.status().equals("MISMATCH")) {
            status = "REFUNDED"; // paid an amount the hold does not cost: the money went back, nothing was booked
        } else if (booking.isPresent()) {
            status = booking.get().paymentStatus() == PaymentStatus.REFUNDED
                    && booking.get().status() == BookingStatus.CANCELLED ? "REFUNDED" : "BOOKED";
        } else {
            status = hold.status() == HoldStatus.HELD || page.status().equals("COMPLETE") ? "PENDING" : "ENDED";
        }
        return new CheckoutStatus(status, booking.map(b -> b.bookingNumber()).orElse(null), terms.activityName(), start,
                hold.partySize(), hold.amountDue(), hold.currency(), embedKey, terms.zone().getId());
    }

    /** " (code SUMMER-10, gift card)": what made the amount less than the price, for the payment page's line. */
    private static String reductions(Hold hold) {
        List<String> why = new ArrayList<>();
        if (hold.promoCode() != null) {
            why.add("code " + hold.promoCode());
        }
        if (hold.giftCardAmount() > 0) {
            why.add("gift card");
        }
        return why.isEmpty() ? "" : " (" + String.join(", ", why) + ")";
    }

    /** The payment page of a live hold; {@code returnBase} is where Stripe sends the customer back to. */
    public CheckoutStart start(UUID holdId, String holdToken, String returnBase) {
        Hold hold = holds.read(holdId, holdToken);
        if (hold.status() == HoldStatus.EXPIRED) {
            throw new DomainException(ErrorCode.HOLD_EXPIRED, "The hold expired; hold the seats again");
        }
        if (hold.status() != HoldStatus.HELD) {
            throw new DomainException(ErrorCode.HOLD_NOT_ACTIVE, "The hold is " + hold.status().name().toLowerCase());
        }
        if (hold.amountDue() == 0) {
            throw new DomainException(ErrorCode.NOTHING_TO_PAY, "Nothing is left to pay; confirm the booking instead");
        }
        if (!gateway.available()) {
            throw Payments.unavailable();
        }
        var open = store.openFor(holdId);
        if (open.isPresent()) {
            return new CheckoutStart(open.get().id(), open.get().url(), hold.expiresAt().toInstant());
        }
        SessionTerms terms = paidHolds.termsOf(holdId);
        // Stripe charges exactly the hold's amount. Priced per person, it is the party times the
        // price (the activity's Stripe price, if it has one, may stand for it); a group price or
        // ticket categories are one line for the whole party, never a per-person amount rounded.
        // With a discount or a gift card, it is what is left to pay, as one line saying why.
        boolean perPerson = hold.amountDue() == hold.amount() && terms.price() * hold.partySize() == hold.amount();
        String priceId = perPerson ? activities.get(terms.activityId()).stripePriceId() : null;
        long unitAmount = perPerson ? terms.price() : hold.amountDue();
        int quantity = perPerson ? hold.partySize() : 1;
        String product = perPerson ? terms.activityName()
                : terms.activityName() + ", " + hold.partySize() + (hold.partySize() == 1 ? " person" : " people")
                        + reductions(hold);
        // Stripe puts the page's id in place of {CHECKOUT_SESSION_ID}: the return page asks about that
        // id, which only the payer has, so no hold token travels in a URL.
        String back = returnBase.replaceAll("/+$", "") + "/embed?widget=paid&checkout={CHECKOUT_SESSION_ID}";
        PaymentGateway.Checkout page;
        try {
            page = gateway.createCheckout(new PaymentGateway.CheckoutOrder(holdId, product, priceId,
                    unitAmount, hold.currency(), quantity, paidHolds.emailOf(holdId), back, back + "&cancelled=true",
                    hold.expiresAt().toInstant().plus(PAGE_OUTLIVES_HOLD)));
        } catch (RuntimeException e) {
            metrics.failed(PaymentMetrics.Failure.CHECKOUT_FAILED);
            throw e;
        }
        // Two racing calls get the same page from Stripe (same idempotency key): the second insert is a no-op.
        store.add(page.id(), holdId, page.url(), clock.instant());
        Hold now = holds.staffView(holdId);
        if (now.status() != HoldStatus.HELD) {
            // The hold ended while the page was being made, too late for its end to close the page: close it here.
            expiry.close(page.id(), holdId);
            throw new DomainException(ErrorCode.HOLD_EXPIRED, "The hold ended; hold the seats again");
        }
        if (now.amountDue() != hold.amountDue()) {
            // A gift card paid part of the hold while the page was being made: the page would charge too much.
            expiry.close(page.id(), holdId);
            throw new DomainException(ErrorCode.HOLD_NOT_ACTIVE, "What is left to pay changed just now; please pay again");
        }
        return new CheckoutStart(page.id(), page.url(), hold.expiresAt().toInstant());
    }
}
