package io.slotwise.server.reservation;

import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.TicketCount;
import io.slotwise.server.activity.Selling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a hold costs, in minor units of the activity's currency: decided by the server when the
 * seats are held, and the amount the booking, online payment and any refund use afterwards.
 * Pure: a shared activity charges its price per person, or each person's ticket category; a
 * private one the price for the party's size, or its price per person when it has no group
 * prices. Amounts are whole minor units, so a currency with 0 or 3 decimals is never rounded.
 */
final class HoldPrice {

    private HoldPrice() {
    }

    /** The amount and the tickets as they were priced (codes normalized; null when the hold named none). */
    record Priced(long amount, List<TicketCount> tickets) {
    }

    /** The party cannot be priced as asked: {@code field} and {@code why}, for the customer to correct. */
    static final class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String why) {
            super(why, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** Prices a party of {@code partySize} (valid for the activity), with {@code tickets} if the customer chose categories. */
    static Priced of(Selling selling, long price, int partySize, List<TicketCount> tickets) {
        boolean named = tickets != null && !tickets.isEmpty();
        if (selling.isPrivate()) {
            if (named) {
                throw new Refused("tickets", "this activity is priced per group, not per ticket");
            }
            return new Priced(selling.groupPrices().stream().filter(g -> g.partySize() == partySize).findFirst()
                    .map(GroupPrice::price).orElseGet(() -> perPerson(price, partySize)), null);
        }
        if (!named) {
            return new Priced(perPerson(price, partySize), null);
        }
        if (selling.categories().isEmpty()) {
            throw new Refused("tickets", "this activity has one price for everyone");
        }
        return byCategory(selling.categories(), partySize, tickets);
    }

    private static Priced byCategory(List<PriceCategory> categories, int partySize, List<TicketCount> tickets) {
        Set<String> seen = new HashSet<>();
        List<TicketCount> priced = new ArrayList<>();
        long amount = 0;
        int people = 0;
        for (int i = 0; i < tickets.size(); i++) {
            TicketCount t = tickets.get(i);
            String at = "tickets[" + i + "]";
            if (t == null || t.category() == null || t.count() == null) {
                throw new Refused(at, "needs a category and a count");
            }
            String code = t.category().trim().toLowerCase(Locale.ROOT);
            PriceCategory category = categories.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new Refused(at + ".category", "must be one of " + categories.stream()
                            .map(PriceCategory::code).toList()));
            if (!seen.add(code)) {
                throw new Refused(at + ".category", "is named twice");
            }
            if (t.count() < 0 || t.count() > partySize) {
                throw new Refused(at + ".count", "must be between 0 and " + partySize);
            }
            if (t.count() == 0) {
                continue;
            }
            people += t.count();
            amount = Math.addExact(amount, perPerson(category.price(), t.count()));
            priced.add(new TicketCount(code, t.count()));
        }
        if (people != partySize) {
            throw new Refused("tickets", "the tickets are for " + people + " people, the party is " + partySize);
        }
        return new Priced(amount, List.copyOf(priced));
    }

    /** {@code perPerson} for each of {@code partySize} people; never negative, never overflowing silently. */
    static long perPerson(long perPerson, int partySize) {
        if (perPerson < 0 || partySize < 1) {
            throw new IllegalArgumentException("No price for " + partySize + " at " + perPerson);
        }
        return Math.multiplyExact(perPerson, partySize);
    }
}
