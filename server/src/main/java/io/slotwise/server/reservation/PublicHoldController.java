package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.GiftCardCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.slotwise.server.booking.ManageTokens;
import io.slotwise.server.security.VenueCallers;
import java.util.UUID;
import io.slotwise.server.security.RateLimits;
import io.slotwise.server.web.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public hold API: anyone may hold seats; only the token's holder may touch the hold. A
 * missing token is answered like a wrong one (404), so holds cannot be probed.
 */
@RestController
@RequestMapping("/api/v1/public/reservations")
class PublicHoldController {

    static final String HOLD_TOKEN = "X-Hold-Token";

    private final HoldService holds;
    private final VenueCallers venueCallers;
    private final ManageTokens manageTokens;
    private final RateLimits limits;
    private final HoldGiftCards giftCards;

    PublicHoldController(HoldService holds, VenueCallers venueCallers, ManageTokens manageTokens, RateLimits limits,
            HoldGiftCards giftCards) {
        this.giftCards = giftCards;
        this.limits = limits;
        this.holds = holds;
        this.venueCallers = venueCallers;
        this.manageTokens = manageTokens;
    }

    /**
     * The booking as its holder gets it: with the secret of its manage link
     * ({@code /manage?booking=<bookingNumber>&token=<manageToken>}), as the confirmation mail has it.
     */
    record HolderBooking(@JsonUnwrapped Booking booking, String manageToken) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Hold hold(@RequestBody HoldRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest http) {
        if (request != null && request.promoCode() != null && !request.promoCode().isBlank()) {
            spendCodeTry(http);
        }
        // The public can only pay a prepaid activity online; the venue's desk and kiosk take money in person.
        return holds.hold(request, idempotencyKey, (venue, organization) -> venueCallers.isVenue(authorization, venue, organization));
    }

    /** A gift card pays what it can of what is left to pay for the hold. */
    @PostMapping("/{holdId}/gift-card")
    Hold applyGiftCard(@PathVariable UUID holdId, @RequestHeader(name = HOLD_TOKEN, required = false) String holdToken,
            @RequestBody(required = false) GiftCardCode card, HttpServletRequest http) {
        spendCodeTry(http);
        return giftCards.apply(holdId, holdToken, card == null ? null : card.code());
    }

    /** A code costs a try of few per minute from one address, right or wrong: codes cannot be found by guessing. */
    private void spendCodeTry(HttpServletRequest http) {
        limits.spend(RateLimits.Kind.CODE, http.getRemoteAddr()).ifPresent(seconds -> {
            throw new RateLimitedException("Too many codes tried from here; retry in " + seconds + " s", seconds);
        });
    }

    @GetMapping("/{holdId}")
    Hold read(@PathVariable UUID holdId, @RequestHeader(name = HOLD_TOKEN, required = false) String holdToken) {
        return holds.read(holdId, holdToken);
    }

    @DeleteMapping("/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable UUID holdId, @RequestHeader(name = HOLD_TOKEN, required = false) String holdToken) {
        holds.release(holdId, holdToken);
    }

    @PostMapping("/{holdId}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    HolderBooking confirm(@PathVariable UUID holdId, @RequestHeader(name = HOLD_TOKEN, required = false) String holdToken,
            @RequestBody ConfirmRequest request) {
        Booking booking = holds.confirmByHolder(holdId, holdToken, request);
        return new HolderBooking(booking, manageTokens.tokenFor(booking.id()));
    }
}
