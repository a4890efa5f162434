package io.slotwise.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SessionView;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Session generation stored in the database: daylight-saving nights, idempotence, schedule changes. */
class SessionGenerationTest extends DatabaseTest {

    @Autowired
    SessionGenerator generator;

    @Autowired
    SessionService sessions;

    @Autowired
    ActivityService activities;

    @Autowired
    HoldService holds;

    private static final Schedule NIGHTS = new Schedule(List.of("Saturday", "Sunday"), "00:00", "05:00", 30,
            Map.of(), List.of());

    private ActivityDetails nightActivity(String zone, Schedule schedule) {
        var venue = fixtures.venue(zone);
        var request = fixtures.activityRequest(4, 1, 4, PaymentMode.PAY_AT_VENUE, Fixtures.NO_HOURS);
        ActivityDetails activity = activities.create(venue.id(), request);
        activities.replaceSchedule(activity.id(), schedule);
        return activity;
    }

    @Test
    void springForwardNightSkipsTheMissingStartsAndFallBackNightGeneratesAmbiguousOnesOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Far enough ahead that the 30 days generated on creation do not reach the nights tested.
        clock.set(LocalDate.of(2027, 2, 1).atStartOfDay(berlin).toInstant());
        // 60-minute slots every 30 minutes from 00:00 to 05:00: 9 starts on an ordinary night.
        ActivityDetails activity = nightActivity("Europe/Berlin", NIGHTS);

        GenerationResult spring = generator.generate(activity.id(), LocalDate.of(2027, 3, 27), 2);
        List<SessionView> springSunday = sessions.publicSessions(activity.id(), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28));

        // Sunday 28 March: 02:00 and 02:30 do not exist.
        assertThat(springSunday).extracting(s -> s.startTime().toLocalTime().toString())
                .containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00");
        assertThat(springSunday.get(3).endTime().toLocalTime().toString()).as("01:30 + 60 min crosses the gap").isEqualTo("03:30");
        assertThat(spring.created()).isEqualTo(9 + 7);

        clock.set(LocalDate.of(2027, 9, 1).atStartOfDay(berlin).toInstant());
        generator.generate(activity.id(), LocalDate.of(2027, 10, 31), 1);
        List<SessionView> fallSunday = sessions.publicSessions(activity.id(), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 10, 31));
        // Sunday 31 October: 02:00 and 02:30 happen twice; each is generated once, at +02:00.
        assertThat(fallSunday).hasSize(9);
        assertThat(fallSunday.get(4).startTime().toString()).isEqualTo("2027-10-31T02:00+02:00");
        assertThat(fallSunday.get(5).startTime().toString()).isEqualTo("2027-10-31T02:30+02:00");
        assertThat(fallSunday.get(6).startTime().toString()).isEqualTo("2027-10-31T03:00+01:00");
    }

    @Test
    void generationIsIdempotentInEveryZone() {
        for (String zone : List.of("America/New_York", "Australia/Sydney", "Asia/Kolkata")) {
            clock.set(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.of(zone)).toInstant());
            ActivityDetails activity = nightActivity(zone, NIGHTS);

            GenerationResult first = generator.generate(activity.id(), LocalDate.of(2027, 3, 1), 60);
            GenerationResult second = generator.generate(activity.id(), LocalDate.of(2027, 3, 1), 60);

            assertThat(first.created() + first.existing()).as(zone).isGreaterThan(100);
            assertThat(second.created()).as(zone).isZero();
            assertThat(second.existing()).as(zone).isEqualTo(first.created() + first.existing());
            assertThat(second.removed()).as(zone).isZero();
        }
    }

    @Test
    void aClosedDateRemovesFreeSessionsAndKeepsBookedOnes() {
        ZoneId ny = ZoneId.of("America/New_York");
        clock.set(LocalDate.of(2027, 11, 1).atStartOfDay(ny).toInstant());
        ActivityDetails activity = nightActivity("America/New_York", NIGHTS);
        generator.generate(activity.id(), LocalDate.of(2027, 11, 6), 2);
        List<SessionView> sunday = sessions.publicSessions(activity.id(), LocalDate.of(2027, 11, 7), LocalDate.of(2027, 11, 7));
        holds.hold(new HoldRequest(sunday.get(0).id(), 2, "night@example.com"), null);

        activities.replaceSchedule(activity.id(), new Schedule(NIGHTS.operatingDays(), "00:00", "05:00", 30, Map.of(),
                List.of("2027-11-07")));
        GenerationResult result = generator.generate(activity.id(), LocalDate.of(2027, 11, 6), 2);

        assertThat(result.keptWithReservations()).isEqualTo(1);
        assertThat(result.kept().get(0).sessionId()).isEqualTo(sunday.get(0).id());
        assertThat(result.kept().get(0).heldSeats()).isEqualTo(2);
        assertThat(sessions.publicSessions(activity.id(), LocalDate.of(2027, 11, 7), LocalDate.of(2027, 11, 7)))
                .extracting(SessionView::id).containsExactly(sunday.get(0).id());
        fixtures.assertCapacityInvariant();
    }
}
