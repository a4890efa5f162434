package io.slotwise.server.schedule;

import static io.slotwise.server.schedule.TestSchedules.builder;
import static io.slotwise.server.schedule.TestSchedules.everyDay;
import static io.slotwise.server.schedule.TestSchedules.localStarts;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleExpanderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // A week in June 2027: no daylight-saving change anywhere near it.
    private static final LocalDate MONDAY_JUNE_7 = LocalDate.of(2027, 6, 7);

    @BeforeAll
    static void fixtureDatesAreTheWeekdaysTheTestsAssume() {
        assertThat(MONDAY_JUNE_7.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(BERLIN.getRules().nextTransition(MONDAY_JUNE_7.atStartOfDay(BERLIN).toInstant())
                .getDateTimeBefore().toLocalDate()).isAfter(MONDAY_JUNE_7.plusDays(14));
    }

    private static List<SlotTime> expandDays(ActivitySchedule schedule, Duration duration, LocalDate first, int days) {
        return ScheduleExpander.expand(schedule, BERLIN, duration, first, first.plusDays(days));
    }

    private static List<String> times(String date, String... hhmm) {
        return java.util.Arrays.stream(hhmm).map(t -> date + "T" + t).toList();
    }

    @Nested
    class PlainDay {

        @Test
        void hourlySlotsOfAnHourFillTheDayUpToTheLastStartThatEndsAtClosing() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "22:00", 60), Duration.ofMinutes(60), MONDAY_JUNE_7, 1);

            assertThat(localStarts(slots, BERLIN)).containsExactlyElementsOf(times("2027-06-07",
                    "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00",
                    "16:00", "17:00", "18:00", "19:00", "20:00", "21:00"));
            assertThat(slots).allSatisfy(s -> assertThat(s.duration()).isEqualTo(Duration.ofMinutes(60)));
        }

        @Test
        void slotsLongerThanTheIntervalDropTheStartsThatWouldEndAfterClosing() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "22:00", 60), Duration.ofMinutes(90), MONDAY_JUNE_7, 1);

            assertThat(localStarts(slots, BERLIN)).containsExactlyElementsOf(times("2027-06-07",
                    "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00",
                    "16:00", "17:00", "18:00", "19:00", "20:00"));
            assertThat(slots.get(slots.size() - 1).end().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(21, 30));
        }

        @Test
        void slotsShorterThanTheIntervalStartOnTheGridAndLeaveGaps() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "12:00", 60), Duration.ofMinutes(45), MONDAY_JUNE_7, 1);

            assertThat(localStarts(slots, BERLIN)).containsExactlyElementsOf(times("2027-06-07", "09:00", "10:00", "11:00"));
        }

        @Test
        void aSlotEndingExactlyAtClosingIsKept() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "10:30", 30), Duration.ofMinutes(90), MONDAY_JUNE_7, 1);

            assertThat(localStarts(slots, BERLIN)).containsExactly("2027-06-07T09:00");
        }

        @Test
        void aDurationLongerThanTheWindowGivesNoSlots() {
            assertThat(expandDays(everyDay("09:00", "10:00", 30), Duration.ofMinutes(61), MONDAY_JUNE_7, 1)).isEmpty();
        }

        @Test
        void anIntervalThatDoesNotDivideTheWindowStopsAtTheLastFittingStart() {
            List<SlotTime> slots = expandDays(everyDay("10:00", "12:00", 25), Duration.ofMinutes(25), MONDAY_JUNE_7, 1);

            assertThat(localStarts(slots, BERLIN)).containsExactlyElementsOf(
                    times("2027-06-07", "10:00", "10:25", "10:50", "11:15"));
        }

        @Test
        void slotEndIsStartPlusDuration() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "22:00", 60), Duration.ofMinutes(60), MONDAY_JUNE_7, 1);

            assertThat(slots.get(0).start()).hasToString("2027-06-07T07:00:00Z");
            assertThat(slots.get(0).end()).hasToString("2027-06-07T08:00:00Z");
        }

        @Test
        void aTwentyFourHourIntervalGivesOneSlotPerDay() {
            List<SlotTime> slots = expandDays(everyDay("09:00", "22:00", 1440), Duration.ofMinutes(60), MONDAY_JUNE_7, 3);

            assertThat(localStarts(slots, BERLIN))
                    .containsExactly("2027-06-07T09:00", "2027-06-08T09:00", "2027-06-09T09:00");
        }

        @Test
        void anEmptyDateRangeGivesNoSlots() {
            assertThat(expandDays(everyDay("09:00", "22:00", 60), Duration.ofMinutes(60), MONDAY_JUNE_7, 0)).isEmpty();
        }

        @Test
        void aScheduleWithNoDaysGivesNoSlots() {
            assertThat(expandDays(builder("09:00", "22:00", 60).build(), Duration.ofMinutes(60), MONDAY_JUNE_7, 7)).isEmpty();
        }
    }

    @Nested
    class WeekdaysAndCustomHours {

        @Test
        void onlyOperatingDaysGetTheDefaultHours() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).on(MONDAY, WEDNESDAY, FRIDAY).build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 7);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T10:00", "2027-06-07T11:00",
                    "2027-06-09T10:00", "2027-06-09T11:00",
                    "2027-06-11T10:00", "2027-06-11T11:00");
        }

        @Test
        void enabledCustomHoursOpenADayThatIsNotAnOperatingDay() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).on(MONDAY)
                    .custom(SATURDAY, "14:00", "16:00").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 7);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T10:00", "2027-06-07T11:00",
                    "2027-06-12T14:00", "2027-06-12T15:00");
        }

        @Test
        void enabledCustomHoursReplaceTheDefaultHoursOnAnOperatingDay() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).on(MONDAY, TUESDAY)
                    .custom(TUESDAY, "18:00", "20:00").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 2);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T10:00", "2027-06-07T11:00",
                    "2027-06-08T18:00", "2027-06-08T19:00");
        }

        @Test
        void disabledCustomHoursCloseAnOperatingDay() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).on(MONDAY, TUESDAY, WEDNESDAY)
                    .off(TUESDAY).build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 3);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T10:00", "2027-06-07T11:00",
                    "2027-06-09T10:00", "2027-06-09T11:00");
        }

        @Test
        void disabledCustomHoursWithLeftoverTimesStillCloseTheDay() {
            ActivitySchedule schedule = new ActivitySchedule(Set.of(MONDAY), LocalTime.of(10, 0), LocalTime.of(12, 0), 60,
                    Map.of(MONDAY, new DayHours(false, LocalTime.of(8, 0), LocalTime.of(9, 0))), Set.of());

            assertThat(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1)).isEmpty();
        }

        @Test
        void customHoursUseTheSameSlotIntervalAsTheDefaultHours() {
            ActivitySchedule schedule = builder("10:00", "12:00", 45).custom(SUNDAY, "09:00", "11:00").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(30), MONDAY_JUNE_7, 7);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-13T09:00", "2027-06-13T09:45", "2027-06-13T10:30");
        }
    }

    @Nested
    class ClosedDates {

        @Test
        void aClosedDateHasNoSlots() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).on(TestSchedules.EVERY_DAY.toArray(DayOfWeek[]::new))
                    .closed("2027-06-08").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 3);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T10:00", "2027-06-07T11:00",
                    "2027-06-09T10:00", "2027-06-09T11:00");
        }

        @Test
        void aClosedDateAlsoOverridesEnabledCustomHours() {
            ActivitySchedule schedule = builder("10:00", "12:00", 60).custom(SATURDAY, "14:00", "16:00")
                    .closed("2027-06-12").build();

            assertThat(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 14))
                    .extracting(s -> s.start().atZone(BERLIN).toLocalDate())
                    .containsOnly(LocalDate.of(2027, 6, 19));
        }

        @Test
        void aClosedDateKeepsTheAfterMidnightSlotsOfThePreviousNight() {
            ActivitySchedule schedule = builder("18:00", "02:00", 60).on(TestSchedules.EVERY_DAY.toArray(DayOfWeek[]::new))
                    .closed("2027-06-08").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 2);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T18:00", "2027-06-07T19:00", "2027-06-07T20:00", "2027-06-07T21:00",
                    "2027-06-07T22:00", "2027-06-07T23:00", "2027-06-08T00:00", "2027-06-08T01:00");
        }

        @Test
        void closingTheDateAfterANightDoesNotCutTheNightShort() {
            ActivitySchedule schedule = builder("22:00", "02:00", 60).on(MONDAY).closed("2027-06-08").build();

            assertThat(localStarts(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 7), BERLIN))
                    .containsExactly("2027-06-07T22:00", "2027-06-07T23:00", "2027-06-08T00:00", "2027-06-08T01:00");
        }

        @Test
        void closedDatesOutsideTheRangeAreIgnored() {
            ActivitySchedule schedule = builder("10:00", "11:00", 60).on(MONDAY).closed("2020-01-06", "2030-01-07").build();

            assertThat(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1)).hasSize(1);
        }
    }

    @Nested
    class PastMidnight {

        @Test
        void aNightFromSixPmToTwoAmContinuesOnTheNextCalendarDate() {
            ActivitySchedule schedule = builder("18:00", "02:00", 60).on(MONDAY).build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 7);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T18:00", "2027-06-07T19:00", "2027-06-07T20:00", "2027-06-07T21:00",
                    "2027-06-07T22:00", "2027-06-07T23:00", "2027-06-08T00:00", "2027-06-08T01:00");
            assertThat(slots).allSatisfy(s ->
                    assertThat(s.end()).isBeforeOrEqualTo(LocalDate.of(2027, 6, 8).atTime(2, 0).atZone(BERLIN).toInstant()));
        }

        @Test
        void nothingStartsOrEndsAfterTheClosingTimeOfTheNight() {
            ActivitySchedule schedule = builder("18:00", "02:00", 30).on(MONDAY).build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 7);

            assertThat(slots).hasSize(15);
            assertThat(localStarts(slots, BERLIN)).startsWith("2027-06-07T18:00").endsWith("2027-06-08T01:00");
        }

        @Test
        void aWindowStartingAtMidnightIsAnOrdinaryDayNotAPastMidnightOne() {
            ActivitySchedule schedule = builder("00:00", "02:00", 60).on(MONDAY).build();

            assertThat(localStarts(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1), BERLIN))
                    .containsExactly("2027-06-07T00:00", "2027-06-07T01:00");
        }

        @Test
        void aWindowEndingAtMidnightRunsToTheStartOfTheNextDate() {
            ActivitySchedule schedule = builder("22:00", "00:00", 60).on(MONDAY).build();

            assertThat(localStarts(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1), BERLIN))
                    .containsExactly("2027-06-07T22:00", "2027-06-07T23:00");
        }

        @Test
        void aNightOverlappingTheNextDaysOpeningYieldsEachInstantOnce() {
            ActivitySchedule schedule = builder("18:00", "02:00", 60).on(MONDAY)
                    .custom(TUESDAY, "00:00", "03:00").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 2);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T18:00", "2027-06-07T19:00", "2027-06-07T20:00", "2027-06-07T21:00",
                    "2027-06-07T22:00", "2027-06-07T23:00",
                    "2027-06-08T00:00", "2027-06-08T01:00", "2027-06-08T02:00");
        }

        @Test
        void overlappingWindowsOnDifferentGridsInterleaveInTimeOrder() {
            ActivitySchedule schedule = builder("23:00", "02:00", 60).on(MONDAY)
                    .custom(TUESDAY, "00:30", "02:30").build();

            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 2);

            assertThat(localStarts(slots, BERLIN)).containsExactly(
                    "2027-06-07T23:00", "2027-06-08T00:00", "2027-06-08T00:30", "2027-06-08T01:00", "2027-06-08T01:30");
        }

        @Test
        void aWindowStartingTheDayBeforeTheRangeIsNotIncluded() {
            ActivitySchedule schedule = builder("18:00", "02:00", 60).on(MONDAY).build();

            assertThat(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7.plusDays(1), 1)).isEmpty();
        }

        @Test
        void aWindowStartingOnTheLastDateOfTheRangeReachesPastTheRangeEnd() {
            ActivitySchedule schedule = builder("23:00", "02:00", 60).on(MONDAY).build();

            assertThat(localStarts(expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1), BERLIN))
                    .containsExactly("2027-06-07T23:00", "2027-06-08T00:00", "2027-06-08T01:00");
        }
    }

    /**
     * A window belongs to the date it starts on. Splitting the range at a date b therefore never
     * loses or duplicates a window: [a,b) takes the whole night that starts on b-1, including the
     * part after midnight, and [b,c) starts with b's own window. Plain concatenation equals the
     * whole range unless the b-1 night overlaps b's own window in time; only then must the two
     * parts be merged by start (which is what a single call does).
     */
    @Nested
    class SplittingTheRange {

        private final ActivitySchedule dayOnly = builder("09:00", "17:00", 30)
                .on(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .custom(SATURDAY, "10:00", "14:00").closed("2027-06-16").build();

        @ParameterizedTest(name = "split at day {0}")
        @ValueSource(ints = {0, 1, 2, 5, 9, 13, 20, 21})
        void expandingAWholeRangeEqualsConcatenatingItsPartsWhenNoWindowCrossesTheSplit(int splitOffset) {
            assertSplitConcatenates(dayOnly, splitOffset);
        }

        @ParameterizedTest(name = "split at day {0}")
        @ValueSource(ints = {1, 3, 7, 12})
        void concatenationStillHoldsWhenANightCrossesTheSplitButDoesNotOverlapTheNextWindow(int splitOffset) {
            ActivitySchedule nights = builder("20:00", "03:00", 60).on(TestSchedules.EVERY_DAY.toArray(DayOfWeek[]::new))
                    .closed("2027-06-10").build();
            assertSplitConcatenates(nights, splitOffset);

            LocalDate split = MONDAY_JUNE_7.plusDays(splitOffset);
            List<SlotTime> before = ScheduleExpander.expand(nights, BERLIN, Duration.ofMinutes(60), MONDAY_JUNE_7, split);
            assertThat(before).last()
                    .satisfies(s -> assertThat(s.start().atZone(BERLIN).toLocalDate()).isEqualTo(split));
        }

        @Test
        void partsMustBeMergedWhenACrossingNightOverlapsTheNextDaysWindow() {
            ActivitySchedule overlapping = builder("18:00", "02:00", 60).on(MONDAY)
                    .custom(TUESDAY, "00:00", "03:00").build();
            LocalDate split = MONDAY_JUNE_7.plusDays(1);

            List<SlotTime> whole = expandDays(overlapping, Duration.ofMinutes(60), MONDAY_JUNE_7, 2);
            List<SlotTime> first = ScheduleExpander.expand(overlapping, BERLIN, Duration.ofMinutes(60), MONDAY_JUNE_7, split);
            List<SlotTime> second = ScheduleExpander.expand(overlapping, BERLIN, Duration.ofMinutes(60), split, split.plusDays(1));

            List<SlotTime> concatenated = new ArrayList<>(first);
            concatenated.addAll(second);
            assertThat(concatenated).isNotEqualTo(whole).hasSize(whole.size() + 2);

            TreeMap<java.time.Instant, SlotTime> merged = new TreeMap<>();
            concatenated.forEach(s -> merged.putIfAbsent(s.start(), s));
            assertThat(List.copyOf(merged.values())).isEqualTo(whole);
        }

        private void assertSplitConcatenates(ActivitySchedule schedule, int splitOffset) {
            LocalDate first = MONDAY_JUNE_7;
            LocalDate split = first.plusDays(splitOffset);
            LocalDate end = first.plusDays(21);
            Duration duration = Duration.ofMinutes(60);

            List<SlotTime> concatenated = new ArrayList<>(ScheduleExpander.expand(schedule, BERLIN, duration, first, split));
            concatenated.addAll(ScheduleExpander.expand(schedule, BERLIN, duration, split, end));

            assertThat(concatenated).isNotEmpty().isEqualTo(ScheduleExpander.expand(schedule, BERLIN, duration, first, end));
        }
    }

    @Nested
    class Guards {

        private final ActivitySchedule schedule = everyDay("09:00", "17:00", 60);

        @ParameterizedTest(name = "interval {0}")
        @ValueSource(ints = {0, -1, -60, Integer.MIN_VALUE})
        void aNonPositiveIntervalIsRejected(int interval) {
            ActivitySchedule bad = everyDay("09:00", "17:00", interval);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> expandDays(bad, Duration.ofMinutes(60), MONDAY_JUNE_7, 1))
                    .withMessageContaining("interval");
        }

        @ParameterizedTest(name = "duration {0}")
        @ValueSource(strings = {"PT0S", "PT-1S", "PT-60M", "PT-0.000000001S"})
        void aNonPositiveDurationIsRejected(String duration) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> expandDays(schedule, Duration.parse(duration), MONDAY_JUNE_7, 1))
                    .withMessageContaining("duration");
        }

        @Test
        void aRangeEndingBeforeItStartsIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ScheduleExpander.expand(schedule, BERLIN, Duration.ofMinutes(60),
                            MONDAY_JUNE_7, MONDAY_JUNE_7.minusDays(1)))
                    .withMessageContaining("endDateExclusive");
        }

        @Test
        void nullArgumentsAreRejected() {
            Duration hour = Duration.ofMinutes(60);
            LocalDate d = MONDAY_JUNE_7;
            assertThatNullPointerException().isThrownBy(() -> ScheduleExpander.expand(null, BERLIN, hour, d, d));
            assertThatNullPointerException().isThrownBy(() -> ScheduleExpander.expand(schedule, null, hour, d, d));
            assertThatNullPointerException().isThrownBy(() -> ScheduleExpander.expand(schedule, BERLIN, null, d, d));
            assertThatNullPointerException().isThrownBy(() -> ScheduleExpander.expand(schedule, BERLIN, hour, null, d));
            assertThatNullPointerException().isThrownBy(() -> ScheduleExpander.expand(schedule, BERLIN, hour, d, null));
        }

        @Test
        void aHandBuiltScheduleWithEqualStartAndEndHasAnEmptyWindow() {
            assertThat(expandDays(everyDay("09:00", "09:00", 60), Duration.ofMinutes(5), MONDAY_JUNE_7, 7)).isEmpty();
        }

        @Test
        void anAbsurdlyLongDurationGivesNoSlotsInsteadOfOverflowing() {
            assertThat(expandDays(schedule, Duration.ofSeconds(Long.MAX_VALUE), MONDAY_JUNE_7, 1)).isEmpty();
        }

        @Test
        void theResultIsUnmodifiable() {
            List<SlotTime> slots = expandDays(schedule, Duration.ofMinutes(60), MONDAY_JUNE_7, 1);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> slots.add(slots.get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @ParameterizedTest(name = "{0} days")
        @CsvSource({"1, 8", "7, 56", "366, 2928"})
        void aLongRangeProducesTheExpectedNumberOfSlots(int days, int expected) {
            List<SlotTime> slots = ScheduleExpander.expand(schedule, ZoneId.of("UTC"), Duration.ofMinutes(60),
                    MONDAY_JUNE_7, MONDAY_JUNE_7.plusDays(days));

            assertThat(slots).hasSize(expected);
            assertThat(IntStream.range(1, slots.size()))
                    .allSatisfy(i -> assertThat(slots.get(i).start()).isAfter(slots.get(i - 1).start()));
        }
    }
}
