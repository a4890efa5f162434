package io.slotwise.server.reservation;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.DeskHold;
import io.slotwise.server.system.ReadModel;
import io.slotwise.server.venue.VenueService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The front desk's queue: holds a kiosk customer sent there, with what they are for. */
@Component
@ReadModel("activity_sessions and activities: each waiting hold shows its activity's name and start time")
class DeskQueue {

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Clock clock;

    DeskQueue(JdbcClient jdbc, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    /** The venue's holds waiting at the desk and still live, the longest-waiting first. */
    @Transactional(readOnly = true)
    public List<DeskHold> waiting(UUID venueId) {
        ZoneId zone = venues.get(venueId).zone();
        return jdbc.sql("""
                SELECT r.id, r.session_id, s.activity_id, a.name AS activity_name, s.start_time, r.party_size, r.email,
                       r.customer_name, r.amount, r.currency, r.expires_at, r.at_desk_since,
                       r.amount - r.discount - r.gift_card_amount AS amount_due
                FROM slot_reservations r
                JOIN activity_sessions s ON s.id = r.session_id
                JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND r.status = 'HELD' AND r.at_desk_since IS NOT NULL AND r.expires_at > :now
                ORDER BY r.at_desk_since, r.id""")
                .param("venue", venueId)
                .param("now", ts(clock.instant()))
                .query((rs, row) -> new DeskHold(uuid(rs, "id"), uuid(rs, "session_id"), uuid(rs, "activity_id"),
                        rs.getString("activity_name"), instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                        rs.getInt("party_size"), rs.getString("email"), rs.getString("customer_name"), rs.getLong("amount"),
                        rs.getString("currency"), instant(rs, "expires_at"), instant(rs, "at_desk_since"), rs.getLong("amount_due")))
                .list();
    }
}
