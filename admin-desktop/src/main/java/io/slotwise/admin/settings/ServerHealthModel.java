package io.slotwise.admin.settings;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.ServerHealth;
import io.slotwise.common.fx.Async;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Server tab: the health the server reports to load balancers ({@code /actuator/health}),
 * part by part in words an owner understands, and when it was checked.
 */
final class ServerHealthModel {

    /** A part of the server and whether it works. */
    record Part(String key, String name, boolean up, String status) {

        @Override
        public String toString() {
            return name + ": " + (up ? "working" : status.toLowerCase(Locale.ROOT));
        }
    }

    /** What each part is called here, in the order shown; parts not named here follow under their own names. */
    static final Map<String, String> NAMES = names();
    private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("db", "Database");
        names.put("eventRelay", "Live updates between server instances");
        names.put("diskSpace", "Disk space");
        names.put("ssl", "Certificates");
        names.put("readinessState", "Ready for customers");
        names.put("livenessState", "Running");
        return java.util.Collections.unmodifiableMap(names);
    }

    private final AdminSession session;
    private final Async.Latest loading;
    private final ObservableList<Part> parts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    ServerHealthModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
    }

    void load() {
        loading.run(() -> session.client().staff().health(), this::show, p -> {
            parts.clear();
            summary.set("The server could not be asked: " + p.message());
        });
    }

    private void show(ServerHealth health) {
        List<Part> shown = new ArrayList<>();
        Map<String, ServerHealth.Part> components = health.components() == null ? Map.of() : health.components();
        NAMES.forEach((key, name) -> {
            if (components.containsKey(key)) {
                shown.add(part(key, name, components.get(key)));
            }
        });
        components.forEach((key, part) -> {
            if (!NAMES.containsKey(key) && !key.equals("ping")) {
                shown.add(part(key, key, part));
            }
        });
        parts.setAll(shown);
        ZoneId zone = session.venue() == null ? session.clock().getZone() : ZoneId.of(session.venue().timezone());
        String when = CHECKED.format(session.clock().instant().atZone(zone));
        summary.set((health.up() ? "The server is working." : "The server reports a problem: " + down(shown) + ".")
                + " Checked at " + when + ".");
    }

    private static Part part(String key, String name, ServerHealth.Part part) {
        String status = part == null || part.status() == null ? "UNKNOWN" : part.status();
        return new Part(key, name, "UP".equals(status), status);
    }

    private static String down(List<Part> parts) {
        List<String> names = parts.stream().filter(p -> !p.up()).map(Part::name).toList();
        return names.isEmpty() ? "see below" : String.join(", ", names).toLowerCase(Locale.ROOT) + " not working";
    }

    ObservableList<Part> parts() {
        return parts;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
