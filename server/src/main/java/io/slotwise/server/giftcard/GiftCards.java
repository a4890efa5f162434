package io.slotwise.server.giftcard;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardBalance;
import io.slotwise.common.api.GiftCardRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A venue's gift cards: sold at the desk, read by staff with their ledger, and by their holders by code. */
@Service
public class GiftCards {

    public static final long MAX_AMOUNT = 10_000_000L;
    static final String COLUMNS = """
            id, code, venue_id, initial_amount, balance, reserved, currency, expires_on, recipient_email, payment_method,
            status, created_at""";

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    GiftCards(JdbcClient jdbc, VenueService venues, Ledger ledger, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.venues = venues;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Sells a card at the desk, paid in cash or by card there: it can be spent at once. Its code is
     * drawn at random; the rare clash with an existing code draws again.
     */
    @Transactional
    public GiftCard sell(UUID venueId, GiftCardRequest request) {
        VenueInfo venue = venues.get(venueId);
        if (request == null) {
            throw DomainException.invalid("amount", "must not be empty");
        }
        PaymentMethod method = request.paymentMethod() == null ? PaymentMethod.CASH : request.paymentMethod();
        String currency = request.currency() == null ? null : request.currency().trim().toUpperCase(Locale.ROOT);
        String recipient = request.recipientEmail() == null || request.recipientEmail().isBlank() ? null : request.recipientEmail().trim();
        Violations v = new Violations();
        if (v.required("amount", request.amount())) {
            v.between("amount", request.amount(), 1, MAX_AMOUNT);
        }
        if (v.required("currency", currency) && !isCurrency(currency)) {
            v.add("currency", "must be an ISO 4217 currency code such as EUR");
        }
        if (request.expiresAt() != null && request.expiresAt().isBefore(LocalDate.now(clock.withZone(venue.zone())))) {
            v.add("expiresAt", "must not be in the past");
        }
        if (recipient != null) {
            v.email("recipientEmail", recipient);
        }
        if (method != PaymentMethod.CASH && method != PaymentMethod.CARD) {
            v.add("paymentMethod", "a gift card is sold at the desk for CASH or by CARD");
        }
        v.throwIfAny();
        UUID id = insert(new NewCard(venueId, request.amount(), currency, request.expiresAt(), recipient, null, method, null));
        issued(id);
        return get(id);
    }

    /** A card about to be stored; {@code buyer} and {@code locale} only for one bought online. */
    public record NewCard(UUID venueId, long amount, String currency, LocalDate expiresOn, String recipient, String buyer,
            PaymentMethod method, String locale) {
    }

    /**
     * Stores a card bought online, before its payment: it cannot be spent, and nothing is on it,
     * until {@link #paid} issues it. Its amount and currency are checked by the caller.
     */
    @Transactional
    public GiftCard pending(NewCard card) {
        return get(insert(card));
    }

    /** Notes the payment page a pending card's buyer was sent to. */
    public void checkoutOpened(UUID giftCardId, String checkoutId) {
        jdbc.sql("UPDATE gift_cards SET checkout_id = :checkout WHERE id = :id").param("checkout", checkoutId).param("id", giftCardId)
                .update();
    }

    /** The card bought through a payment page, if any. */
    public Optional<GiftCard> byCheckout(String checkoutId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM gift_cards WHERE checkout_id = :checkout").param("checkout", checkoutId)
                .query(GiftCards::row).optional();
    }

    /**
     * The payment for a card bought online arrived: the card is issued (its balance and ledger
     * line) and mailed. Safe to repeat: a card issued before stays as it is. False if
     * {@code amountPaid} is not the card's amount: nothing is issued, the caller refunds.
     */
    @Transactional
    public boolean paid(UUID giftCardId, long amountPaid) {
        GiftCard card = get(giftCardId);
        if (card.active()) {
            return true;
        }
        if (amountPaid != card.initialAmount()) {
            return false;
        }
        int issued = jdbc.sql("UPDATE gift_cards SET status = 'ACTIVE', balance = initial_amount WHERE id = :id AND status = 'PENDING'")
                .param("id", giftCardId).update();
        if (issued == 1) {
            issued(giftCardId);
        }
        return true;
    }

    /** A card can be spent from now on: its ledger's first line, and its mail if it has an address. */
    private void issued(UUID id) {
        record Issued(UUID venueId, long amount, String recipient, String buyer, String locale) {
        }
        Issued card = jdbc.sql("SELECT venue_id, initial_amount, recipient_email, buyer_email, locale FROM gift_cards WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Issued(uuid(rs, "venue_id"), rs.getLong("initial_amount"), rs.getString("recipient_email"),
                        rs.getString("buyer_email"), rs.getString("locale")))
                .single();
        ledger.write(id, Ledger.Kind.ISSUED, card.amount(), null, clock.instant());
        String to = card.recipient() != null ? card.recipient() : card.buyer();
        if (to != null) {
            publisher.publishEvent(new GiftCardIssued(id, card.venueId(), to, card.locale()));
        }
    }

