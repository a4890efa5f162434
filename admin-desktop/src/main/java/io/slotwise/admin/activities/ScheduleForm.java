package io.slotwise.admin.activities;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The schedule editor's state: operating days, default hours, slot interval, hours of their own
 * for some weekdays, and closed dates. Builds the wire {@link Schedule} as typed (the server
 * judges times, so its messages are the ones shown) and knows whether anything changed since it
 * was loaded.
 *
 * <p>A weekday's own hours only count while the weekday is open. On the wire a disabled
 * {@code customHours} entry closes its weekday; the form shows that as an unticked day, which is
 * what it means for the slots.
 */
public final class ScheduleForm {

    /** Mon–Fri 09:00–17:00, a slot every hour: a start for a new activity. */
    public static final Schedule DEFAULT = new Schedule(
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00", "17:00", 60, Map.of(), List.of());

    /** One weekday's own hours, overriding the default hours while {@link #enabled} is set. */
    public static final class CustomDay {
        private final BooleanProperty enabled = new SimpleBooleanProperty(false);
        private final StringProperty from = new SimpleStringProperty("");
        private final StringProperty until = new SimpleStringProperty("");

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty untilProperty() {
            return until;
        }
    }

    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, CustomDay> custom = new EnumMap<>(DayOfWeek.class);
    private final StringProperty openFrom = new SimpleStringProperty("");
    private final StringProperty openUntil = new SimpleStringProperty("");
    private final StringProperty slotInterval = new SimpleStringProperty("");
    private final ObservableList<LocalDate> closedDates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Object baseline;
    private boolean loading;

    public ScheduleForm() {
        List<Observable> all = new ArrayList<>(List.of(openFrom, openUntil, slotInterval, closedDates));
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(false));
            CustomDay own = new CustomDay();
            custom.put(day, own);
            // Ticking a day's own hours starts from the default hours: usually only one end differs.
            own.enabled.addListener((o, was, on) -> {
                if (on && !loading && own.from.get().isBlank() && own.until.get().isBlank()) {
                    own.from.set(openFrom.get());
                    own.until.set(openUntil.get());
                }
            });
            all.addAll(List.of(days.get(day), own.enabled, own.from, own.until));
        }
        all.forEach(o -> o.addListener(x -> changed()));
        load(DEFAULT);
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public CustomDay custom(DayOfWeek day) {
        return custom.get(day);
    }

    public StringProperty openFromProperty() {
        return openFrom;
    }

    public StringProperty openUntilProperty() {
        return openUntil;
    }

    /** The slot interval in minutes, as typed. */
    public StringProperty slotIntervalProperty() {
        return slotInterval;
    }

    /** The closed dates, ascending; change them with {@link #addClosedDate} and {@link #removeClosedDate}. */
    public ObservableList<LocalDate> closedDates() {
        return FXCollections.unmodifiableObservableList(closedDates);
    }

    /** Adds a closed date in order; false when there is none or it is already closed. */
    public boolean addClosedDate(LocalDate date) {
        if (date == null || closedDates.contains(date)) {
            return false;
        }
        int at = 0;
        while (at < closedDates.size() && closedDates.get(at).isBefore(date)) {
            at++;
        }
        closedDates.add(at, date);
        return true;
    }

    public void removeClosedDate(LocalDate date) {
        closedDates.remove(date);
    }

    /** Whether anything differs from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Called after every edit (and after a load), e.g. to refresh a preview. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The slot interval, when it is a whole number. */
    public Optional<Integer> interval() {
        try {
            return Optional.of(Integer.parseInt(slotInterval.get().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * What the server can't be asked about, by its field name: an interval that is not a number
     * would only reach it as "required", which is not what the member did wrong.
     */
    public Map<String, String> localErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (interval().isEmpty()) {
            errors.put("schedule.slotInterval", Texts.text("activities.mustBeWholeMinutes"));
        }
        return errors;
    }

    /** The schedule as typed (a blank time is sent as missing, so the server says it is required). */
    public Schedule toSchedule() {
        List<String> operating = new ArrayList<>();
        Map<String, Schedule.DayHours> own = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!days.get(day).get()) {
                continue;
            }
            operating.add(day.name());
            CustomDay hours = custom.get(day);
            if (hours.enabled.get()) {
                own.put(day.name(), new Schedule.DayHours(true, text(hours.from), text(hours.until)));
            }
        }
        List<String> closed = closedDates.stream().map(LocalDate::toString).toList();
        return new Schedule(operating, text(openFrom), text(openUntil), interval().orElse(null), own, closed);
    }

    /** Shows {@code schedule} (as the server keeps it: any weekday spelling) and marks it saved. */
    public void load(Schedule schedule) {
        loading = true;
        try {
            Map<DayOfWeek, Schedule.DayHours> own = new EnumMap<>(DayOfWeek.class);
            if (schedule.customHours() != null) {
                schedule.customHours().forEach((name, hours) -> weekday(name).ifPresent(d -> {
                    if (hours != null) {
                        own.put(d, hours);
                    }
                }));
            }
            List<DayOfWeek> operating = schedule.operatingDays() == null ? List.of()
                    : schedule.operatingDays().stream().map(ScheduleForm::weekday).flatMap(Optional::stream).toList();
            for (DayOfWeek day : DayOfWeek.values()) {
                Schedule.DayHours hours = own.get(day);
                // The server's rule: a weekday's own entry wins over the operating days.
                boolean ownOpen = hours != null && (hours.enabled() == null || hours.enabled());
                days.get(day).set(hours != null ? ownOpen : operating.contains(day));
                CustomDay row = custom.get(day);
                row.enabled.set(ownOpen);
                row.from.set(hours == null || hours.startTime() == null ? "" : hours.startTime());
                row.until.set(hours == null || hours.endTime() == null ? "" : hours.endTime());
            }
            openFrom.set(Objects.requireNonNullElse(schedule.startTime(), ""));
            openUntil.set(Objects.requireNonNullElse(schedule.endTime(), ""));
            slotInterval.set(schedule.slotInterval() == null ? "" : schedule.slotInterval().toString());
            List<LocalDate> closed = new ArrayList<>();
            if (schedule.closedDates() != null) {
                for (String date : schedule.closedDates()) {
                    try {
                        closed.add(LocalDate.parse(date));
                    } catch (DateTimeParseException | NullPointerException ignored) {
                        // The server only keeps valid dates; nothing to show for anything else.
                    }
                }
            }
            closedDates.setAll(closed.stream().distinct().sorted().toList());
        } finally {
            loading = false;
        }
        markSaved();
    }

    /** The form as it is now becomes the saved state. */
    public void markSaved() {
        baseline = snapshot();
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(!snapshot().equals(baseline));
        changeListeners.forEach(Runnable::run);
    }

    /** Everything the member can change: the schedule, and an interval that isn't a number yet. */
    private Object snapshot() {
        return List.of(toSchedule(), slotInterval.get() == null ? "" : slotInterval.get().trim());
    }

    private static String text(StringProperty property) {
        String value = property.get();
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Optional<DayOfWeek> weekday(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
