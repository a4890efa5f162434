package io.slotwise.admin.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new promo code as typed: read into the server's request, or each wrong field named. */
class PromoCodeFormTest {

    @Test
    void aPercentCodeWithLimitsIsReadAsTheServerTakesIt() {
        UUID room = UUID.randomUUID();
        var read = PromoCodeForm.read(" summer-10 ", PromoCodeForm.Kind.PERCENT, "10", "EUR", LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 8, 31), List.of(room), "50", "1");

        assertThat(read.errors()).isEmpty();
        assertThat(read.request().code()).isEqualTo("summer-10");
        assertThat(read.request().percentOff()).isEqualTo(10);
        assertThat(read.request().amountOff()).isNull();
        assertThat(read.request().activityIds()).containsExactly(room);
        assertThat(read.request().maxUses()).isEqualTo(50);
        assertThat(read.request().maxUsesPerCustomer()).isEqualTo(1);
    }

    @Test
    void anAmountIsInTheCurrencysMinorUnitsAndEmptyLimitsAreUnlimited() {
        assertThat(PromoCodeForm.read("TENNER", PromoCodeForm.Kind.AMOUNT, "10,50", "EUR", null, null, List.of(), "", " ").request())
                .satisfies(r -> {
                    assertThat(r.amountOff()).isEqualTo(1050);
                    assertThat(r.maxUses()).isNull();
                    assertThat(r.maxUsesPerCustomer()).isNull();
                });
        assertThat(PromoCodeForm.read("YEN", PromoCodeForm.Kind.AMOUNT, "500", "JPY", null, null, List.of(), null, null).request()
                .amountOff()).isEqualTo(500);
    }

    @Test
    void everyWrongFieldIsNamed() {
        var read = PromoCodeForm.read("x", PromoCodeForm.Kind.PERCENT, "120", "EUR", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1),
                List.of(), "0", "many");

        assertThat(read.request()).isNull();
        assertThat(read.errors()).containsOnlyKeys("code", "value", "uses", "perCustomer", "validTo");
        assertThat(PromoCodeForm.read("OK-CODE", PromoCodeForm.Kind.AMOUNT, "5.555", "EUR", null, null, List.of(), null, null).errors())
                .containsOnlyKeys("value");
    }
}
