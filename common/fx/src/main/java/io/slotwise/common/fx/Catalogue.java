package io.slotwise.common.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An app's words in one language: its message catalogue ({@code <bundle>_<language>.properties},
 * English in {@code <bundle>.properties}, each with every key; no fallback from one to another)
 * and the locale its dates and numbers are written in (English as in Britain: day before month,
 * 24-hour times, as in the venues' other languages).
 */
public final class Catalogue {

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    public Catalogue(String bundle, String language) {
        this.language = language;
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} with its arguments put in ({@link MessageFormat}: {@code ''} is an apostrophe). */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The entry under {@code key} as written (a date pattern, say), nothing put in. */
    public String raw(String key) {
        return bundle.getString(key);
    }
}
