package io.slotwise.server.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages customers are spoken to in: mails, the widget and the kiosk. */
public final class Languages {

    /** English, German, French, Spanish and Dutch; English first, the default of a new venue. */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "es", "nl");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    /** The supported language of a tag such as {@code de}, {@code de-AT} or {@code nl_BE}; empty for others and null. */
    public static Optional<String> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }
}
