package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.KioskDevice;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The kiosk devices of the venue on screen. A new device's token is kept here only until the
 * member leaves the section or creates another device: the server never shows it again.
 */
final class KioskModel {

    private final AdminSession session;
    private final Confirm confirm;
    private final ObservableList<KioskDevice> devices = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenDevice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Times are shown on the venue's clock. */
    java.time.ZoneId zone() {
        return session.zone();
    }

    KioskModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
    }

    void load() {
        UUID venue = venueId();
        if (venue == null) {
            devices.clear();
            return;
        }
        session.async().run(() -> session.client().admin().kioskDevices(venue), list -> {
            if (venue.equals(venueId())) {
                devices.setAll(list);
            }
        }, problem -> message.set(problem.message()));
    }

    void create() {
        UUID venue = venueId();
        if (venue == null) {
            return;
        }
        forgetToken();
        errors.clear();
        message.set("");
        String wanted = Forms.text(name.get());
        session.async().run(() -> session.client().admin().registerKioskDevice(venue, wanted), issued -> {
            name.set("");
            if (venue.equals(venueId())) {
                tokenDevice.set(issued.name());
                token.set(issued.token());
            }
            load();
        }, problem -> {
            problem.field("name").ifPresent(m -> errors.put("kioskName", Forms.sentence(m)));
            String rest = Forms.unplaced(problem, "name"::equals);
            message.set(problem.fields().isEmpty() ? problem.message() : rest);
        });
    }

    void revoke(KioskDevice device) {
        if (device == null || device.revokedAt() != null || !confirm.ask(text("settings.kiosk.revokeQuestion", device.name()),
                text("settings.kiosk.revoke"))) {
            return;
        }
        message.set("");
        session.async().run(() -> session.client().admin().revokeKioskDevice(device.id()), () -> {
            message.set(text("settings.kiosk.revoked", device.name()));
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    /** Drops the token shown once: it must not stay on screen after the member moved on. */
    void forgetToken() {
        token.set("");
        tokenDevice.set("");
    }

    private UUID venueId() {
        return session.venue() == null ? null : session.venue().id();
    }

    ObservableList<KioskDevice> devices() {
        return devices;
    }

    StringProperty nameProperty() {
        return name;
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    ReadOnlyStringProperty tokenDeviceProperty() {
        return tokenDevice.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
