package io.slotwise.admin.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduleFormTest {

    final ScheduleForm form = new ScheduleForm();

    @Test
    void aLoadedScheduleIsShownAndBuiltBackUnchangedAndIsNotDirty() {
        Schedule weekdays = new Schedule(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "10:00", "13:00",
                60, Map.of("FRIDAY", new Schedule.DayHours(true, "10:00", "11:00")), List.of("2027-01-06"));

        form.load(weekdays);

        assertThat(form.dayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(form.dayProperty(DayOfWeek.SATURDAY).get()).isFalse();
        assertThat(form.openFromProperty().get()).isEqualTo("10:00");
        assertThat(form.slotIntervalProperty().get()).isEqualTo("60");
        assertThat(form.custom(DayOfWeek.FRIDAY).enabledProperty().get()).isTrue();
        assertThat(form.custom(DayOfWeek.FRIDAY).untilProperty().get()).isEqualTo("11:00");
        assertThat(form.custom(DayOfWeek.THURSDAY).enabledProperty().get()).isFalse();
        assertThat(form.closedDates()).containsExactly(LocalDate.of(2027, 1, 6));
        assertThat(form.toSchedule()).isEqualTo(weekdays);
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void theServersSpellingOfWeekdaysIsUnderstood() {
        form.load(new Schedule(List.of("Monday", "Sunday"), "09:00", "17:00", 30,
                Map.of("Sunday", new Schedule.DayHours(true, "12:00", "16:00")), List.of()));

        assertThat(form.dayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(form.dayProperty(DayOfWeek.SUNDAY).get()).isTrue();
        assertThat(form.custom(DayOfWeek.SUNDAY).fromProperty().get()).isEqualTo("12:00");
        assertThat(form.toSchedule().operatingDays()).containsExactly("MONDAY", "SUNDAY");
        assertThat(form.toSchedule().customHours()).containsOnlyKeys("SUNDAY");
    }

    @Test
    void aDisabledWeekdayEntryShowsAsAClosedDayAndAnEnabledOneOpensItsDay() {
        form.load(new Schedule(List.of("MONDAY", "TUESDAY"), "09:00", "17:00", 60,
                Map.of("TUESDAY", new Schedule.DayHours(false, null, null),
                        "SATURDAY", new Schedule.DayHours(null, "10:00", "14:00")), List.of()));

        assertThat(form.dayProperty(DayOfWeek.TUESDAY).get()).isFalse();
        assertThat(form.custom(DayOfWeek.TUESDAY).enabledProperty().get()).isFalse();
        assertThat(form.dayProperty(DayOfWeek.SATURDAY).get()).isTrue();
        assertThat(form.toSchedule().operatingDays()).containsExactly("MONDAY", "SATURDAY");
        assertThat(form.toSchedule().customHours())
                .isEqualTo(Map.of("SATURDAY", new Schedule.DayHours(true, "10:00", "14:00")));
    }

    @Test
    void editsMakeTheFormDirtyUntilUndoneOrSaved() {
        form.load(ScheduleForm.DEFAULT);
        AtomicInteger changes = new AtomicInteger();
        form.onChange(changes::incrementAndGet);

        form.openFromProperty().set("10:00");
        assertThat(form.isDirty()).isTrue();
        assertThat(changes).hasPositiveValue();
        form.openFromProperty().set("09:00");
        assertThat(form.isDirty()).isFalse();

        form.dayProperty(DayOfWeek.SUNDAY).set(true);
        assertThat(form.isDirty()).isTrue();
        form.markSaved();
        assertThat(form.isDirty()).isFalse();

        form.slotIntervalProperty().set("6o");
        assertThat(form.isDirty()).isTrue();
        form.load(ScheduleForm.DEFAULT);
        assertThat(form.isDirty()).isFalse();
        assertThat(form.dayProperty(DayOfWeek.SUNDAY).get()).isFalse();
    }

    @Test
    void ownHoursStartFromTheDefaultHoursAndOnlyCountOnAnOpenDay() {
        form.load(ScheduleForm.DEFAULT);
        ScheduleForm.CustomDay friday = form.custom(DayOfWeek.FRIDAY);

        friday.enabledProperty().set(true);
        assertThat(friday.fromProperty().get()).isEqualTo("09:00");
        assertThat(friday.untilProperty().get()).isEqualTo("17:00");
        friday.untilProperty().set("12:00");
        assertThat(form.toSchedule().customHours())
                .isEqualTo(Map.of("FRIDAY", new Schedule.DayHours(true, "09:00", "12:00")));

        form.dayProperty(DayOfWeek.FRIDAY).set(false);
        assertThat(form.toSchedule().customHours()).isEmpty();
        assertThat(form.toSchedule().operatingDays()).doesNotContain("FRIDAY");

        form.dayProperty(DayOfWeek.FRIDAY).set(true);
        assertThat(form.toSchedule().customHours()).containsOnlyKeys("FRIDAY");
    }

    @Test
    void closedDatesStayInOrderWithoutDuplicates() {
        assertThat(form.addClosedDate(LocalDate.of(2027, 3, 2))).isTrue();
        assertThat(form.addClosedDate(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(form.addClosedDate(LocalDate.of(2027, 3, 2))).isFalse();
        assertThat(form.addClosedDate(null)).isFalse();
        assertThat(form.toSchedule().closedDates()).containsExactly("2027-01-05", "2027-03-02");
        assertThat(form.isDirty()).isTrue();

        form.removeClosedDate(LocalDate.of(2027, 1, 5));
        assertThat(form.toSchedule().closedDates()).containsExactly("2027-03-02");
    }

    @Test
    void typedTimesGoToTheServerAsTheyAreButAnIntervalThatIsNoNumberIsCaughtHere() {
        form.openFromProperty().set(" 25:00 ");
        form.openUntilProperty().set("");
        form.slotIntervalProperty().set("sixty");

        Schedule built = form.toSchedule();
        assertThat(built.startTime()).isEqualTo("25:00");
        assertThat(built.endTime()).isNull();
        assertThat(built.slotInterval()).isNull();
        assertThat(form.localErrors()).containsOnlyKeys("schedule.slotInterval");

        form.slotIntervalProperty().set("0");
        assertThat(form.localErrors()).isEmpty();
        assertThat(form.toSchedule().slotInterval()).isZero();
    }

    @Test
    void serverFieldNamesFindTheLabelUnderTheirControl() {
        assertThat(FieldErrors.key("schedule.startTime")).isEqualTo("startTime");
        assertThat(FieldErrors.key("schedule.operatingDays[0]")).isEqualTo("operatingDays");
        assertThat(FieldErrors.key("schedule.closedDates[3]")).isEqualTo("closedDates");
        assertThat(FieldErrors.key("schedule.customHours.Friday.endTime")).isEqualTo("custom-FRIDAY");
        assertThat(FieldErrors.key("schedule.customHours.FRIDAY")).isEqualTo("custom-FRIDAY");
        assertThat(FieldErrors.key("schedule.customHours.Funday")).isEqualTo("customHours");
        assertThat(FieldErrors.key("maxPartySize")).isEqualTo("maxPartySize");
        assertThat(FieldErrors.wording("schedule.slotInterval", "slotInterval must be between 5 and 1440 minutes"))
                .isEqualTo("must be between 5 and 1440 minutes");
        assertThat(FieldErrors.wording("schedule.startTime", "must be a 24-hour time in HH:mm format"))
                .isEqualTo("must be a 24-hour time in HH:mm format");
        assertThat(FieldErrors.previewJudges("custom-FRIDAY")).isTrue();
        assertThat(FieldErrors.previewJudges("name")).isFalse();
    }
}
