package io.slotwise.admin.activities;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Problem;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * The Activities page's state: the venue's activities, the one being edited (or a new one), the
 * slots its schedule would make in a chosen week, and the problems of the last save or preview,
 * by field. Unsaved edits are only ever dropped after the member agreed through {@link Confirm}.
 */
public final class ActivitiesModel {

    /** The preview waits this long after the last keystroke, so typing "10:30" asks once. */
    static final Duration PREVIEW_QUIET = Duration.millis(450);

    /** One day of the preview week and the slots starting on it (none: closed). */
    public record PreviewDay(LocalDate date, List<SchedulePreview.Slot> slots) {
    }

    private final AdminSession session;
    private final Confirm confirm;
    private final ObservableList<ActivityDetails> activities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ActivityDetails> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ActivityForm form = new ActivityForm();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper listProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> previewWeek = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewDay> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding editing = Bindings.createBooleanBinding(
            () -> current.get() != null || creating.get(), current, creating);
    private final BooleanBinding canEdit;
    private final PauseTransition previewSoon = new PauseTransition(PREVIEW_QUIET);
    private UUID venueId;
    private UUID formVenueId;
    private int listCalls;
    private int previewCalls;

    public ActivitiesModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
        this.canEdit = session.ownerProperty().and(editing);
        previewSoon.setOnFinished(e -> refreshPreview());
        form.schedule().onChange(this::previewLater);
        form.durationProperty().addListener(x -> previewLater());
        previewWeek.addListener((o, was, week) -> refreshPreview());
        session.onEvent(this::onEvent);
    }

    // ------------------------------------------------------------------ the list

    /** Reads the activities of the venue on screen; a changed venue first closes the form (if allowed). */
    public void load() {
        VenueDetails venue = session.venue();
        UUID now = venue == null ? null : venue.id();
        if (now == null || !now.equals(venueId)) {
            venueId = now;
            activities.clear();
            if (mayDiscard()) {
                close();
            }
            if (previewWeek.get() == null || formVenueId == null) {
                showWeek(session.today());
            }
        }
        reloadList();
    }

    private void reloadList() {
        if (venueId == null) {
            return;
        }
        UUID venue = venueId;
        int call = ++listCalls;
        session.async().run(() -> session.client().activities(venue), list -> {
            if (call != listCalls || !venue.equals(venueId)) {
                return; // an answer for a venue no longer on screen, or overtaken by a newer read
            }
            listProblem.set("");
            activities.setAll(list);
            reconcile();
        }, p -> {
            if (call == listCalls) {
                listProblem.set(p.message());
            }
        });
    }

    /** Follows changes made elsewhere into the form, unless the member is editing it. */
    private void reconcile() {
        ActivityDetails open = current.get();
        if (open != null) {
            Optional<ActivityDetails> fresh = find(open.id());
            if (form.isDirty()) {
                fresh.ifPresent(current::set);
                return;
            }
            if (fresh.isPresent()) {
                if (!fresh.get().equals(open)) {
                    show(fresh.get());
                }
                return;
            }
            close();
        }
        if (current.get() == null && !creating.get() && !activities.isEmpty()) {
            show(activities.get(0));
        }
    }

    private void onEvent(VenueEvent event) {
        if (event instanceof VenueEvent.ActivityUpdated || event instanceof VenueEvent.Resync) {
            reloadList();
        }
    }

    // ------------------------------------------------------------------ opening

    /** Opens {@code activity} in the form; false when the member keeps their unsaved edits instead. */
    public boolean open(ActivityDetails activity) {
        if (activity == null || (current.get() != null && current.get().id().equals(activity.id()) && !creating.get())) {
            return true;
        }
        if (!mayDiscard()) {
            return false;
        }
        show(activity);
        return true;
    }

    /** Starts a new activity (owners only); false when the member keeps their unsaved edits instead. */
    public boolean startNew() {
        if (!session.ownerProperty().get() || venueId == null) {
            return false;
        }
        if (!mayDiscard()) {
            return false;
        }
        String currency = activities.isEmpty() ? "EUR" : activities.get(0).currency();
        current.set(null);
        creating.set(true);
        formVenueId = venueId;
        form.loadNew(currency);
        clearFeedback();
        refreshPreview();
        return true;
    }

    /** Whether the page may be left; asks first when there are unsaved edits, and drops them if agreed. */
    public boolean mayLeave() {
        if (!form.isDirty()) {
            return true;
        }
        if (!confirm.discard(editedName())) {
            return false;
        }
        if (creating.get()) {
            close();
            reconcile();
        } else if (current.get() != null) {
            show(current.get());
        }
        return true;
    }

    private boolean mayDiscard() {
        return !form.isDirty() || confirm.discard(editedName());
    }

    /** The name the member knows the edited activity by. */
    public String editedName() {
        if (current.get() != null) {
            return current.get().name();
        }
        String typed = form.nameProperty().get();
        return typed == null || typed.isBlank() ? "the new activity" : typed.trim();
    }

    private void show(ActivityDetails activity) {
        creating.set(false);
        current.set(activity);
        formVenueId = activity.venueId();
        form.load(activity);
        clearFeedback();
        refreshPreview();
    }

    private void close() {
        creating.set(false);
        current.set(null);
        formVenueId = null;
        form.markSaved();
        clearFeedback();
        preview.clear();
    }

    // ------------------------------------------------------------------ saving

    public void save() {
        if (!canEdit.get()) {
            return;
        }
        boolean active = current.get() == null || current.get().active();
        Map<String, String> local = new LinkedHashMap<>();
        send(form.request(active, local), local, "Saved");
    }

    /** Archives the open activity: hidden from customers, no new sessions; it can be brought back. */
    public void archive() {
        changeActive(false);
    }

    public void restore() {
        changeActive(true);
    }

    /** As saved, with only {@code active} changed: edits in the form are not slipped in with it. */
    private void changeActive(boolean active) {
        ActivityDetails open = current.get();
        if (open == null || !canEdit.get() || open.active() == active || !mayDiscard()) {
            return;
        }
        show(open);
        ActivityRequest request = new ActivityRequest(open.name(), open.description(), open.durationMinutes(),
                open.price(), open.currency(), open.minPartySize(), open.maxPartySize(), open.capacity(),
                open.paymentMode(), open.stripePriceId(), open.schedule(), active);
        send(request, Map.of(), active ? "Brought back" : "Archived");
    }

    private void send(ActivityRequest request, Map<String, String> local, String done) {
        if (request == null) {
            showErrors(local, null);
            setMessage("Please correct the highlighted fields.", true);
            return;
        }
        ActivityDetails editing = current.get();
        UUID venue = formVenueId;
        setMessage("", false);
        session.async().run(() -> editing == null
                ? session.client().createActivity(venue, request)
                : session.client().updateActivity(editing.id(), request), (ActivityDetails saved) -> {
            if (current.get() != editing || (editing == null && !creating.get())) {
                return; // the member moved on meanwhile; the list will show the result
            }
            show(saved);
            setMessage(done + " " + saved.name() + (saved.active() ? "." : ": hidden from customers, no new sessions."),
                    false);
            reloadList();
        }, p -> {
            if (current.get() != editing) {
                return;
            }
            showErrors(p.fields(), null);
            setMessage(p.message() + unshown(p), true);
        });
    }

    // ------------------------------------------------------------------ preview

    /** Previews the week (Monday to Sunday) of {@code day}. */
    public void showWeek(LocalDate day) {
        if (day != null) {
            previewWeek.set(monday(day));
        }
    }

    /** The Monday of the week previewed. */
    public ReadOnlyObjectProperty<LocalDate> previewWeekProperty() {
        return previewWeek.getReadOnlyProperty();
    }

    private void previewLater() {
        if (formVenueId != null) {
            previewSoon.playFromStart();
        }
    }

    /** Asks the server now for the slots the form's schedule would make in the preview week. */
    public void refreshPreview() {
        previewSoon.stop();
        LocalDate week = previewWeek.get();
        if (formVenueId == null || week == null) {
            return;
        }
        int call = ++previewCalls;
        Map<String, String> local = new LinkedHashMap<>(form.schedule().localErrors());
        Integer duration = form.durationMinutes();
        if (duration == null) {
            local.put("durationMinutes", "must be a whole number");
        }
        if (!local.isEmpty()) {
            showErrors(local, FieldErrors::previewJudges);
            preview.clear();
            previewProblem.set("Correct the highlighted fields to see the slots.");
            return;
        }
        UUID venue = formVenueId;
        SchedulePreviewRequest request = new SchedulePreviewRequest(form.schedule().toSchedule(), duration, week, 7);
        session.async().run(() -> session.client().previewSchedule(venue, request), (SchedulePreview result) -> {
            if (call != previewCalls) {
                return; // an older schedule's answer
            }
            showErrors(Map.of(), FieldErrors::previewJudges);
            previewProblem.set(result.slots().isEmpty() ? "No slots in this week." : "");
            showPreview(week, result.slots());
        }, p -> {
            if (call != previewCalls) {
                return;
            }
            showErrors(p.fields(), FieldErrors::previewJudges);
            preview.clear();
            previewProblem.set(p.fields().isEmpty() ? p.message() : "Correct the highlighted fields to see the slots.");
        });
    }

    private void showPreview(LocalDate week, List<SchedulePreview.Slot> slots) {
        List<PreviewDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.plusDays(i);
            // Slot times are in the venue's zone, so their local date is the venue's day.
            days.add(new PreviewDay(day, slots.stream().filter(s -> s.start().toLocalDate().equals(day)).toList()));
        }
        preview.setAll(days);
    }

    // ------------------------------------------------------------------ feedback

    /**
     * Replaces the errors judged by {@code scope} (all when null) with {@code fields}, keyed for
     * the form's labels.
     */
    private void showErrors(Map<String, String> fields, Predicate<String> scope) {
        errors.keySet().removeIf(key -> scope == null || scope.test(key));
        fields.forEach((field, text) -> {
            String key = FieldErrors.key(field);
            if (scope == null || scope.test(key)) {
                errors.merge(key, FieldErrors.wording(field, text), (a, b) -> a + "; " + b);
            }
        });
    }

    /** Field errors the form has no label for, so that they are still said somewhere. */
    private static String unshown(Problem p) {
        StringBuilder more = new StringBuilder();
        p.fields().forEach((field, text) -> {
            if (!FieldErrors.SHOWN.contains(FieldErrors.key(field))) {
                more.append(" ").append(field).append(": ").append(text).append('.');
            }
        });
        return more.toString();
    }

    private void clearFeedback() {
        errors.clear();
        setMessage("", false);
        previewProblem.set("");
    }

    private void setMessage(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    private Optional<ActivityDetails> find(UUID id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    // ------------------------------------------------------------------ for the view

    public ObservableList<ActivityDetails> activities() {
        return activities;
    }

    /** The saved activity in the form; null while a new one is edited or nothing is open. */
    public ReadOnlyObjectProperty<ActivityDetails> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** A form is open (an activity, or a new one). */
    public BooleanBinding editingProperty() {
        return editing;
    }

    /** The member may change what is open: an owner, with a form open. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public ActivityForm form() {
        return form;
    }

    /** Problems by form label key (see {@link FieldErrors#key}). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listProblemProperty() {
        return listProblem.getReadOnlyProperty();
    }

    public ObservableList<PreviewDay> preview() {
        return preview;
    }

    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }
}
