package io.slotwise.admin.promotions;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The venue's promo codes with their uses, a new code and switching one off or on. */
final class PromoCodesModel {

    private final AdminSession session;
    private final Async.Latest loading;
    private final ObservableList<PromoCode> codes = FXCollections.observableArrayList();
    private final ObservableList<ActivityDetails> activities = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    PromoCodesModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
    }

    void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            codes.clear();
            activities.clear();
            return;
        }
        record Loaded(List<PromoCode> codes, List<ActivityDetails> activities) {
        }
        loading.run(() -> new Loaded(session.client().admin().promoCodes(venue.id()), session.client().staff().activities(venue.id())),
                loaded -> {
                    codes.setAll(loaded.codes());
                    activities.setAll(loaded.activities());
                }, p -> message.set(p.message()));
    }

    /** The currency amounts off are in: the venue's activities'. */
    String currency() {
        return activities.isEmpty() ? "EUR" : activities.get(0).currency();
    }

    /** Creates the code the form read; false (with the errors shown) if it could not be read. */
    boolean create(PromoCodeForm.Read read, Runnable done) {
        errors.clear();
        VenueDetails venue = session.venue();
        if (read.request() == null || venue == null) {
            errors.putAll(read.errors());
            return false;
        }
        PromoCodeRequest request = read.request();
        session.async().run(() -> session.client().admin().createPromoCode(venue.id(), request), made -> {
            message.set(text("promotions.created", made.code()));
            done.run();
            load();
        }, p -> {
            p.fields().forEach((field, why) -> errors.put(formField(field), why));
            message.set(p.message());
        });
        return true;
    }

    void setActive(PromoCode code, boolean active) {
        session.async().run(() -> session.client().admin().setPromoCodeActive(code.id(), active), changed -> {
            message.set(text(active ? "promotions.switchedOn" : "promotions.switchedOff", changed.code()));
            load();
        }, p -> message.set(p.message()));
    }

    /** The server's field names as the form's. */
    private static String formField(String field) {
        return Map.of("percentOff", "value", "amountOff", "value", "maxUses", "uses", "maxUsesPerCustomer", "perCustomer")
                .getOrDefault(field, field.startsWith("activityIds") ? "activities" : field);
    }

    ObservableList<PromoCode> codes() {
        return codes;
    }

    ObservableList<ActivityDetails> activities() {
        return activities;
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
