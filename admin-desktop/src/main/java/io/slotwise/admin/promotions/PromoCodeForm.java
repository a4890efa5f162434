package io.slotwise.admin.promotions;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.common.fx.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new promo code as the owner types it, read into the request the server takes, or what is
 * wrong with it (by field). Pure: the page binds to it, tests read it directly.
 */
final class PromoCodeForm {

    /** Percent or amount off. */
    enum Kind {
        PERCENT,
        AMOUNT
    }

    /** The request, or the errors by field (code, value, uses, perCustomer, validTo). */
    record Read(PromoCodeRequest request, Map<String, String> errors) {
    }

    private PromoCodeForm() {
    }

    static Read read(String code, Kind kind, String value, String currency, LocalDate from, LocalDate to, List<UUID> activities,
            String maxUses, String perCustomer) {
        Map<String, String> errors = new LinkedHashMap<>();
        String typed = code == null ? "" : code.trim();
        if (!typed.matches("[A-Za-z0-9][A-Za-z0-9-]{2,39}")) {
            errors.put("code", text("promotions.codeRule"));
        }
        Integer percent = null;
        Long amount = null;
        if (kind == Kind.PERCENT) {
            percent = whole(value, 1, 100);
            if (percent == null) {
                errors.put("value", text("promotions.percentRule"));
            }
        } else {
            amount = Money.parse(value, currency);
            if (amount == null || amount <= 0) {
                errors.put("value", text("promotions.amountRule", currency));
            }
        }
        Integer uses = blank(maxUses) ? null : whole(maxUses, 1, 1_000_000);
        if (!blank(maxUses) && uses == null) {
            errors.put("uses", text("promotions.usesRule"));
        }
        Integer each = blank(perCustomer) ? null : whole(perCustomer, 1, 1_000);
        if (!blank(perCustomer) && each == null) {
            errors.put("perCustomer", text("promotions.usesRule"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", text("promotions.datesRule"));
        }
        return errors.isEmpty()
                ? new Read(new PromoCodeRequest(typed, percent, amount, from, to, List.copyOf(activities), uses, each), Map.of())
                : new Read(null, errors);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer whole(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
