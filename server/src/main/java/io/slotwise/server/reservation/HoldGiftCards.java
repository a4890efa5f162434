package io.slotwise.server.reservation;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.server.giftcard.GiftCardHolds;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A gift card paying (part of) a live hold: {@code POST /public/reservations/{id}/gift-card}. One
 * transaction locks the hold's row, then the card's, sets aside what the card can pay of what is
 * left, and records it on the hold, so that the expiry sweep or a confirmation racing it either
 * finds the card on the hold (and takes or frees its part) or finds the hold ended first.
 */
@Service
class HoldGiftCards {

    private final HoldStore holds;
    private final SessionService sessions;
    private final GiftCardHolds giftCards;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final java.util.List<PaymentPages> paymentPages;

    HoldGiftCards(HoldStore holds, SessionService sessions, GiftCardHolds giftCards, TransactionTemplate transactions, Clock clock,
            java.util.List<PaymentPages> paymentPages) {
        this.paymentPages = paymentPages;
        this.holds = holds;
        this.sessions = sessions;
        this.giftCards = giftCards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Applies the card to the holder's hold and answers the hold with what is left to pay. The same
     * card again changes nothing; a hold carries one card.
     */
    Hold apply(UUID holdId, String holdToken, String code) {
        StoredHold hold = holds.find(holdId).filter(h -> Secrets.matches(holdToken, h.tokenHash()))
                .orElseThrow(() -> DomainException.notFound("Hold"));
        return applyTo(hold, code);
    }

    /** As {@link #apply}, by the venue's staff (the desk takes the card in person): any live hold of their venue. */
    Hold applyByStaff(UUID holdId, String code) {
        return applyTo(holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold")), code);
    }

    private Hold applyTo(StoredHold hold, String code) {
        UUID holdId = hold.id();
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("code", "must not be empty");
        }
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            if (!holds.lockLive(holdId, now)) {
                throw notLive(holdId, now);
            }
            StoredHold locked = holds.find(holdId).orElseThrow();
            var already = giftCards.on(holdId);
            if (already.isPresent()) {
                if (!already.get().isCode(code)) {
                    throw new DomainException(ErrorCode.GIFT_CARD_NOT_APPLICABLE,
                            "This booking is paid with another gift card already; one card pays one booking");
                }
                return; // the same card again: as it was
            }
            if (paymentPages.stream().anyMatch(pages -> pages.openFor(holdId))) {
                // Its page charges what was due when it was made: a card now would make the payment wrong.
                throw new DomainException(ErrorCode.GIFT_CARD_NOT_APPLICABLE,
                        "This booking's payment page is open: pay there, or start the booking again to use a gift card");
            }
            var applied = giftCards.reserve(holdId, terms.venueId(), locked.currency(), LocalDate.ofInstant(now, terms.zone()), code,
                    locked.amountDue(), now);
            holds.setGiftCardAmount(holdId, applied.amount());
        });
        return holds.find(holdId).orElseThrow().view(terms, null, null, clock.instant());
    }

    private DomainException notLive(UUID holdId, Instant now) {
        StoredHold hold = holds.find(holdId).orElseThrow();
        var state = HoldTransitions.State.of(hold.status(), hold.expiresAt(), now);
        if (HoldTransitions.judge(state, HoldTransitions.Move.CONFIRM) instanceof HoldTransitions.Verdict.Refused refused) {
            return new DomainException(refused.code(), refused.why());
        }
        return new DomainException(ErrorCode.HOLD_NOT_ACTIVE, "This hold is booked already");
    }
}
