package io.slotwise.server.booking;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.Customer;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.system.ReadModel;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DateRange;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings as staff and customers read them: each with its customer, its session's time and its
 * venue's zone, found by id, hold, payment, search or date.
 */
@Component
@ReadModel("activity_sessions, activities and venues: a booking shows its session's time in its venue's zone, "
        + "and a search of hundreds of bookings stays one query")
public class BookingViews {

    static final int SEARCH_LIMIT = 200;
    static final int MAX_UPCOMING = 100;

    private static final String VIEW = """
            SELECT b.id, b.booking_number, b.reservation_id, b.session_id, s.activity_id, a.name AS activity_name,
                   a.venue_id, v.timezone, s.start_time, s.end_time, b.party_size, b.total_amount, b.currency,
                   b.status, b.payment_method, c.id AS customer_id, c.email, c.name AS customer_name, c.phone,
                   b.created_at, b.checked_in_at, b.cancelled_at, b.no_show_at, b.payment_status, b.refunded_amount, b.tickets,
                   b.discount, b.gift_card_amount
            FROM bookings b
            JOIN customers c ON c.id = b.customer_id
            JOIN activity_sessions s ON s.id = b.session_id
            JOIN activities a ON a.id = s.activity_id
            JOIN venues v ON v.id = a.venue_id
            """;

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Clock clock;

    BookingViews(JdbcClient jdbc, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Booking get(UUID bookingId) {
        return jdbc.sql(VIEW + "WHERE b.id = :id").param("id", bookingId)
                .query(BookingViews::booking).optional()
                .orElseThrow(() -> DomainException.notFound("Booking"));
    }

    @Transactional(readOnly = true)
    List<Booking> confirmedStartingBetween(java.time.Instant from, java.time.Instant to) {
        return jdbc.sql(VIEW + "WHERE b.status = 'CONFIRMED' AND s.start_time >= :from AND s.start_time < :to ORDER BY s.start_time")
                .param("from", ts(from)).param("to", ts(to))
                .query(BookingViews::booking).list();
    }

    @Transactional(readOnly = true)
    Optional<Booking> byNumber(String bookingNumber) {
        if (bookingNumber == null || bookingNumber.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql(VIEW + "WHERE b.booking_number = :number").param("number", bookingNumber)
                .query(BookingViews::booking).optional();
    }

    /** The booking paid with this provider reference, if any. */
    @Transactional(readOnly = true)
    public Optional<Booking> byPaymentReference(String reference) {
        return jdbc.sql(VIEW + "WHERE b.payment_reference = :ref").param("ref", reference)
                .query(BookingViews::booking).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Booking> forReservation(UUID reservationId) {
        return jdbc.sql(VIEW + "WHERE b.reservation_id = :id").param("id", reservationId)
                .query(BookingViews::booking).optional();
    }

    /**
     * Bookings of a venue whose sessions start within the venue-local dates, matching {@code q}
     * (booking number, customer email, name or phone). With {@code q} and no dates, all dates
     * are searched; with neither, the coming week.
     */
    @Transactional(readOnly = true)
    public List<Booking> search(UUID venueId, LocalDate from, LocalDate to, String q) {
        VenueInfo venue = venues.get(venueId);
        ZoneId zone = venue.zone();
        Violations v = new Violations();
        v.maxLength("q", q, 200);
        v.throwIfAny();
        boolean hasQuery = q != null && !q.isBlank();
        StringBuilder sql = new StringBuilder(VIEW).append("WHERE a.venue_id = :venue");
        DateRange range = null;
        if (from != null || to != null || !hasQuery) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            range = DateRange.of(from != null || to != null ? from : today, from != null || to != null ? to : today.plusDays(6));
            sql.append(" AND s.start_time >= :from AND s.start_time < :to");
        }
        if (hasQuery) {
            sql.append(" ").append("""
                    AND (LOWER(b.booking_number) LIKE :q ESCAPE '\\' OR LOWER(c.email) LIKE :q ESCAPE '\\'
                          OR LOWER(c.name) LIKE :q ESCAPE '\\' OR c.phone LIKE :q ESCAPE '\\')""");
        }
        sql.append(" ORDER BY s.start_time, b.created_at LIMIT ").append(SEARCH_LIMIT);
        var statement = jdbc.sql(sql.toString()).param("venue", venueId);
        if (range != null) {
            statement = statement.param("from", ts(range.start(zone))).param("to", ts(range.endExclusive(zone)));
        }
        if (hasQuery) {
            statement = statement.param("q", "%" + likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return statement.query(BookingViews::booking).list();
    }

    /**
     * {@code get_upcoming_bookings}: confirmed bookings of sessions not started yet, soonest first,
     * of one venue or of every venue of the given organizations.
     */
    @Transactional(readOnly = true)
    public List<Booking> upcoming(Integer limit, UUID venueId, java.util.Collection<UUID> organizationIds) {
        int max = limit == null ? 10 : limit;
        Violations v = new Violations();
        v.between("limit", max, 1, MAX_UPCOMING);
        v.throwIfAny();
        if (venueId != null) {
            venues.get(venueId);
        } else if (organizationIds.isEmpty()) {
            return List.of();
        }
        String sql = VIEW + "WHERE b.status = 'CONFIRMED' AND s.start_time >= :now"
                + (venueId == null ? " AND v.organization_id IN (:organizations)" : " AND a.venue_id = :venue")
                + " ORDER BY s.start_time, b.created_at LIMIT " + max;
        var statement = jdbc.sql(sql).param("now", ts(clock.instant()));
        statement = venueId != null
                ? statement.param("venue", venueId)
                : statement.param("organizations", List.copyOf(organizationIds));
        return statement.query(BookingViews::booking).list();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("timezone"));
        return new Booking(uuid(rs, "id"), rs.getString("booking_number"), uuid(rs, "reservation_id"),
                uuid(rs, "session_id"), uuid(rs, "activity_id"), rs.getString("activity_name"), uuid(rs, "venue_id"),
                instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                instant(rs, "end_time").atZone(zone).toOffsetDateTime(),
                rs.getInt("party_size"), rs.getLong("total_amount"), rs.getString("currency"),
                BookingStatus.valueOf(rs.getString("status")), PaymentMethod.valueOf(rs.getString("payment_method")),
                new Customer(uuid(rs, "customer_id"), rs.getString("email"), rs.getString("customer_name"),
                        rs.getString("phone")),
                instant(rs, "created_at"), instant(rs, "checked_in_at"), instant(rs, "cancelled_at"),
                instant(rs, "no_show_at"), PaymentStatus.valueOf(rs.getString("payment_status")), rs.getLong("refunded_amount"),
                TicketText.read(rs.getString("tickets")), rs.getLong("total_amount") + rs.getLong("discount"), rs.getLong("discount"),
                rs.getLong("gift_card_amount"), rs.getLong("total_amount") - rs.getLong("gift_card_amount"));
    }
}
