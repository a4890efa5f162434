package io.slotwise.admin.activities;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The slots the activity form's schedule would make in a chosen week, asked of the server a
 * moment after the member stops typing; problems of the preview go to the form's fields.
 */
public final class SchedulePreviewModel {

    /** The preview waits this long after the last keystroke, so typing "10:30" asks once. */
    static final Duration PREVIEW_QUIET = Duration.millis(450);

    /** One day of the preview week and the slots starting on it (none: closed). */
    public record PreviewDay(LocalDate date, List<SchedulePreview.Slot> slots) {
    }

    private final AdminSession session;
    private final ActivityForm form;
    private final Supplier<UUID> venue;
    private final BiConsumer<Map<String, String>, Predicate<String>> showErrors;
    private final ReadOnlyObjectWrapper<LocalDate> week = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewDay> days = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final PauseTransition soon = new PauseTransition(PREVIEW_QUIET);
    private int calls;

    /**
     * {@code venue}: the venue of the open form (null while none is open); {@code showErrors}:
     * puts the preview's problems on the form's fields (those the preview judges).
     */
    SchedulePreviewModel(AdminSession session, ActivityForm form, Supplier<UUID> venue,
            BiConsumer<Map<String, String>, Predicate<String>> showErrors) {
        this.session = session;
        this.form = form;
        this.venue = venue;
        this.showErrors = showErrors;
        soon.setOnFinished(e -> refresh());
        form.schedule().onChange(this::later);
        form.durationProperty().addListener(x -> later());
        week.addListener((o, was, now) -> refresh());
    }

    /** Previews the week (Monday to Sunday) of {@code day}. */
    public void showWeek(LocalDate day) {
        if (day != null) {
            week.set(monday(day));
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the week previewed. */
    public ReadOnlyObjectProperty<LocalDate> weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ObservableList<PreviewDay> days() {
        return days;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void clear() {
        days.clear();
        problem.set("");
    }

    private void later() {
        if (venue.get() != null) {
            soon.playFromStart();
        }
    }

    /** Asks the server now for the slots the form's schedule would make in the preview week. */
    public void refresh() {
        soon.stop();
        LocalDate shown = week.get();
        UUID venueId = venue.get();
        if (venueId == null || shown == null) {
            return;
        }
        int call = ++calls;
        Map<String, String> local = new LinkedHashMap<>(form.schedule().localErrors());
        Integer duration = form.durationMinutes();
        if (duration == null) {
            local.put("durationMinutes", "must be a whole number");
        }
        if (!local.isEmpty()) {
            showErrors.accept(local, FieldErrors::previewJudges);
            days.clear();
            problem.set("Correct the highlighted fields to see the slots.");
            return;
        }
        SchedulePreviewRequest request = new SchedulePreviewRequest(form.schedule().toSchedule(), duration, shown, 7);
        session.async().run(() -> session.client().previewSchedule(venueId, request), (SchedulePreview result) -> {
            if (call != calls) {
                return; // an older schedule's answer
            }
            showErrors.accept(Map.of(), FieldErrors::previewJudges);
            problem.set(result.slots().isEmpty() ? "No slots in this week." : "");
            show(shown, result.slots());
        }, p -> {
            if (call != calls) {
                return;
            }
            showErrors.accept(p.fields(), FieldErrors::previewJudges);
            days.clear();
            problem.set(p.fields().isEmpty() ? p.message() : "Correct the highlighted fields to see the slots.");
        });
    }

    private void show(LocalDate monday, List<SchedulePreview.Slot> slots) {
        List<PreviewDay> shown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            // Slot times are in the venue's zone, so their local date is the venue's day.
            shown.add(new PreviewDay(day, slots.stream().filter(s -> s.start().toLocalDate().equals(day)).toList()));
        }
        days.setAll(shown);
    }
}
