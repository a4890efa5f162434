package io.slotwise.common.fx;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.TicketCount;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an activity costs, in the words the kiosk and the desk show before any hold: per person,
 * per ticket category, or per group for a private room. The server computes the amount that is
 * charged; these are the same rules, for showing.
 */
public final class Prices {

    private Prices() {
    }

    public static boolean isPrivate(PublicActivity a) {
        return a.bookingMode() == BookingMode.PRIVATE;
    }

    /** The ticket categories customers choose among; none for a private room or a single price. */
    public static List<PriceCategory> categories(PublicActivity a) {
        return isPrivate(a) || a.priceCategories() == null ? List.of() : a.priceCategories();
    }

    /** What a party of {@code size} pays without ticket categories: the group price, or the price per person. */
    public static long forParty(PublicActivity a, int size) {
        if (isPrivate(a) && a.groupPrices() != null) {
            for (GroupPrice g : a.groupPrices()) {
                if (g.partySize() == size) {
                    return g.price();
                }
            }
        }
        return a.price() * size;
    }

    /** "€28.00 per person", "Child €15.00 · Adult €8.00", "Private room for 2-6 · from €60.00 per group". */
    public static String line(PublicActivity a) {
        if (isPrivate(a)) {
            List<GroupPrice> groups = a.groupPrices() == null ? List.of() : a.groupPrices();
            String room = "Private room for " + a.minPartySize() + "-" + a.maxPartySize();
            return groups.isEmpty() ? room + " · " + Money.format(a.price(), a.currency()) + " per person"
                    : room + " · from " + Money.format(groups.stream().mapToLong(GroupPrice::price).min().orElseThrow(), a.currency())
                            + " per group";
        }
        List<PriceCategory> tickets = categories(a);
        if (!tickets.isEmpty()) {
            return tickets.stream().map(c -> c.name() + " " + Money.format(c.price(), a.currency())).collect(Collectors.joining(" · "));
        }
        return Money.format(a.price(), a.currency()) + " per person";
    }

    /** The total of {@code tickets} at the activity's category prices. */
    public static long forTickets(PublicActivity a, List<TicketCount> tickets) {
        long total = 0;
        for (TicketCount t : tickets) {
            long price = categories(a).stream().filter(c -> c.code().equals(t.category())).mapToLong(PriceCategory::price).findFirst()
                    .orElse(a.price());
            total += price * t.count();
        }
        return total;
    }

    /** "2 × Child, 1 × Adult". */
    public static String describe(PublicActivity a, List<TicketCount> tickets) {
        return tickets.stream().map(t -> t.count() + " × " + categories(a).stream().filter(c -> c.code().equals(t.category()))
                .map(PriceCategory::name).findFirst().orElse(t.category())).collect(Collectors.joining(", "));
    }
}
