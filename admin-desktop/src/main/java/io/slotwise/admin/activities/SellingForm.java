package io.slotwise.admin.activities;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.fx.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * How the activity being edited sells, as typed: shared or private, ticket categories (shared),
 * a price per group size (private), the shared resources it uses with the reset time after each
 * session, and its picture. Amounts stay text until they are sent, like the rest of the form.
 */
public final class SellingForm {

    /** One ticket category as typed. */
    public static final class CategoryRow {
        final StringProperty code = new SimpleStringProperty("");
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty price = new SimpleStringProperty("");

        List<String> values() {
            return List.of(code.get(), name.get(), price.get());
        }
    }

    private final ObjectProperty<BookingMode> mode = new SimpleObjectProperty<>(BookingMode.SHARED);
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList(
            row -> new Observable[] {row.code, row.name, row.price});
    /** Group prices by party size, as typed; sizes outside the party limits are kept but not sent. */
    private final ObservableMap<Integer, String> groupPrices = FXCollections.observableMap(new TreeMap<>());
    private final ObservableSet<UUID> resources = FXCollections.observableSet();
    private final StringProperty buffer = new SimpleStringProperty("0");
    private final StringProperty imageUrl = new SimpleStringProperty("");

    void loadNew() {
        mode.set(BookingMode.SHARED);
        categories.clear();
        groupPrices.clear();
        resources.clear();
        buffer.set("0");
        imageUrl.set("");
    }

    void load(ActivityDetails a) {
        mode.set(a.bookingMode() == null ? BookingMode.SHARED : a.bookingMode());
        categories.clear();
        for (PriceCategory c : a.priceCategories() == null ? List.<PriceCategory>of() : a.priceCategories()) {
            CategoryRow row = new CategoryRow();
            row.code.set(c.code());
            row.name.set(c.name());
            row.price.set(ActivityForm.plain(c.price(), a.currency()));
            categories.add(row);
        }
        groupPrices.clear();
        for (GroupPrice g : a.groupPrices() == null ? List.<GroupPrice>of() : a.groupPrices()) {
            groupPrices.put(g.partySize(), ActivityForm.plain(g.price(), a.currency()));
        }
        resources.clear();
        resources.addAll(a.resourceIds() == null ? List.of() : a.resourceIds());
        buffer.set(Integer.toString(a.bufferMinutes()));
        imageUrl.set(a.imageUrl() == null ? "" : a.imageUrl());
    }

    /** What the request carries: the selling fields, each checked as far as the desk can; problems go to {@code errors}. */
    record Parsed(BookingMode mode, List<PriceCategory> categories, List<GroupPrice> groupPrices, List<UUID> resourceIds,
            Integer bufferMinutes, String imageUrl) {
    }

    Parsed parse(String currency, Integer minParty, Integer maxParty, Map<String, String> errors) {
        List<PriceCategory> tickets = new ArrayList<>();
        List<GroupPrice> groups = new ArrayList<>();
        if (mode.get() == BookingMode.SHARED) {
            for (int i = 0; i < categories.size(); i++) {
                CategoryRow row = categories.get(i);
                Long price = Money.parse(row.price.get(), currency);
                if (price == null) {
                    errors.put("priceCategories[" + i + "].price", text("activities.mustBeAmount", "15"));
                }
                tickets.add(new PriceCategory(row.code.get().trim(), row.name.get().trim(), price));
            }
        } else if (minParty != null && maxParty != null) {
            for (int size = minParty; size <= maxParty; size++) {
                String typed = groupPrices.get(size);
                if (typed == null || typed.isBlank()) {
                    continue; // the server says which sizes are missing, if any are given
                }
                Long price = Money.parse(typed, currency);
                if (price == null) {
                    errors.put("groupPrices", text("activities.groupPriceMustBeAmount", size));
                }
                groups.add(new GroupPrice(size, price));
            }
        }
        Integer minutes = null;
        try {
            minutes = Integer.parseInt(buffer.get().trim());
        } catch (NumberFormatException e) {
            errors.put("bufferMinutes", text("activities.mustBeWholeMinutes"));
        }
        return new Parsed(mode.get(), tickets, groups, List.copyOf(resources), minutes, imageUrl.get().trim());
    }

    List<Object> snapshot() {
        return List.of(String.valueOf(mode.get()), categories.stream().map(CategoryRow::values).toList(), Map.copyOf(groupPrices),
                Set.copyOf(resources), buffer.get(), imageUrl.get());
    }

    /** Every property whose change makes the form dirty. */
    List<Observable> observables() {
        return List.of(mode, categories, groupPrices, resources, buffer, imageUrl);
    }

    public ObjectProperty<BookingMode> modeProperty() {
        return mode;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    public ObservableMap<Integer, String> groupPrices() {
        return groupPrices;
    }

    public ObservableSet<UUID> resources() {
        return resources;
    }

    public StringProperty bufferProperty() {
        return buffer;
    }

    public StringProperty imageUrlProperty() {
        return imageUrl;
    }
}
