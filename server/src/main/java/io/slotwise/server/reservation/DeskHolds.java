package io.slotwise.server.reservation;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PayAtDeskRequest;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds waiting at the front desk: a kiosk customer chose "pay at the front desk", and the hold
 * waits there under their name until staff take the money and confirm it (or it runs out). The
 * admin app lists them and confirms one with a single action.
 */
@Service
public class DeskHolds {

    private final JdbcClient jdbc;
    private final HoldStore holds;
    private final HoldService holdService;
    private final VenueEvents events;
    private final Clock clock;

    DeskHolds(JdbcClient jdbc, HoldStore holds, HoldService holdService, VenueEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.holdService = holdService;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a live hold to the desk under the customer's name; sending it again only updates the name. */
    @Transactional
    public Hold sendToDesk(UUID holdId, PayAtDeskRequest request) {
        Violations v = new Violations();
        String name = request == null ? null : request.customerName();
        if (v.required("customerName", name == null || name.isBlank() ? null : name)) {
            v.maxLength("customerName", name.trim(), 200);
        }
        v.throwIfAny();
        Instant now = clock.instant();
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        int sent = jdbc.sql("""
                UPDATE slot_reservations SET at_desk_since = COALESCE(at_desk_since, :now), customer_name = :name
                WHERE id = :id AND status = 'HELD' AND expires_at > :now""")
                .param("now", ts(now))
                .param("name", name.trim())
                .param("id", holdId)
                .update();
        if (sent == 0) {
            HoldStatus status = hold.effectiveStatus(now);
            throw status == HoldStatus.EXPIRED
                    ? new DomainException(ErrorCode.HOLD_EXPIRED, "The hold has expired")
                    : new DomainException(ErrorCode.HOLD_NOT_ACTIVE, "The hold is " + status.name().toLowerCase());
        }
        // The desk's list follows hold events: this one tells it a customer is on the way.
        events.holdChanged(holdService.venueOf(holdId),
                new VenueEvent.HoldChanged(holdId, hold.sessionId(), hold.partySize(), HoldStatus.HELD));
        return holdService.staffView(holdId);
    }
}
