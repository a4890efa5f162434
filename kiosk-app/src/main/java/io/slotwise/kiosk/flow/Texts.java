package io.slotwise.kiosk.flow;

import io.slotwise.common.fx.Catalogue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk's words in one language, from its catalogue ({@code texts_<language>.properties},
 * all with the English keys), with dates, times, money and plurals as that language writes them.
 */
public final class Texts {

    /** The languages a customer can choose on the first screen, English first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "nl");

    private static final String BUNDLE = "io.slotwise.kiosk.texts";

    private final Catalogue catalogue;

    private Texts(String language) {
        this.catalogue = new Catalogue(BUNDLE, language);
    }

    /** The texts of a language the kiosk speaks; English for any other. */
    public static Texts of(String language) {
        return new Texts(language != null && LANGUAGES.contains(language) ? language : "en");
    }

    public String language() {
        return catalogue.language();
    }

    public Locale locale() {
        return catalogue.locale();
    }

    /** The text under {@code key}, its arguments put in as the language writes them. */
    public String get(String key, Object... arguments) {
        return catalogue.text(key, arguments);
    }

    /** "€25.00", "25,00 €": an amount in minor units of the currency. */
    public String money(long minor, String currency) {
        return io.slotwise.common.fx.Money.format(minor, currency, locale());
    }

    /** "Friday, 4 December 2026" in the language. */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    /** "19:30" in the venue's zone. */
    public String time(OffsetDateTime instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale()).format(instant.atZoneSameInstant(zone));
    }

    /** "2 people", "1 Person". */
    public String people(int count) {
        return get("party.people", count);
    }
}
