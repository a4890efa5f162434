package io.slotwise.admin.giftcards;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.GiftCardRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.fx.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gift card as the desk sells it, read into the request the server takes, or what is wrong
 * with it (by field). Pure: the page binds to it, tests read it directly.
 */
final class GiftCardForm {

    /** The request, or the errors by field (amount, expiresAt, recipientEmail). */
    record Read(GiftCardRequest request, Map<String, String> errors) {
    }

    private GiftCardForm() {
    }

    static Read read(String amount, String currency, LocalDate expiresAt, LocalDate today, String recipient, PaymentMethod paidBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long minor = Money.parse(amount, currency);
        if (minor == null || minor <= 0) {
            errors.put("amount", text("giftCards.amountRule", currency));
        }
        if (expiresAt != null && expiresAt.isBefore(today)) {
            errors.put("expiresAt", text("giftCards.expiresRule"));
        }
        String email = recipient == null || recipient.isBlank() ? null : recipient.trim();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("recipientEmail", text("giftCards.emailRule"));
        }
        return errors.isEmpty() ? new Read(new GiftCardRequest(minor, currency, expiresAt, email, paidBy), Map.of())
                : new Read(null, errors);
    }
}
