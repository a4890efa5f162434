package io.slotwise.kiosk.flow;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kiosk's words in one language, from its catalogue ({@code texts_<language>.properties},
 * all with the English keys), with dates, times, money and plurals as that language writes them.
 */
public final class Texts {

    /** The languages a customer can choose on the first screen, English first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "nl");

    private static final String BUNDLE = "io.slotwise.kiosk.texts";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(String language) {
        this.language = language;
        // English as in Britain: day before month, 24-hour times, as in the venues' other languages.
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of a language the kiosk speaks; English for any other. */
    public static Texts of(String language) {
        return new Texts(language != null && LANGUAGES.contains(language) ? language : "en");
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key}, its arguments put in as the language writes them. */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "€25.00", "25,00 €": an amount in minor units of the currency. */
    public String money(long minor, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            int digits = Math.max(unit.getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(BigDecimal.valueOf(minor, digits));
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return io.slotwise.common.fx.Money.format(minor, currency);
        }
    }

    /** "Friday, 4 December 2026" in the language. */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** "19:30" in the venue's zone. */
    public String time(OffsetDateTime instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZoneSameInstant(zone));
    }

    /** "2 people", "1 Person". */
    public String people(int count) {
        return get("party.people", count);
    }
}
