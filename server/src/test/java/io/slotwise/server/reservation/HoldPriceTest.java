package io.slotwise.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldPriceTest {

    @ParameterizedTest
    @CsvSource({
            "2500, 1, 2500",
            "2500, 4, 10000",
            "1999, 3, 5997",
            "0, 6, 0",
            "1, 1000, 1000",
            "9223372036854775807, 1, 9223372036854775807"
    })
    void perPersonTimesTheParty(long perPerson, int party, long total) {
        assertThat(HoldPrice.perPerson(perPerson, party)).isEqualTo(total);
    }

    @ParameterizedTest
    @CsvSource({"-1, 2", "2500, 0", "2500, -3"})
    void neitherANegativePriceNorAnEmptyParty(long perPerson, int party) {
        assertThatThrownBy(() -> HoldPrice.perPerson(perPerson, party)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void anAmountTooLargeToCarryIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> HoldPrice.perPerson(Long.MAX_VALUE / 2 + 1, 2)).isInstanceOf(ArithmeticException.class);
    }
}