    /** Inserts a card under a fresh code; the rare clash with an existing code draws again. */
    private UUID insert(NewCard card) {
        for (int attempt = 1; ; attempt++) {
            UUID id = UUID.randomUUID();
            boolean paid = card.method() != PaymentMethod.ONLINE;
            try {
                jdbc.sql("""
                        INSERT INTO gift_cards (id, venue_id, code, currency, initial_amount, balance, reserved, expires_on,
                                                recipient_email, buyer_email, payment_method, status, locale, created_at)
                        VALUES (:id, :venue, :code, :currency, :amount, :balance, 0, :expires, :recipient, :buyer, :method, :status,
                                :locale, :now)""")
                        .param("id", id).param("venue", card.venueId()).param("code", GiftCardCodes.next())
                        .param("currency", card.currency()).param("amount", card.amount()).param("balance", paid ? card.amount() : 0)
                        .param("expires", card.expiresOn()).param("recipient", card.recipient()).param("buyer", card.buyer())
                        .param("method", card.method().name()).param("status", paid ? "ACTIVE" : "PENDING")
                        .param("locale", card.locale()).param("now", ts(clock.instant()))
                        .update();
                return id;
            } catch (DuplicateKeyException clash) {
                if (attempt == 3) {
                    throw clash;
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<GiftCard> list(UUID venueId) {
        venues.get(venueId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM gift_cards WHERE venue_id = :venue ORDER BY created_at DESC, id")
                .param("venue", venueId).query(GiftCards::row).list();
    }

    public GiftCard get(UUID giftCardId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM gift_cards WHERE id = :id").param("id", giftCardId)
                .query(GiftCards::row).optional().orElseThrow(() -> DomainException.notFound("Gift card"));
    }

    /** What its holder may read of a card by its code: {@code NOT_FOUND} for a code that is no (paid) card. */
    @Transactional(readOnly = true)
    public GiftCardBalance balance(String typedCode) {
        String code = GiftCardCodes.normalize(typedCode);
        GiftCard card = code == null ? null : jdbc.sql("SELECT " + COLUMNS + " FROM gift_cards WHERE code = :code AND status = 'ACTIVE'")
                .param("code", code).query(GiftCards::row).optional().orElse(null);
        if (card == null) {
            throw DomainException.notFound("Gift card");
        }
        LocalDate today = LocalDate.now(clock.withZone(venues.get(card.venueId()).zone()));
        boolean expired = card.expiresAt() != null && today.isAfter(card.expiresAt());
        return new GiftCardBalance(card.code(), card.balance(), expired ? 0 : card.balance() - card.reserved(), card.currency(),
                card.expiresAt(), expired);
    }

    public UUID venueOf(UUID giftCardId) {
        return get(giftCardId).venueId();
    }

    /** Whether {@code code} is an ISO 4217 currency. */
    public static boolean isCurrencyCode(String code) {
        return code != null && isCurrency(code);
    }

    /** A refusal of a typed code that names no card. */
    static DomainException unknown() {
        return new DomainException(ErrorCode.GIFT_CARD_UNKNOWN, "There is no gift card with this code; please check how it is written");
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static GiftCard row(ResultSet rs, int n) throws SQLException {
        var expires = rs.getObject("expires_on", LocalDate.class);
        return new GiftCard(uuid(rs, "id"), rs.getString("code"), uuid(rs, "venue_id"), rs.getLong("initial_amount"),
                rs.getLong("balance"), rs.getLong("reserved"), rs.getString("currency"), expires, rs.getString("recipient_email"),
                PaymentMethod.valueOf(rs.getString("payment_method")), rs.getString("status").equals("ACTIVE"),
                instant(rs, "created_at"));
    }
}
