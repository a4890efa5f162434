package io.slotwise.server.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The discount rule: percentages rounded half up to a whole minor unit, whatever the currency's decimals; never below zero. */
class DiscountsTest {

    @ParameterizedTest(name = "{1}% of {0} minor units is {2}")
    @CsvSource({
            // EUR, 2 decimals: 15% of 19.99 is 2.9985, one cent rounded: 3.00
            "1999, 15, 300",
            "5, 10, 1",        // half a cent up
            "4, 10, 0",        // 0.4 of a cent down
            "2500, 100, 2500", // all of it
            "0, 50, 0",        // a free booking stays free
            // JPY, no decimals: 10% of ¥1995 is ¥199.5, rounded to ¥200
            "1995, 10, 200",
            // KWD, 3 decimals: 15% of 12.345 is 1.85175, rounded to 1.852
            "12345, 15, 1852",
            "333, 33, 110"})
    void percentOffRoundsHalfUpToAWholeMinorUnit(long amount, int percent, long discount) {
        assertThat(Discounts.of(amount, percent, null)).isEqualTo(discount);
    }

    @Test
    void anAmountOffTakesAtMostThePrice() {
        assertThat(Discounts.of(2500, null, 1000L)).isEqualTo(1000);
        assertThat(Discounts.of(2500, null, 5000L)).as("never below zero").isEqualTo(2500);
        assertThat(Discounts.of(0, null, 1000L)).isZero();
    }

    @Test
    void aDiscountNeedsExactlyOneKindWithinItsBounds() {
        assertThatThrownBy(() -> Discounts.of(100, 10, 10L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounts.of(100, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounts.of(100, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounts.of(100, 101, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounts.of(100, null, 0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounts.of(-1, 10, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
