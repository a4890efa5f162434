package io.slotwise.common.api;

import java.util.UUID;

/**
 * Hold seats on a session for a party; the hold lasts the configured hold duration. {@code locale}
 * ({@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}; a regional form such as
 * {@code de-AT} counts as its language) is the language of the customer's mails; left out or
 * unknown, the venue's default.
 */
public record HoldRequest(UUID sessionId, Integer partySize, String email, String locale) {

    /** A hold in the venue's own language. */
    public HoldRequest(UUID sessionId, Integer partySize, String email) {
        this(sessionId, partySize, email, null);
    }
}
