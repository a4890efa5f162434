package io.slotwise.kiosk.screen;

import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.fx.Prices;
import io.slotwise.kiosk.flow.Texts;
import java.util.List;
import java.util.stream.Collectors;

/** Prices in the customer's words: an activity's, and a hold's with what came off it. */
final class PriceTexts {

    private PriceTexts() {
    }

    /** "€28.00 per person", "Child €15.00 · Adult €8.00", "Private room for 2-6 · from €60.00 per group". */
    static String priceLine(Texts t, PublicActivity a) {
        if (Prices.isPrivate(a)) {
            List<GroupPrice> groups = a.groupPrices() == null ? List.of() : a.groupPrices();
            return groups.isEmpty() ? t.get("price.privatePerPerson", a.minPartySize(), a.maxPartySize(), t.money(a.price(), a.currency()))
                    : t.get("price.privateGroup", a.minPartySize(), a.maxPartySize(),
                            t.money(groups.stream().mapToLong(GroupPrice::price).min().orElseThrow(), a.currency()));
        }
        if (!Prices.categories(a).isEmpty()) {
            return Prices.categories(a).stream().map(c -> c.name() + " " + t.money(c.price(), a.currency())).collect(Collectors.joining(" · "));
        }
        return t.get("price.perPerson", t.money(a.price(), a.currency()));
    }

    /** "Total: €50.00", with a promo code's discount and a gift card's part, and what is left to pay. */
    static String amounts(Texts t, Hold held) {
        String price = held.discount() == 0 ? t.get("hold.total", t.money(held.amount(), held.currency()))
                : t.get("hold.discounted", t.money(held.amount(), held.currency()), held.promoCode(),
                        t.money(held.discount(), held.currency()), t.money(held.amount() - held.discount(), held.currency()));
        return held.giftCardAmount() == 0 ? price : price + "\n" + t.get("hold.giftCardPaid",
                t.money(held.giftCardAmount(), held.currency()), t.money(held.amountDue(), held.currency()));
    }
}
