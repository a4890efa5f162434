package io.slotwise.server.promotion;

import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.PromoCodeChange;
import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A venue's promo codes: staff read them (and tell callers about them), owners make and switch them. */
@RestController
@RequestMapping("/api/v1")
class PromoCodeController {

    private final PromoCodes codes;

    PromoCodeController(PromoCodes codes) {
        this.codes = codes;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/promo-codes")
    List<PromoCode> list(@PathVariable UUID venueId) {
        return codes.list(venueId);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/promo-codes")
    @ResponseStatus(HttpStatus.CREATED)
    PromoCode create(@PathVariable UUID venueId, @RequestBody(required = false) PromoCodeRequest request) {
        return codes.create(venueId, request);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/promo-codes/{promoCodeId}")
    PromoCode get(@PathVariable UUID promoCodeId) {
        return codes.get(promoCodeId);
    }

    @Guarded(Role.OWNER)
    @PatchMapping("/promo-codes/{promoCodeId}")
    PromoCode change(@PathVariable UUID promoCodeId, @RequestBody(required = false) PromoCodeChange change) {
        return codes.change(promoCodeId, change);
    }
}
