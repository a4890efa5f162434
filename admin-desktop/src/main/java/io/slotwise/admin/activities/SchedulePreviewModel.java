package io.slotwise.admin.activities;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import io.slotwise.common.fx.Async;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The slots the schedule in the activity form would make in a chosen week, asked of the server
 * a moment after the member stops typing; only the answer for the latest schedule is shown.
 */
public final class SchedulePreviewModel {

    /** The preview waits this long after the last keystroke, so typing "10:30" asks once. */
    static final Duration PREVIEW_QUIET = Duration.millis(450);

    /** One day of the preview week and the slots starting on it (none: closed). */
    public record PreviewDay(LocalDate date, List<SchedulePreview.Slot> slots) {
    }

    private final AdminSession session;
    private final ActivityForm form;
    private final FormErrors errors;
    /** The venue of the activity in the form; null while no form is open. */
    private final Supplier<UUID> formVenue;
    /** The activity in the form, null for a new one: its own sessions are no collision. */
    private final Supplier<UUID> formActivity;
    private final ReadOnlyObjectWrapper<LocalDate> week = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewDay> days = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final PauseTransition soon = new PauseTransition(PREVIEW_QUIET);
    private final Async.Latest asking;

    SchedulePreviewModel(AdminSession session, ActivityForm form, FormErrors errors, Supplier<UUID> formVenue,
            Supplier<UUID> formActivity) {
        this.session = session;
        this.form = form;
        this.errors = errors;
        this.formVenue = formVenue;
        this.formActivity = formActivity;
        this.asking = session.async().latest();
        soon.setOnFinished(e -> refresh());
        form.schedule().onChange(this::later);
        form.durationProperty().addListener(x -> later());
        // The rooms it uses and their reset decide which slots collide with other activities.
        form.selling().resources().addListener((javafx.collections.SetChangeListener<UUID>) c -> later());
        form.selling().bufferProperty().addListener(x -> later());
        week.addListener((o, was, monday) -> refresh());
    }

    /** Previews the week (Monday to Sunday) of {@code day}. */
    public void showWeek(LocalDate day) {
        if (day != null) {
            week.set(monday(day));
        }
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

    private void later() {
        if (formVenue.get() != null) {
            soon.playFromStart();
        }
    }

    /** Asks the server now for the slots the form's schedule would make in the preview week. */
    public void refresh() {
        soon.stop();
        LocalDate monday = week.get();
        UUID venue = formVenue.get();
        if (venue == null || monday == null) {
            return;
        }
        Map<String, String> local = new LinkedHashMap<>(form.schedule().localErrors());
        Integer duration = form.durationMinutes();
        if (duration == null) {
            local.put("durationMinutes", text("activities.mustBeWhole"));
        }
        if (!local.isEmpty()) {
            asking.forget(); // an older schedule's answer must not replace these errors
            errors.show(local, FieldErrors::previewJudges);
            days.clear();
            problem.set(text("activities.correctFieldsForSlots"));
            return;
        }
        SchedulePreviewRequest request = new SchedulePreviewRequest(form.schedule().toSchedule(), duration, monday, 7,
                List.copyOf(form.selling().resources()), bufferMinutes(), formActivity.get());
        asking.run(() -> session.client().staff().previewSchedule(venue, request), (SchedulePreview result) -> {
            errors.show(Map.of(), FieldErrors::previewJudges);
            problem.set(result.slots().isEmpty() ? text("activities.noSlots") : "");
            show(monday, result.slots());
        }, p -> {
            errors.show(p.fields(), FieldErrors::previewJudges);
            days.clear();
            problem.set(p.fields().isEmpty() ? p.message() : text("activities.correctFieldsForSlots"));
        });
    }

    /** The reset time as typed, when it is a whole number of minutes (the preview ignores it otherwise). */
    private Integer bufferMinutes() {
        try {
            int minutes = Integer.parseInt(form.selling().bufferProperty().get().trim());
            return minutes >= 0 && minutes <= 24 * 60 ? minutes : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** No form is open: nothing to preview, and answers on their way are dropped. */
    void clear() {
        asking.forget();
        days.clear();
        problem.set("");
    }

    /** A new form: its own problems only. */
    void clearProblem() {
        problem.set("");
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

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
