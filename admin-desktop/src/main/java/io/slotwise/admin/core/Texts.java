package io.slotwise.admin.core;

import io.slotwise.common.fx.Catalogue;
import io.slotwise.common.fx.Money;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The admin app's words in the language chosen on the login screen, from its catalogue
 * ({@code texts.properties}, {@code texts_de.properties}: the same keys in each), with dates and
 * money as that language writes them. One language for the whole window: pages read it as they
 * are built, and the login screen builds itself again when the language changes.
 */
public final class Texts {

    /** The languages the admin app speaks, English first. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private static final String BUNDLE = "io.slotwise.admin.texts";

    private static volatile Texts current = new Texts("en");

    private final Catalogue catalogue;

    private Texts(String language) {
        this.catalogue = new Catalogue(BUNDLE, language);
    }

    /** Speaks {@code language} from now on (English for a language the app does not speak). */
    public static void use(String language) {
        current = new Texts(language != null && LANGUAGES.contains(language) ? language : "en");
        // The app's formats follow its language, not the computer's: date fields and their calendars read this.
        Locale.setDefault(Locale.Category.FORMAT, current.catalogue.locale());
    }

    /** The language spoken now: "en" or "de". */
    public static String language() {
        return current.catalogue.language();
    }

    /** The locale dates, numbers and names are written in. */
    public static Locale locale() {
        return current.catalogue.locale();
    }

    /**
     * The text under {@code key} with its arguments put in ({@link MessageFormat}: a {@code '}
     * in the catalogue is written {@code ''}; numbers, choices and plurals as the language writes them).
     */
    public static String text(String key, Object... arguments) {
        return current.catalogue.text(key, arguments);
    }

    /** A date or time format from the catalogue ({@code format.*} keys hold patterns), in the language. */
    public static DateTimeFormatter dates(String key) {
        Catalogue catalogue = current.catalogue;
        return DateTimeFormatter.ofPattern(catalogue.raw(key), catalogue.locale());
    }

    /** "25.00 EUR" in English (as the desk has always shown it), "25,00 €" in German. */
    public static String money(long minor, String currency) {
        Catalogue catalogue = current.catalogue;
        return catalogue.language().equals("en") ? Money.format(minor, currency) : Money.format(minor, currency, catalogue.locale());
    }

    /** "English", "Deutsch": a language named in itself, for the language choice. */
    public static String languageName(String language) {
        Locale own = Locale.forLanguageTag(language);
        String name = own.getDisplayLanguage(own);
        return name.substring(0, 1).toUpperCase(own) + name.substring(1);
    }
}
