package io.slotwise.server.dashboard;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.WeeklyTrend;
import io.slotwise.server.system.ReadModel;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code get_weekly_bookings_trend}: bookings made per venue-local day over the last week. */
@Service
@ReadModel("bookings, activity_sessions and activities: revenue and bookings per day of a venue, one query")
public class DashboardService {

    static final int DAYS = 7;

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WeeklyTrend weeklyTrend(UUID venueId) {
        if (venueId == null) {
            throw DomainException.invalid("venueId", "is required");
        }
        VenueInfo venue = venues.get(venueId);
        ZoneId zone = venue.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, int[]> counts = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Long>> revenue = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Long>> paid = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Long>> expected = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, new int[1]);
            revenue.put(day, new TreeMap<>());
            paid.put(day, new TreeMap<>());
            expected.put(day, new TreeMap<>());
        }
        // Bucketing happens here rather than in SQL: the venue's zone (with its DST changes)
        // decides the day, and java.time knows zones on every database.
        jdbc.sql("""
                SELECT b.created_at, b.total_amount, b.currency, b.payment_method, b.refunded_amount, b.gift_card_amount
                FROM bookings b
                JOIN activity_sessions s ON s.id = b.session_id
                JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND b.status = 'CONFIRMED'
                  AND b.created_at >= :from AND b.created_at < :to""")
                .param("venue", venueId)
                .param("from", ts(first.atStartOfDay(zone).toInstant()))
                .param("to", ts(today.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    Instant created = instant(rs, "created_at");
                    LocalDate day = created.atZone(zone).toLocalDate();
                    counts.get(day)[0]++;
                    String currency = rs.getString("currency");
                    long amount = rs.getLong("total_amount");
                    revenue.get(day).merge(currency, amount, Long::sum);
                    // Pay at the venue: expected until the desk records how it was paid, but for a gift card's
                    // part, paid ahead; given away: neither.
                    switch (rs.getString("payment_method")) {
                        case "PAY_AT_VENUE" -> {
                            long giftCard = rs.getLong("gift_card_amount");
                            expected.get(day).merge(currency, amount - giftCard, Long::sum);
                            paid.get(day).merge(currency, giftCard - rs.getLong("refunded_amount"), Long::sum);
                        }
                        case "COMPLIMENTARY" -> { }
                        default -> paid.get(day).merge(currency, amount - rs.getLong("refunded_amount"), Long::sum);
                    }
                });
        List<WeeklyTrend.Day> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new WeeklyTrend.Day(day, count[0], revenue.get(day), paid.get(day), expected.get(day))));
        return new WeeklyTrend(venueId, zone.getId(), days);
    }
}
