package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.AuditEntry;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The organization's latest changes by staff and kiosks, newest first, as the server lists them. */
final class AuditModel {

    static final int LIMIT = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdminSession session;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Times are shown on the venue's clock. */
    java.time.ZoneId zone() {
        return session.zone();
    }

    AuditModel(AdminSession session) {
        this.session = session;
    }

    void load() {
        var membership = session.organizationProperty().get();
        if (membership == null) {
            entries.clear();
            return;
        }
        UUID organization = membership.organizationId();
        session.async().run(() -> session.client().admin().auditLog(organization, LIMIT), list -> {
            var now = session.organizationProperty().get();
            if (now != null && organization.equals(now.organizationId())) {
                entries.setAll(list);
                message.set(list.isEmpty() ? text("settings.audit.nothingYet") : "");
            }
        }, problem -> message.set(problem.message()));
    }

    /** A state as indented JSON, for reading; "(none)" where there was none (a creation's before, say). */
    static String pretty(String json) {
        if (json == null || json.isBlank() || json.strip().equals("null")) {
            return text("settings.audit.none");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }

    ObservableList<AuditEntry> entries() {
        return entries;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
