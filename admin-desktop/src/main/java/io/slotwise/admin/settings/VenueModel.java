package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.common.fx.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The venue's own settings (name, time zone, the websites allowed to embed its widget) as an
 * edit that is saved or discarded as a whole, and its embed key with the widget snippet.
 */
final class VenueModel {

    private static final Pattern ORIGIN_INDEX = Pattern.compile("allowedOrigins\\[(\\d+)]");

    private final AdminSession session;
    private final Confirm confirm;
    private final ObjectProperty<VenueDetails> loaded = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty timezone = new SimpleStringProperty("");
    private final StringProperty origins = new SimpleStringProperty("");
    /** The contact printed on customers' mails, and the language of customers who chose none. */
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("en");
    /** The venue's brand in the widget and on the kiosk. */
    private final StringProperty logoUrl = new SimpleStringProperty("");
    private final StringProperty accent = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper embedKey = new ReadOnlyStringWrapper("");
    private final StringBinding snippet;
    private final BooleanBinding dirty;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper widgetMessage = new ReadOnlyStringWrapper("");

    VenueModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
        this.snippet = Bindings.createStringBinding(() -> WidgetSnippet.of(session.client().baseUrl(), embedKey.get()), embedKey);
        this.dirty = Bindings.createBooleanBinding(() -> {
            VenueDetails v = loaded.get();
            return v != null && (!Forms.text(name.get()).equals(Forms.text(v.name()))
                    || !Forms.text(timezone.get()).equals(Forms.text(v.timezone()))
                    || !lines(origins.get()).equals(v.allowedOrigins() == null ? List.of() : v.allowedOrigins())
                    || !Forms.text(address.get()).equals(Forms.text(v.address()))
                    || !Forms.text(phone.get()).equals(Forms.text(v.phone()))
                    || !Forms.text(email.get()).equals(Forms.text(v.email()))
                    || !Forms.text(language.get()).equals(languageOf(v))
                    || !Forms.text(logoUrl.get()).equals(Forms.text(v.logoUrl()))
                    || !Forms.text(accent.get()).equalsIgnoreCase(Forms.text(v.accentColor())));
        }, loaded, name, timezone, origins, address, phone, email, language, logoUrl, accent);
    }

    /** Reads the venue on screen, keeping the member's edits if they are editing that very venue. */
    void load() {
        VenueDetails current = session.venue();
        if (current == null) {
            loaded.set(null);
            embedKey.set("");
            return;
        }
        UUID id = current.id();
        session.async().run(() -> session.client().staff().venueDetails(id), details -> {
            if (!isOnScreen(id)) {
                return;
            }
            embedKey.set(details.embedKey());
            if (!isEditing(details) || !isDirty()) {
                show(details);
            }
        }, problem -> message.set(problem.message()));
    }

    void save() {
        VenueDetails editing = loaded.get();
        if (editing == null) {
            return;
        }
        errors.clear();
        message.set("");
        List<Integer> lineOf = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        String[] all = (origins.get() == null ? "" : origins.get()).split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank()) {
                sent.add(all[i].strip());
                lineOf.add(i + 1);
            }
        }
        // Empty contact fields are sent empty: that clears them.
        VenueRequest request = new VenueRequest(Forms.text(name.get()), Forms.text(timezone.get()), sent,
                Forms.text(address.get()), Forms.text(phone.get()), Forms.text(email.get()), Forms.text(language.get()),
                Forms.text(logoUrl.get()), Forms.text(accent.get()));
        session.async().run(() -> session.client().staff().updateVenue(editing.id(), request), saved -> {
            if (isEditing(saved)) {
                show(saved);
                embedKey.set(saved.embedKey());
                message.set(text("settings.venue.saved"));
            }
            session.reloadVenues();
        }, problem -> {
            if (!isEditing(editing)) {
                return;
            }
            errors.putAll(fieldErrors(problem, lineOf));
            String rest = Forms.unplaced(problem, VenueModel::placed);
            message.set(problem.fields().isEmpty() ? problem.message()
                    : rest.isEmpty() ? text("settings.correctFields") : rest);
        });
    }

    /** The server names origins by their place in the list sent; the member sees lines. */
    private static Map<String, String> fieldErrors(Problem problem, List<Integer> lineOf) {
        Map<String, String> mapped = new LinkedHashMap<>();
        problem.fields().forEach((field, error) -> {
            Matcher m = ORIGIN_INDEX.matcher(field);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                String said = index < lineOf.size() ? text("settings.venue.originLine", String.valueOf(lineOf.get(index)), error) : error;
                mapped.merge("allowedOrigins", said, (a, b) -> a + "\n" + b);
            } else if (placed(field)) {
                mapped.merge(field, Forms.sentence(error), (a, b) -> a + "\n" + b);
            }
        });
        return mapped;
    }

    private static boolean placed(String field) {
        return List.of("name", "timezone", "address", "phone", "email", "defaultLocale", "logoUrl", "accentColor").contains(field)
                || field.startsWith("allowedOrigins");
    }

    void revert() {
        if (loaded.get() != null) {
            show(loaded.get());
        }
        message.set("");
    }

    void rotateKey() {
        VenueDetails editing = loaded.get();
        if (editing == null || !confirm.ask(text("settings.venue.rotateQuestion", editing.name()), text("settings.venue.rotate"))) {
            return;
        }
        widgetMessage.set("");
        session.async().run(() -> session.client().staff().rotateEmbedKey(editing.id()), rotated -> {
            if (isOnScreen(rotated.id())) {
                embedKey.set(rotated.embedKey());
                widgetMessage.set(text("settings.venue.rotated"));
            }
            session.reloadVenues();
        }, problem -> widgetMessage.set(Forms.explain(problem)));
    }

    /** Whether the page may be left: unsaved edits are dropped only if the member says so. */
    boolean mayLeave() {
        if (!isDirty()) {
            return true;
        }
        if (confirm.discard(text("settings.venue.discardWhat", loaded.get().name()))) {
            revert();
            return true;
        }
        return false;
    }

    boolean isDirty() {
        return dirty.get();
    }

    /** Whether the form holds {@code venue} (by id). */
    boolean isEditing(VenueDetails venue) {
        return venue != null && loaded.get() != null && loaded.get().id().equals(venue.id());
    }

    VenueDetails editing() {
        return loaded.get();
    }

    private boolean isOnScreen(UUID id) {
        return session.venue() != null && session.venue().id().equals(id);
    }

    private void show(VenueDetails v) {
        errors.clear();
        if (!isEditing(v)) {
            message.set("");
            widgetMessage.set("");
        }
        loaded.set(v);
        name.set(v.name());
        timezone.set(v.timezone());
        origins.set(String.join("\n", v.allowedOrigins() == null ? List.of() : v.allowedOrigins()));
        address.set(Forms.text(v.address()));
        phone.set(Forms.text(v.phone()));
        email.set(Forms.text(v.email()));
        language.set(languageOf(v));
        logoUrl.set(Forms.text(v.logoUrl()));
        accent.set(Forms.text(v.accentColor()));
    }

    private static String languageOf(VenueDetails v) {
        return v.defaultLocale() == null || v.defaultLocale().isBlank() ? "en" : v.defaultLocale();
    }

    static List<String> lines(String text) {
        return (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty timezoneProperty() {
        return timezone;
    }

    StringProperty originsProperty() {
        return origins;
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty phoneProperty() {
        return phone;
    }

    StringProperty emailProperty() {
        return email;
    }

    /** {@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}. */
    StringProperty languageProperty() {
        return language;
    }

    StringProperty logoUrlProperty() {
        return logoUrl;
    }

    /** "#rrggbb", or empty for the widget's own blue. */
    StringProperty accentProperty() {
        return accent;
    }

    ReadOnlyStringProperty embedKeyProperty() {
        return embedKey.getReadOnlyProperty();
    }

    StringBinding snippet() {
        return snippet;
    }

    BooleanBinding dirtyProperty() {
        return dirty;
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty widgetMessageProperty() {
        return widgetMessage.getReadOnlyProperty();
    }

    /** True while there is no venue to edit. */
    BooleanBinding noVenue() {
        return loaded.isNull();
    }
}
