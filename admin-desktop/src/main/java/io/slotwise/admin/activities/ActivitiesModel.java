package io.slotwise.admin.activities;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.Resource;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.fx.Async;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * The Activities page's state: the venue's activities, the one being edited (or a new one), and
 * the problems of the last save or preview, by field; the slots its schedule would make are in
 * {@link SchedulePreviewModel}. Unsaved edits are only ever dropped after the member agreed through {@link Confirm}.
 */
public final class ActivitiesModel {

    private final AdminSession session;
    private final Confirm confirm;
    private final ObservableList<ActivityDetails> activities = FXCollections.observableArrayList();
    /** The venue's shared resources, for the activities to use. */
    private final ObservableList<Resource> resources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ActivityDetails> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ActivityForm form = new ActivityForm();
    private final FormErrors errors = new FormErrors();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper listProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding editing = Bindings.createBooleanBinding(
            () -> current.get() != null || creating.get(), current, creating);
    private final BooleanBinding canEdit;
    private final SchedulePreviewModel schedulePreview;
    private final Async.Latest listing;
    private UUID venueId;
    private UUID formVenueId;

    public ActivitiesModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
        this.canEdit = session.ownerProperty().and(editing);
        this.listing = session.async().latest();
        this.schedulePreview = new SchedulePreviewModel(session, form, errors, () -> formVenueId,
                () -> current.get() == null ? null : current.get().id());
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
            if (schedulePreview.weekProperty().get() == null || formVenueId == null) {
                schedulePreview.showWeek(session.today());
            }
        }
        reloadList();
    }

    private void reloadList() {
        if (venueId == null) {
            return;
        }
        UUID venue = venueId;
        // Only the newest read counts: an answer for a venue no longer on screen is dropped.
        listing.run(() -> session.client().staff().activities(venue), list -> {
            listProblem.set("");
            activities.setAll(list);
            reconcile();
        }, p -> listProblem.set(p.message()));
        session.async().run(() -> session.client().admin().resources(venue), list -> {
            if (venue.equals(venueId)) {
                resources.setAll(list);
            }
        }, p -> listProblem.set(p.message()));
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
        schedulePreview.refresh();
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
        return typed == null || typed.isBlank() ? text("activities.theNewActivity") : typed.trim();
    }

    private void show(ActivityDetails activity) {
        creating.set(false);
        current.set(activity);
        formVenueId = activity.venueId();
        form.load(activity);
        clearFeedback();
        schedulePreview.refresh();
    }

    private void close() {
        creating.set(false);
        current.set(null);
        formVenueId = null;
        form.markSaved();
        clearFeedback();
        schedulePreview.clear();
    }

    // ------------------------------------------------------------------ saving

    public void save() {
        if (!canEdit.get()) {
            return;
        }
        boolean active = current.get() == null || current.get().active();
        Map<String, String> local = new LinkedHashMap<>();
        send(form.request(active, local), local, "activities.saved", "activities.savedHidden");
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
        send(request, Map.of(), active ? "activities.broughtBack" : "activities.archived",
                active ? "activities.broughtBackHidden" : "activities.archivedHidden");
    }

    /** {@code done}, {@code doneHidden}: the keys of what is said after it went through, for an active or an archived activity. */
    private void send(ActivityRequest request, Map<String, String> local, String done, String doneHidden) {
        if (request == null) {
            errors.show(local, null);
            setMessage(text("activities.correctFields"), true);
            return;
        }
        ActivityDetails editing = current.get();
        UUID venue = formVenueId;
        setMessage("", false);
        session.async().run(() -> editing == null
                ? session.client().staff().createActivity(venue, request)
                : session.client().staff().updateActivity(editing.id(), request), (ActivityDetails saved) -> {
            if (!sameActivity(current.get(), editing) || (editing == null && !creating.get())) {
                return; // the member moved on meanwhile; the list will show the result
            }
            show(saved);
            setMessage(text(saved.active() ? done : doneHidden, saved.name()), false);
            reloadList();
        }, p -> {
            if (!sameActivity(current.get(), editing)) {
                return;
            }
            errors.show(p.fields(), null);
            setMessage(p.message() + FormErrors.unshown(p), true);
        });
    }

    /**
     * Whether the form still shows the activity a save was sent for. By id: the list reloads on
     * every change event (this save's own among them) and may replace the open activity with a
     * fresher copy before the save's answer arrives; that answer must still be shown.
     */
    private static boolean sameActivity(ActivityDetails now, ActivityDetails sentFor) {
        return now == null ? sentFor == null : sentFor != null && now.id().equals(sentFor.id());
    }

    // ------------------------------------------------------------------ feedback

    private void clearFeedback() {
        errors.clear();
        setMessage("", false);
        schedulePreview.clearProblem();
    }

    private void setMessage(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    private Optional<ActivityDetails> find(UUID id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    // ------------------------------------------------------------------ for the view

    public ObservableList<Resource> resources() {
        return resources;
    }

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
        return errors.byKey();
    }

    /** The slots the form's schedule would make in a chosen week. */
    public SchedulePreviewModel schedulePreview() {
        return schedulePreview;
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
}
