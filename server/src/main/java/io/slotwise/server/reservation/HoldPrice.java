package io.slotwise.server.reservation;

/**
 * What a hold costs, in minor units of the activity's currency: decided by the server when the
 * seats are held, and the amount the booking, online payment and any refund use afterwards.
 * Today every activity is priced per person; the rule is here, pure, so that group prices and
 * ticket categories extend it in one place.
 */
final class HoldPrice {

    private HoldPrice() {
    }

    /** {@code perPerson} for each of {@code partySize} people; never negative, never overflowing silently. */
    static long perPerson(long perPerson, int partySize) {
        if (perPerson < 0 || partySize < 1) {
            throw new IllegalArgumentException("No price for " + partySize + " at " + perPerson);
        }
        return Math.multiplyExact(perPerson, partySize);
    }
}
