package io.slotwise.common.api;

import java.util.List;
import java.util.UUID;

/**
 * Hold seats on a session for a party; the hold lasts the configured hold duration. For an
 * activity with ticket categories, {@code tickets} may say how many of the party come on each
 * (their counts add up to {@code partySize}); without them everyone pays the activity's
 * {@code price}. {@code locale}
 * ({@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}; a regional form such as
 * {@code de-AT} counts as its language) is the language of the customer's mails; left out or
 * unknown, the venue's default. {@code promoCode}, if given, takes its discount off the price
 * (or the hold is refused, saying why the code does not apply).
 */
public record HoldRequest(UUID sessionId, Integer partySize, String email, String locale, List<TicketCount> tickets,
        String promoCode) {

    /** A hold without a promo code. */
    public HoldRequest(UUID sessionId, Integer partySize, String email, String locale, List<TicketCount> tickets) {
        this(sessionId, partySize, email, locale, tickets, null);
    }

    /** A hold in {@code locale}, everyone at the activity's price. */
    public HoldRequest(UUID sessionId, Integer partySize, String email, String locale) {
        this(sessionId, partySize, email, locale, null);
    }


    /** A hold in the venue's own language. */
    public HoldRequest(UUID sessionId, Integer partySize, String email) {
        this(sessionId, partySize, email, null);
    }
}
