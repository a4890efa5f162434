package io.slotwise.server.giftcard;

import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardBalance;
import io.slotwise.common.api.GiftCardDetails;
import io.slotwise.common.api.GiftCardRequest;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.RateLimits;
import io.slotwise.server.security.Role;
import io.slotwise.server.web.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gift cards: the desk sells them and reads them with their ledger, owners export what the venue
 * owes on them, and anyone with a code reads its balance (a few codes a minute per address).
 */
@RestController
@RequestMapping("/api/v1")
class GiftCardController {

    private final GiftCards cards;
    private final GiftCardLedgers ledgers;
    private final GiftCardLiabilities liabilities;
    private final RateLimits limits;

    GiftCardController(GiftCards cards, GiftCardLedgers ledgers, GiftCardLiabilities liabilities, RateLimits limits) {
        this.cards = cards;
        this.ledgers = ledgers;
        this.liabilities = liabilities;
        this.limits = limits;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/gift-cards")
    List<GiftCard> list(@PathVariable UUID venueId) {
        return cards.list(venueId);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/venues/{venueId}/gift-cards")
    @ResponseStatus(HttpStatus.CREATED)
    GiftCard sell(@PathVariable UUID venueId, @RequestBody(required = false) GiftCardRequest request) {
        return cards.sell(venueId, request);
    }

    @Guarded(Role.OWNER)
    @GetMapping(value = "/venues/{venueId}/gift-cards/liabilities.csv", produces = "text/csv")
    ResponseEntity<String> liabilities(@PathVariable UUID venueId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gift-card-liabilities.csv\"")
                .body(liabilities.csv(venueId));
    }

    @Guarded(Role.STAFF)
    @GetMapping("/gift-cards/{giftCardId}")
    GiftCardDetails get(@PathVariable UUID giftCardId) {
        return ledgers.details(giftCardId);
    }

    @GetMapping("/public/gift-cards/{code}")
    GiftCardBalance balance(@PathVariable String code, HttpServletRequest http) {
        // Each code read costs a try of few per minute from one address, found or not: balances cannot be probed.
        limits.spend(RateLimits.Kind.CODE, http.getRemoteAddr()).ifPresent(seconds -> {
            throw new RateLimitedException("Too many codes tried from here; retry in " + seconds + " s", seconds);
        });
        return cards.balance(code);
    }
}
