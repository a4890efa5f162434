package io.slotwise.server.giftcard;

import io.slotwise.common.api.GiftCard;
import io.slotwise.server.venue.VenueService;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * What a venue owes on its gift cards, for its books: one CSV row per paid card with money left
 * on it (deferred income until it is spent), amounts in the currency's major unit. An expired
 * card's balance is listed as such, so the accountant decides when to release it.
 */
@Component
class GiftCardLiabilities {

    static final String[] HEADER = {"code", "sold_on", "expires_on", "currency", "issued", "balance", "reserved", "state"};

    private final GiftCards cards;
    private final VenueService venues;
    private final Clock clock;

    GiftCardLiabilities(GiftCards cards, VenueService venues, Clock clock) {
        this.cards = cards;
        this.venues = venues;
        this.clock = clock;
    }

    String csv(UUID venueId) {
        ZoneId zone = venues.get(venueId).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (GiftCard card : cards.list(venueId)) {
                if (!card.active() || card.balance() == 0) {
                    continue;
                }
                boolean expired = card.expiresAt() != null && today.isAfter(card.expiresAt());
                csv.printRecord(card.code(), card.createdAt().atZone(zone).toLocalDate(), card.expiresAt() == null ? "" : card.expiresAt(),
                        card.currency(), major(card.initialAmount(), card.currency()), major(card.balance(), card.currency()),
                        major(card.reserved(), card.currency()), expired ? "EXPIRED" : "OPEN");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 2550 EUR as "25.50", 300 JPY as "300", 1250 KWD as "1.250". */
    static String major(long minor, String currency) {
        return BigDecimal.valueOf(minor, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits())).toPlainString();
    }
}
