package io.slotwise.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingNumbersTest {

    @Test
    void numbersAreShortReadableAndFreeOfLookAlikes() {
        BookingNumbers numbers = new BookingNumbers(new Random(1));
        for (int i = 0; i < 10_000; i++) {
            String number = numbers.next();
            assertThat(number).matches("SW-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
            assertThat(BookingNumbers.looksLikeOne(number)).isTrue();
            assertThat(BookingNumbers.looksLikeOne(number.toLowerCase())).isTrue();
        }
    }

    @Test
    void tenThousandNumbersRarelyCollide() {
        BookingNumbers numbers = new BookingNumbers(new Random(2));
        Set<String> seen = new HashSet<>();
        int collisions = 0;
        for (int i = 0; i < 10_000; i++) {
            if (!seen.add(numbers.next())) {
                collisions++;
            }
        }
        // 10^4 draws from 31^6 ≈ 8.9e8: about 0.06 expected collisions.
        assertThat(collisions).isLessThanOrEqualTo(1);
    }

    @Test
    void otherTextIsNotABookingNumber() {
        assertThat(BookingNumbers.looksLikeOne("SW-7K3M9")).isFalse();
        assertThat(BookingNumbers.looksLikeOne("SW-7K3M9O")).as("O is not in the alphabet").isFalse();
        assertThat(BookingNumbers.looksLikeOne("XX-7K3M9Q")).isFalse();
        assertThat(BookingNumbers.looksLikeOne(null)).isFalse();
    }
}
