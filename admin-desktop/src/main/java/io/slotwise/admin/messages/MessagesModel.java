package io.slotwise.admin.messages;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.api.MailPreview;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The venue's messages: mails to customers and events to webhooks, those needing attention
 * (waiting or given up) or all recent ones; the chosen one as its receiver gets it; and sending a
 * customer's mail again.
 */
public final class MessagesModel {

    static final int LIMIT = 200;

    private final AdminSession session;
    private final Async.Latest loading;
    private final Async.Latest previewing;
    private final ObservableList<CustomerMessage> messages = FXCollections.observableArrayList();
    private final BooleanProperty attentionOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<CustomerMessage> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MailPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public MessagesModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
        this.previewing = session.async().latest();
        attentionOnly.addListener((o, was, now) -> load());
        chosen.addListener((o, was, now) -> showPreview(now));
    }

    /** Reads the venue's messages again; the chosen one stays chosen if it is still listed. */
    public void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            messages.clear();
            return;
        }
        String[] statuses = attentionOnly.get() ? new String[] {"PENDING", "FAILED"} : new String[0];
        loading.run(() -> session.client().staff().venueMessages(venue.id(), LIMIT, statuses), list -> {
            CustomerMessage was = chosen.get();
            messages.setAll(list);
            chosen.set(was == null ? null : list.stream().filter(m -> m.id().equals(was.id())).findFirst().orElse(null));
        }, p -> message.set(p.message()));
    }

    private void showPreview(CustomerMessage of) {
        preview.set(null);
        if (of == null) {
            previewing.forget();
            return;
        }
        previewing.run(() -> session.client().staff().messagePreview(of.id()), preview::set, p -> message.set(p.message()));
    }

    /** Whether the chosen message can be sent again: a mail about a booking (webhook events retry by themselves). */
    public boolean canResend(CustomerMessage m) {
        return m != null && m.bookingId() != null && !"WEBHOOK_EVENT".equals(m.kind());
    }

    /** Sends the chosen mail again, as a new mail. */
    public void resend() {
        CustomerMessage original = chosen.get();
        if (!canResend(original)) {
            return;
        }
        session.async().run(() -> session.client().staff().resendMessage(original.bookingId(), original.id()), copy -> {
            message.set(text("messages.sentAgain", original.recipient()));
            load();
        }, p -> message.set(p.message()));
    }

    public ObservableList<CustomerMessage> messages() {
        return messages;
    }

    /** Only what waits or failed (true), or every recent message. */
    public BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    public ObjectProperty<CustomerMessage> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<MailPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
