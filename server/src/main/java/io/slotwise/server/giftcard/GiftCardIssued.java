package io.slotwise.server.giftcard;

import java.util.UUID;

/**
 * A card can be spent from now on (sold at the desk, or paid online) and has an address to be
 * mailed to: {@code recipient} gets it with its code, in {@code locale} (null: the venue's).
 * Published inside the transaction that issued it, so its mail commits with it.
 */
public record GiftCardIssued(UUID giftCardId, UUID venueId, String recipient, String locale) {
}
