package io.slotwise.server.payment;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardPurchase;
import io.slotwise.common.api.GiftCardPurchaseRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.giftcard.GiftCards;
import io.slotwise.server.system.Languages;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gift cards bought online: the buyer is sent to the payment provider's page for the card's
 * amount; the provider's notice of the payment issues the card and mails its code. A card whose
 * page closed unpaid stays pending: it was never spendable.
 */
@Service
public class GiftCardSales {

    private static final Logger LOG = LoggerFactory.getLogger(GiftCardSales.class);
    /** How long the buyer has on the payment page. */
    static final Duration PAGE_OPEN = Duration.ofMinutes(30);

    private final GiftCards cards;
    private final VenueService venues;
    private final ActivityService activities;
    private final PaymentGateway gateway;
    private final Clock clock;

    GiftCardSales(GiftCards cards, VenueService venues, ActivityService activities, PaymentGateway gateway, Clock clock) {
        this.cards = cards;
        this.venues = venues;
        this.activities = activities;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Stores the pending card and opens its payment page; {@code returnBase} is where the buyer comes back to. */
    public CheckoutStart start(String embedKey, GiftCardPurchaseRequest request, String returnBase) {
        VenueInfo venue = venues.byEmbedKey(embedKey);
        if (request == null) {
            throw DomainException.invalid("amount", "must not be empty");
        }
        Set<String> currencies = activities.list(venue.id()).stream().filter(ActivityDetails::active).map(ActivityDetails::currency)
                .collect(Collectors.toSet());
        String currency = request.currency() == null ? null : request.currency().trim().toUpperCase(Locale.ROOT);
        String buyer = blankToNull(request.buyerEmail());
        String recipient = blankToNull(request.recipientEmail());
        Violations v = new Violations();
        if (v.required("amount", request.amount())) {
            v.between("amount", request.amount(), 100, GiftCards.MAX_AMOUNT);
        }
        if (v.required("currency", currency) && !currencies.contains(currency)) {
            v.add("currency", "must be the currency this venue sells in");
        }
        if (v.required("buyerEmail", buyer)) {
            v.email("buyerEmail", buyer);
        }
        if (recipient != null) {
            v.email("recipientEmail", recipient);
        }
        v.throwIfAny();
        if (!gateway.available()) {
            throw Payments.unavailable();
        }
        String locale = Languages.supported(request.locale()).orElse(null);
        GiftCard card = cards.pending(new GiftCards.NewCard(venue.id(), request.amount(), currency, null, recipient, buyer,
                PaymentMethod.ONLINE, locale));
        String back = returnBase.replaceAll("/+$", "") + "/embed?widget=giftcard&key=" + embedKey + "&checkout={CHECKOUT_SESSION_ID}";
        PaymentGateway.Checkout page = gateway.createCheckout(PaymentGateway.CheckoutOrder.giftCard(card.id(),
                "Gift card, " + venue.name(), card.initialAmount(), currency, buyer, back, back + "&cancelled=true",
                clock.instant().plus(PAGE_OPEN)));
        cards.checkoutOpened(card.id(), page.id());
        return new CheckoutStart(page.id(), page.url(), clock.instant().plus(PAGE_OPEN));
    }

    /** What the buyer's return page shows: pending until the payment is in, then the card's code. */
    public GiftCardPurchase status(String checkoutId) {
        GiftCard card = cards.byCheckout(checkoutId).orElseThrow(() -> DomainException.notFound("Gift card purchase"));
        return new GiftCardPurchase(card.active() ? "PAID" : "PENDING", card.initialAmount(), card.currency(), card.recipientEmail(),
                card.active() ? card.code() : null, venues.get(card.venueId()).embedKey());
    }

    /**
     * The provider reports the card's payment: the card is issued and mailed. An amount that is
     * not the card's issues nothing and goes back (the same refund for a repeated notice).
     */
    void paid(UUID giftCardId, long amount, String paymentReference) {
        if (!cards.paid(giftCardId, amount)) {
            LOG.warn("Gift card {} was paid {} instead of its amount; refunded, not issued", giftCardId, amount);
            gateway.refund(paymentReference, amount, "refund-gift-card-" + giftCardId);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
