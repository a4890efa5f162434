package io.slotwise.common.fx;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in minor units, as the API carries them, shown and typed as people read them:
 * "25.00 EUR", "2500 JPY", "1.250 KWD". The number of decimals is the currency's own; the
 * arithmetic is exact (no {@code double} anywhere between cents and text).
 */
public final class Money {

    /** For a code Java does not know: the common case of two decimals. */
    static final int UNKNOWN_CURRENCY_DIGITS = 2;

    private Money() {
    }

    /** "25.00 EUR" for 2500 EUR; "2500 JPY" for 2500 JPY. */
    public static String format(long minor, String currency) {
        String amount = BigDecimal.valueOf(minor, digits(currency)).toPlainString();
        return currency == null || currency.isBlank() ? amount : amount + " " + currency;
    }

    /**
     * "€25.00" in British English, "25,00 €" in German: an amount as the language writes it, with
     * the currency's own number of decimals; {@link #format(long, String)} for a code Java does not know.
     */
    public static String format(long minor, String currency, Locale locale) {
        try {
            Currency unit = java.util.Currency.getInstance(currency);
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(unit);
            int digits = digits(currency);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(BigDecimal.valueOf(minor, digits));
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return format(minor, currency);
        }
    }

    /**
     * "25", "25.5" or "25,50" typed by staff, in minor units of {@code currency}; null when it is
     * not an amount in that currency (more decimals than it has, a sign, letters, too large).
     */
    public static Long parse(String text, String currency) {
        if (text == null) {
            return null;
        }
        int digits = digits(currency);
        String decimals = digits == 0 ? "" : "([.,]\\d{1," + digits + "})?";
        String typed = text.trim();
        if (!Pattern.matches("\\d{1,9}" + decimals, typed)) {
            return null;
        }
        return new BigDecimal(typed.replace(',', '.')).movePointRight(digits).longValueExact();
    }

    /** The currency's minor digits: 2 for EUR, 0 for JPY, 3 for KWD. */
    public static int digits(String currency) {
        if (currency == null || currency.isBlank()) {
            return UNKNOWN_CURRENCY_DIGITS;
        }
        try {
            int digits = Currency.getInstance(currency.trim()).getDefaultFractionDigits();
            return digits < 0 ? 0 : digits; // -1 for pseudo-currencies such as XAU
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN_CURRENCY_DIGITS;
        }
    }
}
