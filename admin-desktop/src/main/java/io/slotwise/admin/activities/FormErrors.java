package io.slotwise.admin.activities;

import io.slotwise.common.fx.Problem;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The activity form's problems by label key (see {@link FieldErrors#key}), shared by the editor
 * (save) and the schedule preview, each replacing only the errors it judges.
 */
final class FormErrors {

    private final ObservableMap<String, String> byKey = FXCollections.observableHashMap();

    ObservableMap<String, String> byKey() {
        return byKey;
    }

    /**
     * Replaces the errors judged by {@code scope} (all when null) with {@code fields}, keyed for
     * the form's labels.
     */
    void show(Map<String, String> fields, Predicate<String> scope) {
        byKey.keySet().removeIf(key -> scope == null || scope.test(key));
        fields.forEach((field, text) -> {
            String key = FieldErrors.key(field);
            if (scope == null || scope.test(key)) {
                byKey.merge(key, FieldErrors.wording(field, text), (a, b) -> a.contains(b) ? a : a + "; " + b);
            }
        });
    }

    void clear() {
        byKey.clear();
    }

    /** Field errors the form has no label for, so that they are still said somewhere. */
    static String unshown(Problem p) {
        StringBuilder more = new StringBuilder();
        p.fields().forEach((field, text) -> {
            if (!FieldErrors.SHOWN.contains(FieldErrors.key(field))) {
                more.append(" ").append(field).append(": ").append(text).append('.');
            }
        });
        return more.toString();
    }
}
