package io.slotwise.server.reservation;

import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.giftcard.GiftCardHolds;
import io.slotwise.server.promotion.PromoCodeUses;
import io.slotwise.server.session.SessionService;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the rest of the server hears about a hold's changes, with the commit of the change. */
@Component
class HoldAnnouncements {

    private final VenueEvents events;
    private final SessionService sessions;
    private final ApplicationEventPublisher publisher;
    private final PromoCodeUses promoCodes;
    private final GiftCardHolds giftCards;
    private final Clock clock;

    HoldAnnouncements(VenueEvents events, SessionService sessions, ApplicationEventPublisher publisher, PromoCodeUses promoCodes,
            GiftCardHolds giftCards, Clock clock) {
        this.giftCards = giftCards;
        this.promoCodes = promoCodes;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
        this.publisher = publisher;
    }

    /** The session's seats and the hold changed: the streams are told when the transaction commits. */
    void changed(UUID venueId, StoredHold hold, HoldStatus status) {
        events.sessionChanged(hold.sessionId());
        events.holdChanged(venueId, new VenueEvent.HoldChanged(hold.id(), hold.sessionId(), hold.partySize(), status));
    }

    /**
     * As {@link #changed}, for a hold that ended (released or expired), after its seats went back:
     * its promo code's use and its gift card's part go back too (in this transaction), and its
     * payment page closes.
     */
    void ended(StoredHold hold, HoldStatus status) {
        if (hold.promoCode() != null) {
            promoCodes.holdEnded(hold.id(), clock.instant());
        }
        // Always: a card may have been applied after this copy of the hold was read.
        giftCards.holdEnded(hold.id(), clock.instant());
        changed(venueOf(hold), hold, status);
        publisher.publishEvent(new HoldEnded(hold.id()));
    }

    UUID venueOf(StoredHold hold) {
        return sessions.termsForHold(hold.sessionId()).orElseThrow().venueId();
    }
}
