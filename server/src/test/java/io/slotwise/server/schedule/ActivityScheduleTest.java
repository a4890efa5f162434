package io.slotwise.server.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityScheduleTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    @Test
    void laterChangesToTheCallersCollectionsDoNotLeakIn() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        Map<DayOfWeek, DayHours> custom = new EnumMap<>(DayOfWeek.class);
        Set<LocalDate> closed = new HashSet<>();
        ActivitySchedule schedule = new ActivitySchedule(days, NINE, FIVE, 60, custom, closed);

        days.add(SATURDAY);
        custom.put(SATURDAY, DayHours.closed());
        closed.add(LocalDate.of(2027, 1, 1));

        assertThat(schedule.operatingDays()).containsExactly(MONDAY);
        assertThat(schedule.customHours()).isEmpty();
        assertThat(schedule.closedDates()).isEmpty();
    }

    @Test
    void theCollectionsCannotBeModified() {
        ActivitySchedule schedule = new ActivitySchedule(Set.of(MONDAY), NINE, FIVE, 60, Map.of(), Set.of());

        assertThatThrownBy(() -> schedule.operatingDays().add(SATURDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schedule.customHours().put(SATURDAY, DayHours.closed()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schedule.closedDates().add(LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void schedulesWithTheSameContentAreEqualWhateverTheCollectionTypes() {
        ActivitySchedule a = new ActivitySchedule(EnumSet.of(MONDAY, SATURDAY), NINE, FIVE, 60,
                new EnumMap<>(Map.of(SATURDAY, DayHours.closed())), new HashSet<>(Set.of(LocalDate.of(2027, 1, 1))));
        ActivitySchedule b = new ActivitySchedule(Set.of(SATURDAY, MONDAY), NINE, FIVE, 60,
                Map.of(SATURDAY, DayHours.closed()), Set.of(LocalDate.of(2027, 1, 1)));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> new ActivitySchedule(null, NINE, FIVE, 60, Map.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new ActivitySchedule(Set.of(), null, FIVE, 60, Map.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new ActivitySchedule(Set.of(), NINE, null, 60, Map.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new ActivitySchedule(Set.of(), NINE, FIVE, 60, null, Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new ActivitySchedule(Set.of(), NINE, FIVE, 60, Map.of(), null));
    }

    @Test
    void enabledDayHoursNeedBothTimesWhileDisabledOnesNeedNone() {
        assertThatNullPointerException().isThrownBy(() -> new DayHours(true, null, FIVE));
        assertThatNullPointerException().isThrownBy(() -> new DayHours(true, NINE, null));
        assertThat(new DayHours(false, null, null)).isEqualTo(DayHours.closed());
        assertThat(DayHours.open(NINE, FIVE)).isEqualTo(new DayHours(true, NINE, FIVE));
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        Instant start = Instant.parse("2027-06-07T10:00:00Z");

        assertThat(new SlotTime(start, start.plusSeconds(60)).duration()).isEqualTo(Duration.ofMinutes(1));
        assertThatIllegalArgumentException().isThrownBy(() -> new SlotTime(start, start));
        assertThatIllegalArgumentException().isThrownBy(() -> new SlotTime(start, start.minusSeconds(1)));
        assertThatNullPointerException().isThrownBy(() -> new SlotTime(null, start));
    }
}
