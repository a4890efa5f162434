package io.slotwise.kiosk.flow;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The language the kiosk speaks to the customer at it: chosen on the first screen, else the
 * venue's own, and back to the venue's own for the next customer. Their mails are written in it.
 */
public final class CustomerLanguage {

    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("en");
    private final ObjectBinding<Texts> texts = Bindings.createObjectBinding(() -> Texts.of(code.get()), code);
    private String venues = "en";
    private boolean chosen;

    /** The customer's choice, if the kiosk speaks it. */
    public void choose(String language) {
        if (Texts.LANGUAGES.contains(language)) {
            chosen = true;
            code.set(language);
        }
    }

    /** The venue's default language, once known: a customer who chose none gets it at once, the next customer starts in it. */
    void venueSpeaks(String language) {
        if (language != null && Texts.LANGUAGES.contains(language)) {
            venues = language;
            if (!chosen) {
                code.set(language);
            }
        }
    }

    void nextCustomer() {
        chosen = false;
        code.set(venues);
    }

    public String code() {
        return code.get();
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** The words, dates and money of the language. */
    public ObjectBinding<Texts> texts() {
        return texts;
    }
}
