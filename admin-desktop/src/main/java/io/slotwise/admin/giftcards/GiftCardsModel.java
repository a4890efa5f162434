package io.slotwise.admin.giftcards;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardDetails;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The venue's gift cards: the list, one card's ledger, selling one, and the liabilities export. */
final class GiftCardsModel {

    private final AdminSession session;
    private final Async.Latest loading;
    private final Async.Latest details;
    private final ObservableList<GiftCard> cards = FXCollections.observableArrayList();
    private final ObjectProperty<GiftCardDetails> selected = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper soldCode = new ReadOnlyStringWrapper("");
    private String currency = "EUR";

    GiftCardsModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
        this.details = session.async().latest();
    }

    void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            cards.clear();
            return;
        }
        record Loaded(java.util.List<GiftCard> cards, String currency) {
        }
        loading.run(() -> {
            var activities = session.client().staff().activities(venue.id());
            return new Loaded(session.client().admin().giftCards(venue.id()), activities.isEmpty() ? "EUR" : activities.get(0).currency());
        }, loaded -> {
            currency = loaded.currency();
            cards.setAll(loaded.cards());
        }, p -> message.set(p.message()));
    }

    /** The currency cards are sold in: the venue's activities'. */
    String currency() {
        return currency;
    }

    void show(GiftCard card) {
        if (card == null) {
            selected.set(null);
            return;
        }
        details.run(() -> session.client().admin().giftCard(card.id()), selected::set, p -> message.set(p.message()));
    }

    /** Sells the card the form read; false (with the errors shown) if it could not be read. */
    boolean sell(GiftCardForm.Read read, Runnable done) {
        errors.clear();
        VenueDetails venue = session.venue();
        if (read.request() == null || venue == null) {
            errors.putAll(read.errors());
            return false;
        }
        session.async().run(() -> session.client().admin().sellGiftCard(venue.id(), read.request()), sold -> {
            soldCode.set(sold.code());
            message.set(text("giftCards.sold", Texts.money(sold.balance(), sold.currency())));
            done.run();
            load();
        }, p -> {
            p.fields().forEach((field, why) -> errors.put(field, why));
            message.set(p.message());
        });
        return true;
    }

    /** Writes what the venue owes on its cards to {@code folder}; says where. */
    void exportLiabilities(Path folder) {
        VenueDetails venue = session.venue();
        if (venue == null) {
            return;
        }
        Path file = folder.resolve("gift-card-liabilities-" + session.today() + ".csv");
        session.async().run(() -> {
            String csv = session.client().admin().giftCardLiabilities(venue.id());
            try {
                Files.createDirectories(folder);
                Files.writeString(file, csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, saved -> message.set(text("giftCards.exported", saved.toString())), p -> message.set(p.message()));
    }

    ObservableList<GiftCard> cards() {
        return cards;
    }

    ObjectProperty<GiftCardDetails> selectedProperty() {
        return selected;
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty soldCodeProperty() {
        return soldCode.getReadOnlyProperty();
    }
}
