package io.slotwise.admin.activities;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.fx.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The activity being edited: its details as typed, its schedule, and whether anything changed
 * since it was loaded or saved. Numbers stay text until they are sent, so a half-typed value is
 * never lost or silently replaced.
 */
public final class ActivityForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty whatToBring = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final StringProperty minParty = new SimpleStringProperty("");
    private final StringProperty maxParty = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMode> paymentMode = new SimpleObjectProperty<>(PaymentMode.PAY_AT_VENUE);
    private final ScheduleForm schedule = new ScheduleForm();
    private final SellingForm selling = new SellingForm();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private String stripePriceId;
    private List<Object> baseline = snapshot();

    public ActivityForm() {
        List.<javafx.beans.Observable>of(name, description, whatToBring, price, currency, duration, capacity, minParty, maxParty,
                paymentMode).forEach(p -> p.addListener(x -> updateDirty()));
        selling.observables().forEach(p -> p.addListener(x -> updateDirty()));
        schedule.dirtyProperty().addListener(x -> updateDirty());
    }

    /** A new activity's starting values. */
    public void loadNew(String defaultCurrency) {
        name.set("");
        description.set("");
        whatToBring.set("");
        currency.set(defaultCurrency);
        price.set(plain(0, defaultCurrency));
        duration.set("60");
        capacity.set("8");
        minParty.set("1");
        maxParty.set("8");
        paymentMode.set(PaymentMode.PAY_AT_VENUE);
        stripePriceId = null;
        selling.loadNew();
        schedule.load(ScheduleForm.DEFAULT);
        markSaved();
    }

    public void load(ActivityDetails a) {
        name.set(a.name());
        description.set(a.description() == null ? "" : a.description());
        whatToBring.set(a.whatToBring() == null ? "" : a.whatToBring());
        currency.set(a.currency());
        price.set(plain(a.price(), a.currency()));
        duration.set(Integer.toString(a.durationMinutes()));
        capacity.set(Integer.toString(a.capacity()));
        minParty.set(Integer.toString(a.minPartySize()));
        maxParty.set(Integer.toString(a.maxPartySize()));
        paymentMode.set(a.paymentMode());
        // Not edited here, but an update replaces the whole activity: it is sent back as it was.
        stripePriceId = a.stripePriceId();
        selling.load(a);
        schedule.load(a.schedule());
        markSaved();
    }

    /**
     * The request to save, or null when something typed is not a number or an amount; those
     * problems are put in {@code errors} by the server's field names.
     */
    public ActivityRequest request(boolean active, Map<String, String> errors) {
        Long minor = Money.parse(price.get(), currency.get() == null ? null : currency.get().trim().toUpperCase(Locale.ROOT));
        if (minor == null) {
            errors.put("price", text("activities.mustBeAmount", "25"));
        }
        Integer minutes = whole(duration, "durationMinutes", errors);
        Integer seats = whole(capacity, "capacity", errors);
        Integer min = whole(minParty, "minPartySize", errors);
        Integer max = whole(maxParty, "maxPartySize", errors);
        errors.putAll(schedule.localErrors());
        String unit = currency.get() == null ? null : currency.get().trim().toUpperCase(Locale.ROOT);
        SellingForm.Parsed sells = selling.parse(unit, min, max, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ActivityRequest(name.get().trim(), description.get().trim(), minutes, minor,
                unit, min, max, seats, paymentMode.get(), stripePriceId, schedule.toSchedule(), active, null,
                sells.mode(), sells.categories(), sells.groupPrices(), sells.resourceIds(), sells.bufferMinutes(), sells.imageUrl(),
                whatToBring.get().trim());
    }

    /** The duration for the preview, when it is a whole number. */
    public Integer durationMinutes() {
        try {
            return Integer.parseInt(duration.get().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void markSaved() {
        schedule.markSaved();
        baseline = snapshot();
        updateDirty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private void updateDirty() {
        dirty.set(schedule.isDirty() || !snapshot().equals(baseline));
    }

    private List<Object> snapshot() {
        return java.util.Arrays.asList(name.get(), description.get(), whatToBring.get(), price.get(), currency.get(), duration.get(),
                capacity.get(), minParty.get(), maxParty.get(), paymentMode.get(), selling.snapshot());
    }

    private static Integer whole(StringProperty text, String field, Map<String, String> errors) {
        try {
            return Integer.parseInt(text.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            errors.put(field, text("activities.mustBeWhole"));
            return null;
        }
    }

    /** Minor units as staff type them: 2500 EUR is "25.00" ("25,00" in German; both are read back). */
    static String plain(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // Two decimals, as Money does.
        }
        String amount = BigDecimal.valueOf(minor, digits).toPlainString();
        return Texts.language().equals("de") ? amount.replace('.', ',') : amount;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Told to customers with their booking. */
    public StringProperty whatToBringProperty() {
        return whatToBring;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty minPartyProperty() {
        return minParty;
    }

    public StringProperty maxPartyProperty() {
        return maxParty;
    }

    public ObjectProperty<PaymentMode> paymentModeProperty() {
        return paymentMode;
    }

    public ScheduleForm schedule() {
        return schedule;
    }

    public SellingForm selling() {
        return selling;
    }

    /** The party limits as typed, when both are whole numbers with the smallest first: the sizes a group price is asked for. */
    public int[] partyLimits() {
        try {
            int min = Integer.parseInt(minParty.get().trim());
            int max = Integer.parseInt(maxParty.get().trim());
            return min >= 1 && max >= min && max - min < 50 ? new int[] {min, max} : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
