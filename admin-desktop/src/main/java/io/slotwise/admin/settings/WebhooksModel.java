package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.Webhook;
import io.slotwise.common.api.WebhookDelivery;
import io.slotwise.common.api.WebhookRequest;
import io.slotwise.common.fx.Async;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The venue's webhooks for integrators (owners): add one (its signing secret shown once), remove
 * one, send a test event, and read the chosen one's deliveries with the receiver's answers.
 */
final class WebhooksModel {

    /** The events a webhook may subscribe to, as the server names them. */
    static final List<String> EVENTS = List.of("booking.confirmed", "booking.cancelled", "booking.rescheduled",
            "booking.checked-in", "booking.no-show", "session.updated");

    private final AdminSession session;
    private final Async.Latest loading;
    private final Async.Latest loadingDeliveries;
    private final ObservableList<Webhook> webhooks = FXCollections.observableArrayList();
    private final ObservableList<WebhookDelivery> deliveries = FXCollections.observableArrayList();
    private final ObjectProperty<Webhook> selected = new SimpleObjectProperty<>();
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableSet<String> events = FXCollections.observableSet("booking.confirmed", "booking.cancelled");
    private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    WebhooksModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
        this.loadingDeliveries = session.async().latest();
        selected.addListener((o, was, now) -> loadDeliveries());
    }

    void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            webhooks.clear();
            return;
        }
        loading.run(() -> session.client().admin().webhooks(venue.id()), list -> {
            Webhook chosen = selected.get();
            webhooks.setAll(list);
            selected.set(chosen == null ? null : list.stream().filter(w -> w.id().equals(chosen.id())).findFirst().orElse(null));
        }, p -> message.set(p.message()));
    }

    void add() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            return;
        }
        WebhookRequest request = new WebhookRequest(Forms.text(url.get()), EVENTS.stream().filter(events::contains).toList());
        message.set("");
        session.async().run(() -> session.client().admin().createWebhook(venue.id(), request), made -> {
            secret.set(made.secret());
            url.set("");
            message.set(text("settings.webhooks.added"));
            load();
        }, p -> message.set(p.fields().isEmpty() ? p.message() : String.join(" ", p.fields().values())));
    }

    void remove() {
        Webhook chosen = selected.get();
        if (chosen == null) {
            return;
        }
        session.async().run(() -> session.client().admin().deleteWebhook(chosen.id()), () -> {
            selected.set(null);
            message.set(text("settings.webhooks.removed", chosen.url()));
            load();
        }, p -> message.set(p.message()));
    }

    void sendTest() {
        Webhook chosen = selected.get();
        if (chosen == null) {
            return;
        }
        session.async().run(() -> session.client().admin().testWebhook(chosen.id()), () -> {
            message.set(text("settings.webhooks.testSent"));
            loadDeliveries();
        }, p -> message.set(p.message()));
    }

    void loadDeliveries() {
        Webhook chosen = selected.get();
        if (chosen == null) {
            loadingDeliveries.forget();
            deliveries.clear();
            return;
        }
        UUID id = chosen.id();
        loadingDeliveries.run(() -> session.client().admin().webhookDeliveries(id), deliveries::setAll, p -> message.set(p.message()));
    }

    /** The one-time secret goes when the member leaves the tab. */
    void forgetSecret() {
        secret.set("");
    }

    static String describe(WebhookDelivery d) {
        String state = switch (d.status()) {
            case "SENT" -> text("settings.webhooks.delivered", d.lastResult());
            case "FAILED" -> text("settings.webhooks.gaveUp", d.lastResult());
            default -> d.attempts() == 0 ? text("settings.webhooks.waiting")
                    : text("settings.webhooks.retrying", d.attempts(), d.lastResult());
        };
        return d.type() + " · " + state;
    }

    ObservableList<Webhook> webhooks() {
        return webhooks;
    }

    ObservableList<WebhookDelivery> deliveries() {
        return deliveries;
    }

    ObjectProperty<Webhook> selectedProperty() {
        return selected;
    }

    StringProperty urlProperty() {
        return url;
    }

    ObservableSet<String> events() {
        return events;
    }

    ReadOnlyStringProperty secretProperty() {
        return secret.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
