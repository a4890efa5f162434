package io.slotwise.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "2500, EUR, 25.00 EUR",
            "5, EUR, 0.05 EUR",
            "0, EUR, 0.00 EUR",
            "-1999, EUR, -19.99 EUR",
            "2500, JPY, 2500 JPY",
            "1250, KWD, 1.250 KWD",
            "1, KWD, 0.001 KWD",
            "999999999999, USD, 9999999999.99 USD",
            "2500, ZZZ, 25.00 ZZZ",
            "700, XAU, 700 XAU"
    })
    void showsAmountsWithTheCurrencysOwnDecimals(long minor, String currency, String shown) {
        assertThat(Money.format(minor, currency)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({
            "25, EUR, 2500",
            "25.5, EUR, 2550",
            "'25,50', EUR, 2550",
            "0.07, EUR, 7",
            " 12 , EUR, 1200",
            "2500, JPY, 2500",
            "1.25, KWD, 1250",
            "1.255, KWD, 1255"
    })
    void readsTypedAmountsInMinorUnits(String typed, String currency, long minor) {
        assertThat(Money.parse(typed, currency)).isEqualTo(minor);
    }

    @ParameterizedTest
    @CsvSource({
            "25.005, EUR",
            "25.5, JPY",
            "-3, EUR",
            "abc, EUR",
            "'', EUR",
            "1e3, EUR",
            "1234567890, EUR",
            "1.2345, KWD"
    })
    void refusesWhatIsNotAnAmountInThatCurrency(String typed, String currency) {
        assertThat(Money.parse(typed, currency)).isNull();
    }

    @org.junit.jupiter.api.Test
    void nothingTypedIsNoAmount() {
        assertThat(Money.parse(null, "EUR")).isNull();
    }
}
