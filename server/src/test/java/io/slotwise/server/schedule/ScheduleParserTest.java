package io.slotwise.server.schedule;

import io.slotwise.common.api.Schedule;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {

    private static final String TIME_MESSAGE = "must be a 24-hour time in HH:mm format";
    private static final String WEEKDAY_MESSAGE = "must be a weekday name, Monday to Sunday";
    private static final String DATE_MESSAGE = "must be a date in YYYY-MM-DD format";
    private static final String INTERVAL_MESSAGE = "slotInterval must be between 5 and 1440 minutes";

    private static Schedule valid() {
        return new Schedule(List.of("Monday", "Tuesday"), "09:00", "22:00", 60, null, null);
    }

    private static Schedule withOperatingDays(List<String> days) {
        return new Schedule(days, "09:00", "22:00", 60, null, null);
    }

    private static Schedule withTimes(String start, String end) {
        return new Schedule(List.of("Monday"), start, end, 60, null, null);
    }

    private static Schedule withInterval(Integer interval) {
        return new Schedule(List.of("Monday"), "09:00", "22:00", interval, null, null);
    }

    private static Schedule withCustomHours(Map<String, Schedule.DayHours> customHours) {
        return new Schedule(List.of("Monday"), "09:00", "22:00", 60, customHours, null);
    }

    private static Schedule withClosedDates(List<String> dates) {
        return new Schedule(List.of("Monday"), "09:00", "22:00", 60, null, dates);
    }

    private static ActivitySchedule parsed(Schedule json) {
        ScheduleParser.Result result = ScheduleParser.parse(json);
        assertThat(result.errors()).isEmpty();
        return result.schedule();
    }

    private static List<FieldError> errors(Schedule json) {
        ScheduleParser.Result result = ScheduleParser.parse(json);
        assertThat(result.isValid()).isFalse();
        return result.errors();
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }

    @Nested
    class HappyPath {

        @Test
        void aCompleteScheduleParsesToItsDomainForm() {
            Map<String, Schedule.DayHours> custom = new LinkedHashMap<>();
            custom.put("Saturday", new Schedule.DayHours(true, "10:00", "02:00"));
            custom.put("Sunday", new Schedule.DayHours(false, null, null));
            Schedule json = new Schedule(List.of("Monday", "Friday"), "09:00", "22:00", 30, custom,
                    List.of("2027-12-24", "2027-12-25"));

            assertThat(parsed(json)).isEqualTo(new ActivitySchedule(
                    Set.of(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(22, 0), 30,
                    Map.of(SATURDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(2, 0)), SUNDAY, DayHours.closed()),
                    Set.of(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 25))));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Monday", "MONDAY", "monday", "mOnDaY"})
        void weekdayNamesAreCaseInsensitive(String name) {
            assertThat(parsed(withOperatingDays(List.of(name))).operatingDays()).containsExactly(MONDAY);
        }

        @Test
        void everyWeekdayNameIsRecognised() {
            List<String> names = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

            assertThat(parsed(withOperatingDays(names)).operatingDays()).containsExactlyInAnyOrder(DayOfWeek.values());
        }

        @Test
        void duplicateOperatingDaysAreAccepted() {
            assertThat(parsed(withOperatingDays(List.of("Monday", "monday", "MONDAY", "Friday"))).operatingDays())
                    .containsExactlyInAnyOrder(MONDAY, FRIDAY);
        }

        @Test
        void missingOperatingDaysMeanNoDefaultDays() {
            Map<String, Schedule.DayHours> custom = Map.of("Saturday", new Schedule.DayHours(null, "10:00", "12:00"));

            ActivitySchedule nullDays = parsed(new Schedule(null, "09:00", "22:00", 60, custom, null));
            ActivitySchedule emptyDays = parsed(new Schedule(List.of(), "09:00", "22:00", 60, custom, null));

            assertThat(nullDays.operatingDays()).isEmpty();
            assertThat(nullDays).isEqualTo(emptyDays);
            assertThat(nullDays.customHours()).containsOnlyKeys(SATURDAY);
        }

        @Test
        void missingCustomHoursAndClosedDatesMeanNone() {
            ActivitySchedule schedule = parsed(valid());

            assertThat(schedule.customHours()).isEmpty();
            assertThat(schedule.closedDates()).isEmpty();
        }

        @ParameterizedTest(name = "{0}-{1}")
        @MethodSource("io.slotwise.server.schedule.ScheduleParserTest#acceptedTimes")
        void timesAreAcceptedWithOrWithoutSeconds(String start, String end, LocalTime expectedStart, LocalTime expectedEnd) {
            ActivitySchedule schedule = parsed(withTimes(start, end));

            assertThat(schedule.startTime()).isEqualTo(expectedStart);
            assertThat(schedule.endTime()).isEqualTo(expectedEnd);
        }

        @Test
        void anEndTimeBeforeTheStartTimeIsAValidNightPastMidnight() {
            ActivitySchedule schedule = parsed(withTimes("18:00", "02:00"));

            assertThat(schedule.endTime()).isBefore(schedule.startTime());
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {5, 6, 60, 1439, 1440})
        void slotIntervalsFromFiveMinutesToOneDayAreAccepted(int minutes) {
            assertThat(parsed(withInterval(minutes)).slotIntervalMinutes()).isEqualTo(minutes);
        }

        @Test
        void customHoursAreEnabledWhenEnabledIsMissing() {
            ActivitySchedule schedule = parsed(withCustomHours(Map.of("sunday", new Schedule.DayHours(null, "10:00", "11:00"))));

            assertThat(schedule.customHours()).containsEntry(SUNDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(11, 0)));
        }

        @Test
        void disabledCustomHoursNeedNoTimesButKeepTheOnesGiven() {
            ActivitySchedule schedule = parsed(withCustomHours(Map.of(
                    "Sunday", new Schedule.DayHours(false, null, null),
                    "Saturday", new Schedule.DayHours(false, "10:00", "10:00"))));

            assertThat(schedule.customHours()).containsOnly(
                    Map.entry(SUNDAY, DayHours.closed()),
                    Map.entry(SATURDAY, new DayHours(false, LocalTime.of(10, 0), LocalTime.of(10, 0))));
        }

        @Test
        void customHoursMayRunPastMidnight() {
            ActivitySchedule schedule = parsed(withCustomHours(Map.of("Friday", new Schedule.DayHours(true, "20:00", "03:30"))));

            assertThat(schedule.customHours().get(FRIDAY).endTime()).isEqualTo(LocalTime.of(3, 30));
        }

        @Test
        void duplicateClosedDatesAreAccepted() {
            assertThat(parsed(withClosedDates(List.of("2027-12-24", "2027-12-24", "2028-02-29"))).closedDates())
                    .containsExactlyInAnyOrder(LocalDate.of(2027, 12, 24), LocalDate.of(2028, 2, 29));
        }

        @Test
        void aValidResultHasNoErrors() {
            ScheduleParser.Result result = ScheduleParser.parse(valid());

            assertThat(result).isInstanceOf(ScheduleParser.Result.Valid.class);
            assertThat(result.isValid()).isTrue();
            assertThat(result.errors()).isEmpty();
        }
    }

    static Stream<Arguments> acceptedTimes() {
        return Stream.of(
                Arguments.of("00:00", "23:59", LocalTime.of(0, 0), LocalTime.of(23, 59)),
                Arguments.of("09:00:00", "22:00:00", LocalTime.of(9, 0), LocalTime.of(22, 0)),
                Arguments.of("09:15:30", "22:00", LocalTime.of(9, 15, 30), LocalTime.of(22, 0)),
                Arguments.of("23:59:59", "00:00", LocalTime.of(23, 59, 59), LocalTime.of(0, 0)));
    }

    @Nested
    class Errors {

        @Test
        void aMissingScheduleIsAnErrorOnTheScheduleItself() {
            assertThat(errors(null)).containsExactly(error("schedule", "schedule is required"));
        }

        @Test
        void anInvalidResultRefusesToHandOutASchedule() {
            ScheduleParser.Result result = ScheduleParser.parse(null);

            assertThat(result).isInstanceOf(ScheduleParser.Result.Invalid.class);
            assertThatIllegalStateException().isThrownBy(result::schedule);
        }

        @Test
        void anInvalidResultCannotBeEmpty() {
            assertThatIllegalArgumentException().isThrownBy(() -> new ScheduleParser.Result.Invalid(List.of()));
        }

        @Test
        void missingRequiredFieldsAreEachReported() {
            Schedule json = new Schedule(null, null, null, null, null, null);

            assertThat(errors(json)).containsExactly(
                    error("schedule.startTime", "startTime is required"),
                    error("schedule.endTime", "endTime is required"),
                    error("schedule.slotInterval", "slotInterval is required"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", " ", "9:00", "09:0", "0900", "09.00", "09:00 ", " 09:00", "24:00", "25:00",
            "09:60", "09:00:60", "09:00:00.000", "09:00:0", "9am", "09:00 PM", "T09:00", "-1:00",
            "\uFF10\uFF19:\uFF10\uFF10", "\u0660\u0669:\u0660\u0660"})
        void unparseableStartTimesAreReported(String time) {
            assertThat(errors(withTimes(time, "22:00"))).containsExactly(error("schedule.startTime", TIME_MESSAGE));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"22", "22:00:00:00", "noon", "24:00:00"})
        void unparseableEndTimesAreReported(String time) {
            assertThat(errors(withTimes("09:00", time))).containsExactly(error("schedule.endTime", TIME_MESSAGE));
        }

        @ParameterizedTest(name = "{0}-{1}")
        @MethodSource("io.slotwise.server.schedule.ScheduleParserTest#equalTimes")
        void anEndTimeEqualToTheStartTimeIsReportedOnTheEndTime(String start, String end) {
            assertThat(errors(withTimes(start, end)))
                    .containsExactly(error("schedule.endTime", "endTime must differ from startTime"));
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {Integer.MIN_VALUE, -5, 0, 1, 4, 1441, 10_000, Integer.MAX_VALUE})
        void slotIntervalsOutsideFiveMinutesToOneDayAreReported(int minutes) {
            assertThat(errors(withInterval(minutes))).containsExactly(error("schedule.slotInterval", INTERVAL_MESSAGE));
        }

        @Test
        void unknownOperatingDaysAreReportedAtTheirIndex() {
            List<String> days = List.of("Monday", "Funday", "Mon", "Tuesday", "", " Friday", "Montag", "\u017Funday", "Mondays");

            assertThat(errors(withOperatingDays(days))).containsExactly(
                    error("schedule.operatingDays[1]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[2]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[4]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[5]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[6]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[7]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[8]", WEEKDAY_MESSAGE));
        }

        @Test
        void aNullOperatingDayIsReportedAtItsIndex() {
            assertThat(errors(withOperatingDays(Arrays.asList("Monday", null))))
                    .containsExactly(error("schedule.operatingDays[1]", "must not be null"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "2027-02-30", "2027-02-29", "2027-13-01", "2027-00-10", "2027-1-5", "27-01-05",
            "2027/01/05", "05.01.2027", "2027-01-05T00:00", "+2027-01-05", "+12027-01-05", " 2027-01-05", "20270105",
            "2027-W01-1", "tomorrow"})
        void unparseableClosedDatesAreReportedAtTheirIndex(String date) {
            assertThat(errors(withClosedDates(List.of("2027-12-24", date))))
                    .containsExactly(error("schedule.closedDates[1]", DATE_MESSAGE));
        }

        @Test
        void aNullClosedDateIsReportedAtItsIndex() {
            assertThat(errors(withClosedDates(Arrays.asList(null, "2027-12-24"))))
                    .containsExactly(error("schedule.closedDates[0]", "must not be null"));
        }

        @Test
        void anUnknownCustomHoursWeekdayIsReportedUnderItsKey() {
            assertThat(errors(withCustomHours(Map.of("Caturday", new Schedule.DayHours(true, "10:00", "12:00")))))
                    .containsExactly(error("schedule.customHours.Caturday", WEEKDAY_MESSAGE));
        }

        @Test
        void theBodyUnderAnUnknownWeekdayIsStillChecked() {
            assertThat(errors(withCustomHours(Map.of("Caturday", new Schedule.DayHours(true, "10:00", "late")))))
                    .containsExactly(
                            error("schedule.customHours.Caturday", WEEKDAY_MESSAGE),
                            error("schedule.customHours.Caturday.endTime", TIME_MESSAGE));
        }

        @ParameterizedTest(name = "enabled={0}")
        @NullSource
        @ValueSource(booleans = true)
        void enabledCustomHoursNeedBothTimes(Boolean enabled) {
            assertThat(errors(withCustomHours(Map.of("Saturday", new Schedule.DayHours(enabled, null, null))))).containsExactly(
                    error("schedule.customHours.Saturday.startTime", "startTime is required"),
                    error("schedule.customHours.Saturday.endTime", "endTime is required"));
        }

        @Test
        void enabledCustomHoursWithOnlyAStartTimeReportTheMissingEnd() {
            assertThat(errors(withCustomHours(Map.of("Saturday", new Schedule.DayHours(true, "10:00", null)))))
                    .containsExactly(error("schedule.customHours.Saturday.endTime", "endTime is required"));
        }

        @Test
        void unparseableCustomHoursTimesAreReported() {
            assertThat(errors(withCustomHours(Map.of("Saturday", new Schedule.DayHours(true, "10", "24:00"))))).containsExactly(
                    error("schedule.customHours.Saturday.startTime", TIME_MESSAGE),
                    error("schedule.customHours.Saturday.endTime", TIME_MESSAGE));
        }

        @Test
        void unparseableTimesOnADisabledDayAreStillReported() {
            assertThat(errors(withCustomHours(Map.of("Saturday", new Schedule.DayHours(false, "soon", null)))))
                    .containsExactly(error("schedule.customHours.Saturday.startTime", TIME_MESSAGE));
        }

        @Test
        void equalCustomHoursTimesAreReportedOnTheEndTime() {
            assertThat(errors(withCustomHours(Map.of("Saturday", new Schedule.DayHours(true, "10:00", "10:00:00")))))
                    .containsExactly(error("schedule.customHours.Saturday.endTime", "endTime must differ from startTime"));
        }

        @Test
        void customHoursKeysKeepTheClientsSpellingInTheFieldPath() {
            assertThat(errors(withCustomHours(Map.of("SATURDAY", new Schedule.DayHours(true, "10:00", "10:00")))))
                    .containsExactly(error("schedule.customHours.SATURDAY.endTime", "endTime must differ from startTime"));
        }

        @Test
        void aNullCustomHoursEntryIsReported() {
            Map<String, Schedule.DayHours> custom = new HashMap<>();
            custom.put("Saturday", null);

            assertThat(errors(withCustomHours(custom))).containsExactly(error("schedule.customHours.Saturday", "must not be null"));
        }

        @Test
        void aCustomHoursEntryWithoutAWeekdayNameIsReported() {
            Map<String, Schedule.DayHours> custom = new HashMap<>();
            custom.put(null, new Schedule.DayHours(true, "10:00", "12:00"));

            assertThat(errors(withCustomHours(custom)))
                    .containsExactly(error("schedule.customHours", "contains an entry without a weekday name"));
        }

        @Test
        void theSameWeekdayTwiceInCustomHoursIsReportedOnTheLaterSpelling() {
            Map<String, Schedule.DayHours> custom = new HashMap<>();
            custom.put("Saturday", new Schedule.DayHours(true, "10:00", "12:00"));
            custom.put("SATURDAY", new Schedule.DayHours(true, "14:00", "16:00"));
            custom.put("saturday", new Schedule.DayHours(false, null, null));

            // Keys are ordered by spelling for a stable answer: "SATURDAY" < "Saturday" < "saturday".
            assertThat(errors(withCustomHours(custom))).containsExactly(
                    error("schedule.customHours.Saturday", "Saturday is listed more than once"),
                    error("schedule.customHours.saturday", "Saturday is listed more than once"));
        }

        @Test
        void everyProblemIsCollectedInFieldOrder() {
            Map<String, Schedule.DayHours> custom = new HashMap<>();
            custom.put("Sunday", new Schedule.DayHours(true, "10:00", null));
            custom.put("Caturday", new Schedule.DayHours(false, null, null));
            custom.put("Wednesday", new Schedule.DayHours(true, "8:00", "09:00"));
            Schedule json = new Schedule(Arrays.asList("Monday", "Blursday", null), "9", "9", 3, custom,
                    List.of("2027-12-24", "2027-12-32"));

            assertThat(errors(json)).containsExactly(
                    error("schedule.operatingDays[1]", WEEKDAY_MESSAGE),
                    error("schedule.operatingDays[2]", "must not be null"),
                    error("schedule.startTime", TIME_MESSAGE),
                    error("schedule.endTime", TIME_MESSAGE),
                    error("schedule.slotInterval", INTERVAL_MESSAGE),
                    error("schedule.customHours.Wednesday.startTime", TIME_MESSAGE),
                    error("schedule.customHours.Sunday.endTime", "endTime is required"),
                    error("schedule.customHours.Caturday", WEEKDAY_MESSAGE),
                    error("schedule.closedDates[1]", DATE_MESSAGE));
        }
    }

    static Stream<Arguments> equalTimes() {
        return Stream.of(
                Arguments.of("09:00", "09:00"),
                Arguments.of("00:00", "00:00"),
                Arguments.of("09:00", "09:00:00"),
                Arguments.of("23:59:59", "23:59:59"));
    }

    @Nested
    class CanonicalJson {

        @Test
        void toJsonWritesTheCanonicalForm() {
            ActivitySchedule schedule = new ActivitySchedule(
                    Set.of(SUNDAY, WEDNESDAY, MONDAY), LocalTime.of(9, 5), LocalTime.of(1, 0), 15,
                    Map.of(SATURDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(12, 30, 15)),
                            TUESDAY, DayHours.closed()),
                    Set.of(LocalDate.of(2028, 1, 1), LocalDate.of(2027, 12, 24), LocalDate.of(2027, 3, 1)));

            Schedule json = ScheduleParser.toJson(schedule);

            assertThat(json.operatingDays()).containsExactly("Monday", "Wednesday", "Sunday");
            assertThat(json.startTime()).isEqualTo("09:05");
            assertThat(json.endTime()).isEqualTo("01:00");
            assertThat(json.slotInterval()).isEqualTo(15);
            assertThat(new ArrayList<>(json.customHours().entrySet())).containsExactly(
                    Map.entry("Tuesday", new Schedule.DayHours(false, null, null)),
                    Map.entry("Saturday", new Schedule.DayHours(true, "10:00", "12:30:15")));
            assertThat(json.closedDates()).containsExactly("2027-03-01", "2027-12-24", "2028-01-01");
        }

        @Test
        void anEmptyScheduleWritesEmptyCollectionsNotNulls() {
            Schedule json = ScheduleParser.toJson(new ActivitySchedule(
                    Set.of(), LocalTime.MIDNIGHT, LocalTime.NOON, 5, Map.of(), Set.of()));

            assertThat(json).isEqualTo(new Schedule(List.of(), "00:00", "12:00", 5, Map.of(), List.of()));
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("io.slotwise.server.schedule.ScheduleParserTest#schedules")
        void parsingTheJsonOfAScheduleGivesTheSameSchedule(ActivitySchedule schedule) {
            assertThat(parsed(ScheduleParser.toJson(schedule))).isEqualTo(schedule);
        }

        @Test
        void parsingThenWritingNormalisesTheClientsSpelling() {
            Map<String, Schedule.DayHours> custom = new HashMap<>();
            custom.put("sunday", new Schedule.DayHours(null, "10:00:00", "12:00"));
            Schedule messy = new Schedule(List.of("FRIDAY", "monday", "Friday"), "09:00:00", "22:00", 60, custom,
                    List.of("2027-12-25", "2027-12-24", "2027-12-25"));

            assertThat(ScheduleParser.toJson(parsed(messy))).isEqualTo(new Schedule(
                    List.of("Monday", "Friday"), "09:00", "22:00", 60,
                    Map.of("Sunday", new Schedule.DayHours(true, "10:00", "12:00")),
                    List.of("2027-12-24", "2027-12-25")));
        }
    }

    static Stream<ActivitySchedule> schedules() {
        return Stream.of(
                new ActivitySchedule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(22, 0), 60, Map.of(), Set.of()),
                new ActivitySchedule(Set.of(), LocalTime.of(18, 0), LocalTime.of(2, 0), 5,
                        Map.of(FRIDAY, DayHours.open(LocalTime.of(20, 0), LocalTime.of(4, 0))), Set.of()),
                new ActivitySchedule(Set.of(MONDAY, SATURDAY), LocalTime.of(0, 0), LocalTime.of(23, 59, 59), 1440,
                        Map.of(SUNDAY, DayHours.closed(),
                                SATURDAY, new DayHours(false, LocalTime.of(1, 2, 3), LocalTime.of(4, 5, 6)),
                                MONDAY, DayHours.open(LocalTime.of(7, 30), LocalTime.of(7, 29))),
                        Set.of(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(1999, 12, 31))));
    }
}
