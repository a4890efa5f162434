package io.slotwise.server.payment;

import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Duration;
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
    private final ActivityService activities;
    private final CheckoutStore store;
    private final PaymentGateway gateway;
    private final Clock clock;

    CheckoutService(HoldService holds, ActivityService activities, CheckoutStore store, PaymentGateway gateway, Clock clock) {
        this.holds = holds;
        this.activities = activities;
        this.store = store;
        this.gateway = gateway;
        this.clock = clock;
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
        if (!gateway.available()) {
            throw Payments.unavailable();
        }
        var open = store.openFor(holdId);
        if (open.isPresent()) {
            return new CheckoutStart(open.get().id(), open.get().url(), hold.expiresAt().toInstant());
        }
        SessionTerms terms = holds.termsOf(holdId);
        String priceId = activities.get(terms.activityId()).getStripePriceId();
        String back = returnBase.replaceAll("/+$", "") + "/embed?widget=paid&reservation=" + holdId;
        PaymentGateway.Checkout page = gateway.createCheckout(new PaymentGateway.CheckoutOrder(holdId, terms.activityName(), priceId,
                terms.price(), terms.currency(), hold.partySize(), holds.emailOf(holdId), back, back + "&cancelled=true",
                hold.expiresAt().toInstant().plus(PAGE_OUTLIVES_HOLD)));
        // Two racing calls get the same page from Stripe (same idempotency key): the second insert is a no-op.
        store.add(page.id(), holdId, page.url(), clock.instant());
        return new CheckoutStart(page.id(), page.url(), hold.expiresAt().toInstant());
    }
}
