package io.slotwise.admin.core;

import java.util.Currency;
import java.util.Locale;

/** Amounts in minor units shown as people read them: "25.00 EUR". */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // Shown with two decimals.
        }
        return String.format(Locale.UK, "%." + digits + "f %s", minor / Math.pow(10, digits), currency == null ? "" : currency);
    }

    /** "25" or "25.50" typed by staff, in minor units; null when it is not an amount. */
    public static Long parse(String text, String currency) {
        if (text == null || !text.trim().matches("\\d{1,9}([.,]\\d{1,2})?")) {
            return null;
        }
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // Two decimals.
        }
        return new java.math.BigDecimal(text.trim().replace(',', '.')).movePointRight(digits).longValue();
    }
}
