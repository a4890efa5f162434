package io.slotwise.server.schedule;

import static io.slotwise.server.schedule.TestSchedules.everyDay;
import static io.slotwise.server.schedule.TestSchedules.localStarts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nights in 2027 around daylight-saving changes. Each case states the transition it expects and
 * first checks it against the JDK's zone rules, so an outdated assumption fails loudly instead of
 * silently testing an ordinary night.
 */
class ScheduleExpanderDaylightSavingTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final ActivitySchedule NIGHT = everyDay("00:00", "05:00", 30);

    private static final String[] ALL_HALF_HOURS = {
        "00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30", "04:00", "04:30"};

    enum Kind { GAP, OVERLAP, NONE }

    /**
     * @param zone            zone under test
     * @param date            local date of the night
     * @param kind            expected transition on that date
     * @param transitionLocal wall-clock time at which the clocks change (before the change)
     * @param offsetBefore    offset before the change
     * @param offsetAfter     offset after the change
     * @param affected        wall-clock candidates in the gap (skipped) or overlap (ambiguous)
     */
    record Night(String zone, String date, Kind kind, String transitionLocal, String offsetBefore,
                 String offsetAfter, List<String> affected) {

        ZoneId zoneId() {
            return ZoneId.of(zone);
        }

        LocalDate localDate() {
            return LocalDate.parse(date);
        }

        List<String> expectedLocalStarts() {
            return Arrays.stream(ALL_HALF_HOURS)
                    .filter(t -> kind != Kind.GAP || !affected.contains(t))
                    .map(t -> date + "T" + t)
                    .toList();
        }

        @Override
        public String toString() {
            return zone + " " + date + " " + kind;
        }
    }

    static Stream<Night> nights() {
        return Stream.of(
                new Night("Europe/Berlin", "2027-03-28", Kind.GAP, "02:00", "+01:00", "+02:00", List.of("02:00", "02:30")),
                new Night("Europe/Berlin", "2027-10-31", Kind.OVERLAP, "03:00", "+02:00", "+01:00", List.of("02:00", "02:30")),
                new Night("America/New_York", "2027-03-14", Kind.GAP, "02:00", "-05:00", "-04:00", List.of("02:00", "02:30")),
                new Night("America/New_York", "2027-11-07", Kind.OVERLAP, "02:00", "-04:00", "-05:00", List.of("01:00", "01:30")),
                new Night("Australia/Sydney", "2027-04-04", Kind.OVERLAP, "03:00", "+11:00", "+10:00", List.of("02:00", "02:30")),
                new Night("Australia/Sydney", "2027-10-03", Kind.GAP, "02:00", "+10:00", "+11:00", List.of("02:00", "02:30")),
                // Half-hour base offset that also observes daylight saving.
                new Night("America/St_Johns", "2027-03-14", Kind.GAP, "02:00", "-03:30", "-02:30", List.of("02:00", "02:30")),
                new Night("America/St_Johns", "2027-11-07", Kind.OVERLAP, "02:00", "-02:30", "-03:30", List.of("01:00", "01:30")),
                // Controls: no daylight saving at all, one of them with a half-hour offset.
                new Night("Asia/Tokyo", "2027-03-28", Kind.NONE, null, "+09:00", "+09:00", List.of()),
                new Night("Asia/Kolkata", "2027-10-31", Kind.NONE, null, "+05:30", "+05:30", List.of()));
    }

    private static List<SlotTime> expandNight(Night night) {
        return ScheduleExpander.expand(NIGHT, night.zoneId(), HALF_HOUR, night.localDate(), night.localDate().plusDays(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void theZoneRulesHaveTheTransitionTheCaseAssumes(Night night) {
        ZoneId zone = night.zoneId();
        Instant dayBefore = night.localDate().minusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = zone.getRules().nextTransition(dayBefore);

        if (night.kind() == Kind.NONE) {
            assertThat(next).isNull();
            assertThat(zone.getRules().getOffset(dayBefore)).isEqualTo(ZoneOffset.of(night.offsetBefore()));
            return;
        }
        assertThat(next.getDateTimeBefore())
                .isEqualTo(LocalDateTime.of(night.localDate(), LocalTime.parse(night.transitionLocal())));
        assertThat(next.isGap()).isEqualTo(night.kind() == Kind.GAP);
        assertThat(next.getOffsetBefore()).isEqualTo(ZoneOffset.of(night.offsetBefore()));
        assertThat(next.getOffsetAfter()).isEqualTo(ZoneOffset.of(night.offsetAfter()));
        assertThat(next.getDuration().abs()).isEqualTo(Duration.ofHours(1));
        for (String affected : night.affected()) {
            LocalDateTime candidate = LocalDateTime.of(night.localDate(), LocalTime.parse(affected));
            assertThat(zone.getRules().getValidOffsets(candidate)).hasSize(night.kind() == Kind.GAP ? 0 : 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void eachValidWallClockStartAppearsExactlyOnceAndGapStartsAreSkipped(Night night) {
        List<SlotTime> slots = expandNight(night);

        assertThat(localStarts(slots, night.zoneId())).containsExactlyElementsOf(night.expectedLocalStarts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void theNightHasTheExactSlotCount(Night night) {
        int expected = switch (night.kind()) {
            case GAP -> 8;
            case OVERLAP, NONE -> 10;
        };

        assertThat(expandNight(night)).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void ambiguousStartsUseTheEarlierInstant(Night night) {
        ZoneId zone = night.zoneId();
        List<SlotTime> slots = expandNight(night);
        List<Instant> starts = slots.stream().map(SlotTime::start).toList();

        for (String affected : night.kind() == Kind.OVERLAP ? night.affected() : List.<String>of()) {
            LocalDateTime local = LocalDateTime.of(night.localDate(), LocalTime.parse(affected));
            Instant earlier = local.toInstant(ZoneOffset.of(night.offsetBefore()));
            Instant later = local.toInstant(ZoneOffset.of(night.offsetAfter()));

            assertThat(earlier).isBefore(later);
            assertThat(starts).contains(earlier).doesNotContain(later);
        }
        assertThat(slots).allSatisfy(s -> {
            LocalDateTime local = s.start().atZone(zone).toLocalDateTime();
            Instant earliest = zone.getRules().getValidOffsets(local).stream()
                    .map(local::toInstant).min(Instant::compareTo).orElseThrow();
            assertThat(s.start()).isEqualTo(earliest);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void everySlotLastsExactlyItsDurationAndStartsStrictlyIncrease(Night night) {
        List<SlotTime> slots = expandNight(night);

        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).isEqualTo(HALF_HOUR));
        assertThat(IntStream.range(1, slots.size()))
                .allSatisfy(i -> assertThat(slots.get(i).start()).isAfter(slots.get(i - 1).start()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void theLastSlotEndsAtTheWindowEnd(Night night) {
        List<SlotTime> slots = expandNight(night);
        Instant windowEnd = night.localDate().atTime(5, 0).atZone(night.zoneId()).toInstant();

        assertThat(slots.get(slots.size() - 1).end()).isEqualTo(windowEnd);
    }

    @Nested
    class BerlinInstants {

        private final ZoneId berlin = ZoneId.of("Europe/Berlin");

        @Test
        void springForwardNightSkipsTwoAndTwoThirtyAndLeavesNoHoleInRealTime() {
            List<SlotTime> slots = ScheduleExpander.expand(NIGHT, berlin, HALF_HOUR,
                    LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29));

            assertThat(slots).extracting(s -> s.start().toString()).containsExactly(
                    "2027-03-27T23:00:00Z", "2027-03-27T23:30:00Z", "2027-03-28T00:00:00Z", "2027-03-28T00:30:00Z",
                    "2027-03-28T01:00:00Z", "2027-03-28T01:30:00Z", "2027-03-28T02:00:00Z", "2027-03-28T02:30:00Z");
        }

        @Test
        void fallBackNightUsesTheRepeatedHourOnceAndLeavesItsSecondPassEmpty() {
            List<SlotTime> slots = ScheduleExpander.expand(NIGHT, berlin, HALF_HOUR,
                    LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1));

            assertThat(slots).extracting(s -> s.start().toString()).containsExactly(
                    "2027-10-30T22:00:00Z", "2027-10-30T22:30:00Z", "2027-10-30T23:00:00Z", "2027-10-30T23:30:00Z",
                    "2027-10-31T00:00:00Z", "2027-10-31T00:30:00Z",
                    // 01:00Z-02:00Z is 02:00-03:00 local a second time; no candidate lands there.
                    "2027-10-31T02:00:00Z", "2027-10-31T02:30:00Z", "2027-10-31T03:00:00Z", "2027-10-31T03:30:00Z");
        }

        @Test
        void aSlotCrossingTheGapEndsAnHourLaterOnTheWallClockButAfterItsRealDuration() {
            ActivitySchedule schedule = everyDay("01:30", "05:00", 60);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofMinutes(60),
                    LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29));

            SlotTime crossing = slots.get(0);
            assertThat(crossing.start().atZone(berlin).toLocalTime()).isEqualTo(LocalTime.of(1, 30));
            assertThat(crossing.end().atZone(berlin).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
            assertThat(crossing.duration()).isEqualTo(Duration.ofMinutes(60));
            // 02:30 is in the gap; 04:30 + 60 min would end at 05:30, after closing.
            assertThat(localStarts(slots, berlin)).containsExactly("2027-03-28T01:30", "2027-03-28T03:30");
        }

        @Test
        void aWindowEndInsideTheGapIsShiftedForwardByTheGap() {
            ActivitySchedule schedule = everyDay("00:00", "02:30", 30);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofMinutes(60),
                    LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29));

            // The end 02:30 does not exist and resolves to 03:30 CEST, so 01:30 + 60 min still fits.
            assertThat(localStarts(slots, berlin)).containsExactly(
                    "2027-03-28T00:00", "2027-03-28T00:30", "2027-03-28T01:00", "2027-03-28T01:30");
            assertThat(slots.get(3).end().atZone(berlin).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        }

        @Test
        void aWindowEndInsideTheOverlapUsesItsEarlierOccurrence() {
            ActivitySchedule schedule = everyDay("00:00", "02:30", 30);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, HALF_HOUR,
                    LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1));

            assertThat(localStarts(slots, berlin)).containsExactly(
                    "2027-10-31T00:00", "2027-10-31T00:30", "2027-10-31T01:00", "2027-10-31T01:30", "2027-10-31T02:00");
            assertThat(slots.get(4).end()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        }

        @Test
        void aLongSlotAcrossTheOverlapMustFitInRealTime() {
            // 00:00 CEST to 04:00 CET is five real hours, so a four-hour slot from 01:00 still fits.
            ActivitySchedule schedule = everyDay("00:00", "04:00", 60);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofHours(4),
                    LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1));

            assertThat(localStarts(slots, berlin)).containsExactly("2027-10-31T00:00", "2027-10-31T01:00");
        }

        @Test
        void aNightPastMidnightAcrossSpringForwardFitsOneHourLessInRealTime() {
            ActivitySchedule schedule = everyDay("22:00", "04:00", 60);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofHours(2),
                    LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 28));

            // Five real hours between 22:00 CET and 04:00 CEST; 02:00 does not exist.
            assertThat(localStarts(slots, berlin)).containsExactly(
                    "2027-03-27T22:00", "2027-03-27T23:00", "2027-03-28T00:00", "2027-03-28T01:00");
        }

        @Test
        void aSlotStartingAtTheGapEndIsNotConfusedWithTheSkippedGapStart() {
            ActivitySchedule schedule = everyDay("02:00", "04:00", 60);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofMinutes(60),
                    LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29));

            assertThat(localStarts(slots, berlin)).containsExactly("2027-03-28T03:00");
        }

        @Test
        void aGridOffTheHourIsNotPulledOntoTheHourByTheGap() {
            // Shifting 02:15 forward would invent a 03:15 slot that the 45-minute grid never has.
            ActivitySchedule schedule = everyDay("00:45", "05:00", 45);

            List<SlotTime> slots = ScheduleExpander.expand(schedule, berlin, Duration.ofMinutes(45),
                    LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29));

            assertThat(localStarts(slots, berlin)).containsExactly(
                    "2027-03-28T00:45", "2027-03-28T01:30", "2027-03-28T03:00", "2027-03-28T03:45");
        }
    }
}
