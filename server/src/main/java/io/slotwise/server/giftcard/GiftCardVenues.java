package io.slotwise.server.giftcard;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How giftCardIds resolve to their venue (access checks) and how a card looks in the audit log. */
@Component
class GiftCardVenues extends VenueLookup implements AuditSnapshots {

    private final GiftCards cards;

    GiftCardVenues(GiftCards cards) {
        super("giftCardId", cards::venueOf);
        this.cards = cards;
    }

    @Override
    public Object snapshot(UUID id) {
        return cards.get(id);
    }
}
