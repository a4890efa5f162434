package io.slotwise.server.promotion;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How promoCodeIds resolve to their venue (access checks) and how a code looks in the audit log. */
@Component
class PromoCodeVenues extends VenueLookup implements AuditSnapshots {

    private final PromoCodes codes;

    PromoCodeVenues(PromoCodes codes) {
        super("promoCodeId", codes::venueOf);
        this.codes = codes;
    }

    @Override
    public Object snapshot(UUID id) {
        return codes.get(id);
    }
}
