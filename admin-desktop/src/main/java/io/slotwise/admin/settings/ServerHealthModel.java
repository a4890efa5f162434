package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Texts;
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
            return text("settings.server.part", name, up ? text("settings.server.up") : statusName(status));
        }
    }

    /** The key of what each part is called here, in the order shown; parts not named here follow under their own names. */
    static final Map<String, String> NAMES = names();
    private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("db", "settings.server.db");
        names.put("eventRelay", "settings.server.eventRelay");
        names.put("diskSpace", "settings.server.diskSpace");
        names.put("ssl", "settings.server.ssl");
        names.put("readinessState", "settings.server.readinessState");
        names.put("livenessState", "settings.server.livenessState");
        return java.util.Collections.unmodifiableMap(names);
    }

    /** A status other than UP in words; one this version does not know, as the server says it. */
    private static String statusName(String status) {
        return switch (status) {
            case "DOWN" -> text("settings.server.down");
            case "OUT_OF_SERVICE" -> text("settings.server.outOfService");
            case "UNKNOWN" -> text("settings.server.unknown");
            default -> status.toLowerCase(Locale.ROOT);
        };
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
            summary.set(text("settings.server.unreachable", p.message()));
        });
    }

    private void show(ServerHealth health) {
        List<Part> shown = new ArrayList<>();
        Map<String, ServerHealth.Part> components = health.components() == null ? Map.of() : health.components();
        NAMES.forEach((key, name) -> {
            if (components.containsKey(key)) {
                shown.add(part(key, text(name), components.get(key)));
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
        summary.set(health.up() ? text("settings.server.working", when) : text("settings.server.problem", down(shown), when));
    }

    private static Part part(String key, String name, ServerHealth.Part part) {
        String status = part == null || part.status() == null ? "UNKNOWN" : part.status();
        return new Part(key, name, "UP".equals(status), status);
    }

    private static String down(List<Part> parts) {
        List<String> names = parts.stream().filter(p -> !p.up()).map(Part::name).toList();
        if (names.isEmpty()) {
            return text("settings.server.seeBelow");
        }
        String joined = String.join(", ", names);
        // In the middle of an English sentence the parts are written small; German nouns keep their capitals.
        return text("settings.server.notWorking", Texts.language().equals("en") ? joined.toLowerCase(Locale.ROOT) : joined);
    }

    ObservableList<Part> parts() {
        return parts;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
