package io.slotwise.server.kiosk;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.IssuedKioskDevice;
import io.slotwise.common.api.KioskDevice;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk devices of a venue. A device proves itself with a secret token that is shown once, when
 * it is registered; only the token's hash is kept.
 */
@Service
public class KioskDeviceService {

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Clock clock;

    KioskDeviceService(JdbcClient jdbc, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    @Transactional
    public IssuedKioskDevice register(UUID venueId, KioskDeviceRequest request) {
        return register(venueId, request, "kiosk_" + Secrets.random(32));
    }

    /** Registers a device with a given token (demo mode prints a fixed one). */
    @Transactional
    public IssuedKioskDevice register(UUID venueId, KioskDeviceRequest request, String token) {
        venues.get(venueId);
        Violations v = new Violations();
        if (v.required("name", request == null ? null : request.name())) {
            v.maxLength("name", request.name(), 200);
        }
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO kiosk_devices (id, venue_id, name, token_hash, created_at)
                VALUES (:id, :venue, :name, :hash, :now)""")
                .param("id", id)
                .param("venue", venueId)
                .param("name", request.name().trim())
                .param("hash", Secrets.sha256(token))
                .param("now", ts(clock.instant()))
                .update();
        return new IssuedKioskDevice(id, request.name().trim(), token);
    }

    @Transactional(readOnly = true)
    public List<KioskDevice> list(UUID venueId) {
        venues.get(venueId);
        return jdbc.sql("SELECT id, venue_id, name, created_at, revoked_at FROM kiosk_devices WHERE venue_id = :venue ORDER BY created_at")
                .param("venue", venueId)
                .query((rs, n) -> new KioskDevice(uuid(rs, "id"), uuid(rs, "venue_id"), rs.getString("name"),
                        instant(rs, "created_at"), instant(rs, "revoked_at")))
                .list();
    }

    /** The device a kiosk token belongs to, if the token is known and not revoked. */
    @Transactional(readOnly = true)
    public java.util.Optional<KioskDevice> authenticate(String token) {
        return jdbc.sql("""
                SELECT id, venue_id, name, created_at, revoked_at FROM kiosk_devices
                WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", Secrets.sha256(token))
                .query((rs, n) -> new KioskDevice(uuid(rs, "id"), uuid(rs, "venue_id"), rs.getString("name"),
                        instant(rs, "created_at"), instant(rs, "revoked_at")))
                .optional();
    }

    /** The venue of a device, for authorization checks. */
    @Transactional(readOnly = true)
    public UUID venueOf(UUID deviceId) {
        return jdbc.sql("SELECT venue_id FROM kiosk_devices WHERE id = :id").param("id", deviceId)
                .query(UUID.class).optional()
                .orElseThrow(() -> DomainException.notFound("Kiosk device"));
    }

    /** Revokes a device: its token stops working. Revoking twice keeps the first time. */
    @Transactional
    public void revoke(UUID deviceId) {
        int found = jdbc.sql("UPDATE kiosk_devices SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id")
                .param("now", ts(clock.instant()))
                .param("id", deviceId)
                .update();
        if (found == 0) {
            throw DomainException.notFound("Kiosk device");
        }
    }
}
