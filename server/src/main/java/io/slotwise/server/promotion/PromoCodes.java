package io.slotwise.server.promotion;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.PromoCodeChange;
import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.system.Sql;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A venue's promo codes as owners set them up and staff read them, with how often each is used and held. */
@Service
public class PromoCodes {

    static final int MAX_PER_VENUE = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    private static final String COLUMNS = """
            p.id, p.venue_id, p.code, p.percent_off, p.amount_off, p.valid_from, p.valid_to, p.max_uses,
            p.max_uses_per_customer, p.active, p.created_at,
            (SELECT COUNT(*) FROM promo_code_uses u WHERE u.promo_code_id = p.id AND u.status = 'USED') AS used,
            (SELECT COUNT(*) FROM promo_code_uses u WHERE u.promo_code_id = p.id AND u.status = 'HELD') AS held""";

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final ActivityService activities;
    private final Clock clock;

    PromoCodes(JdbcClient jdbc, VenueService venues, ActivityService activities, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.activities = activities;
        this.clock = clock;
    }

    /** "summer-10 " and "SUMMER-10" are one code. */
    static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public List<PromoCode> list(UUID venueId) {
        venues.get(venueId);
        List<PromoCode> codes = jdbc.sql("SELECT " + COLUMNS + " FROM promo_codes p WHERE p.venue_id = :venue ORDER BY p.created_at DESC, p.id")
                .param("venue", venueId).query(PromoCodes::row).list();
        Map<UUID, List<UUID>> scope = scopes(venueId);
        return codes.stream().map(c -> withActivities(c, scope.getOrDefault(c.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public PromoCode get(UUID promoCodeId) {
        PromoCode code = jdbc.sql("SELECT " + COLUMNS + " FROM promo_codes p WHERE p.id = :id").param("id", promoCodeId)
                .query(PromoCodes::row).optional().orElseThrow(() -> DomainException.notFound("Promo code"));
        return withActivities(code, activitiesOf(promoCodeId));
    }

    @Transactional
    public PromoCode create(UUID venueId, PromoCodeRequest request) {
        venues.get(venueId);
        Violations v = new Violations();
        if (request == null) {
            throw DomainException.invalid("code", "must not be empty");
        }
        String code = normalize(request.code());
        if (v.required("code", code) && !CODE.matcher(code).matches()) {
            v.add("code", "must be 3 to 40 letters, digits or dashes");
        }
        if ((request.percentOff() == null) == (request.amountOff() == null)) {
            v.add("percentOff", "give either a percentage or an amount off, not both");
        }
        // Each of these is optional: checked only when given.
        if (request.percentOff() != null) {
            v.between("percentOff", request.percentOff(), 1, 100);
        }
        if (request.amountOff() != null) {
            v.between("amountOff", request.amountOff(), 1, 100_000_000L);
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            v.add("validTo", "must not be before the first valid day");
        }
        if (request.maxUses() != null) {
            v.between("maxUses", request.maxUses(), 1, 1_000_000);
        }
        if (request.maxUsesPerCustomer() != null) {
            v.between("maxUsesPerCustomer", request.maxUsesPerCustomer(), 1, 1_000);
        }
        List<UUID> scope = request.activityIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(request.activityIds()));
        var venueActivities = activities.list(venueId).stream().map(a -> a.id()).toList();
        for (int i = 0; i < scope.size(); i++) {
            UUID activity = scope.get(i);
            if (activity == null || !venueActivities.contains(activity)) {
                v.add("activityIds[" + i + "]", "is not an activity of this venue");
            }
        }
        v.throwIfAny();
        if (jdbc.sql("SELECT COUNT(*) FROM promo_codes WHERE venue_id = :venue").param("venue", venueId).query(Long.class).single()
                >= MAX_PER_VENUE) {
            throw DomainException.invalid("code", "a venue has at most " + MAX_PER_VENUE + " promo codes; switch off old ones");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO promo_codes (id, venue_id, code, percent_off, amount_off, valid_from, valid_to, max_uses,
                                             max_uses_per_customer, active, taken, created_at)
                    VALUES (:id, :venue, :code, :percent, :amount, :from, :to, :max, :perCustomer, TRUE, 0, :now)""")
                    .param("id", id).param("venue", venueId).param("code", code)
                    .param("percent", request.percentOff()).param("amount", request.amountOff())
                    .param("from", request.validFrom()).param("to", request.validTo())
                    .param("max", request.maxUses()).param("perCustomer", request.maxUsesPerCustomer())
                    .param("now", ts(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            if (Sql.violates(e, "promo_codes_venue_code_key")) {
                throw DomainException.invalid("code", "this venue has a code " + code + " already");
            }
            throw e;
        }
        for (UUID activity : scope) {
            jdbc.sql("INSERT INTO promo_code_activities (promo_code_id, activity_id) VALUES (:code, :activity)")
                    .param("code", id).param("activity", activity).update();
        }
        return get(id);
    }

    /** Switches a code off or on; holds and bookings that have it keep their discount. */
    @Transactional
    public PromoCode change(UUID promoCodeId, PromoCodeChange change) {
        get(promoCodeId);
        if (change == null || change.active() == null) {
            throw DomainException.invalid("active", "must be true or false");
        }
        jdbc.sql("UPDATE promo_codes SET active = :active WHERE id = :id").param("active", change.active()).param("id", promoCodeId)
                .update();
        return get(promoCodeId);
    }

    /** The venue of a code, for access checks. */
    UUID venueOf(UUID promoCodeId) {
        return get(promoCodeId).venueId();
    }

    private List<UUID> activitiesOf(UUID promoCodeId) {
        return jdbc.sql("SELECT activity_id FROM promo_code_activities WHERE promo_code_id = :code ORDER BY activity_id")
                .param("code", promoCodeId).query((rs, n) -> uuid(rs, "activity_id")).list();
    }

    private Map<UUID, List<UUID>> scopes(UUID venueId) {
        Map<UUID, List<UUID>> scope = new HashMap<>();
        jdbc.sql("""
                SELECT a.promo_code_id, a.activity_id FROM promo_code_activities a
                JOIN promo_codes p ON p.id = a.promo_code_id WHERE p.venue_id = :venue ORDER BY a.activity_id""")
                .param("venue", venueId)
                .query((rs, n) -> Map.entry(uuid(rs, "promo_code_id"), uuid(rs, "activity_id"))).list()
                .forEach(e -> scope.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return scope;
    }

    private static PromoCode withActivities(PromoCode c, List<UUID> scope) {
        return new PromoCode(c.id(), c.venueId(), c.code(), c.percentOff(), c.amountOff(), c.validFrom(), c.validTo(), List.copyOf(scope),
                c.maxUses(), c.maxUsesPerCustomer(), c.active(), c.uses(), c.held(), c.createdAt());
    }

    private static PromoCode row(ResultSet rs, int n) throws SQLException {
        return new PromoCode(uuid(rs, "id"), uuid(rs, "venue_id"), rs.getString("code"), rs.getObject("percent_off", Integer.class),
                rs.getObject("amount_off", Long.class), localDate(rs, "valid_from"), localDate(rs, "valid_to"), List.of(),
                rs.getObject("max_uses", Integer.class), rs.getObject("max_uses_per_customer", Integer.class), rs.getBoolean("active"),
                rs.getInt("used"), rs.getInt("held"), instant(rs, "created_at"));
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
