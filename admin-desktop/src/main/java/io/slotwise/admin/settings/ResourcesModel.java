package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Confirm;
import io.slotwise.common.api.Resource;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The venue's shared resources (owners): the rooms, lanes and guides that several activities use.
 * Adding, renaming and removing one; which activities use one is set on each activity.
 */
final class ResourcesModel {

    private final AdminSession session;
    private final Confirm confirm;
    private final Async.Latest loading;
    private final ObservableList<Resource> resources = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ResourcesModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
        this.loading = session.async().latest();
    }

    void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            resources.clear();
            return;
        }
        loading.run(() -> session.client().admin().resources(venue.id()), resources::setAll, p -> message.set(p.message()));
    }

    void add() {
        VenueDetails venue = session.venue();
        String name = newName.get() == null ? "" : newName.get().trim();
        if (venue == null) {
            return;
        }
        if (name.isEmpty()) {
            message.set(text("settings.resources.nameMissing"));
            return;
        }
        session.async().run(() -> session.client().admin().createResource(venue.id(), name), made -> {
            newName.set("");
            message.set(text("settings.resources.added", made.name()));
            load();
        }, p -> message.set(p.message()));
    }

    void rename(Resource resource, String name) {
        if (name == null || name.isBlank() || name.trim().equals(resource.name())) {
            return;
        }
        session.async().run(() -> session.client().admin().renameResource(resource.id(), name.trim()), renamed -> {
            message.set(text("settings.resources.renamed", renamed.name()));
            load();
        }, p -> message.set(p.message()));
    }

    void remove(Resource resource) {
        if (!confirm.ask(text("settings.resources.removeQuestion", resource.name()), text("settings.remove"))) {
            return;
        }
        session.async().run(() -> {
            session.client().admin().deleteResource(resource.id());
            return resource;
        }, gone -> {
            message.set(text("settings.resources.removed", gone.name()));
            load();
        }, p -> message.set(p.message()));
    }

    ObservableList<Resource> resources() {
        return resources;
    }

    StringProperty newNameProperty() {
        return newName;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
