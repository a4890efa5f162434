package io.slotwise.server.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

    static final Instant START = Instant.parse("2027-03-10T18:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 24, 48, 168})
    void refundsUpToTheDeadlineInstantItselfAndNotAMicrosecondAfter(int hours) {
        RefundPolicy policy = new RefundPolicy(hours);
        Instant deadline = START.minus(Duration.ofHours(hours));

        assertThat(policy.deadline(START)).isEqualTo(deadline);
        assertThat(policy.refundsAt(deadline.minusSeconds(3600), START)).isTrue();
        assertThat(policy.refundsAt(deadline, START)).isTrue();
        assertThat(policy.refundsAt(deadline.plusNanos(1000), START)).isFalse();
        assertThat(policy.refundsAt(START.plusSeconds(60), START)).isFalse();
    }

    @Test
    void aDaylightSavingChangeInBetweenDoesNotMoveTheDeadline() {
        // Berlin springs forward early on 28 March 2027: 24 hours before 28 March 10:00 is 27 March 09:00 there.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = LocalDateTime.of(2027, 3, 28, 10, 0).atZone(berlin).toInstant();

        Instant deadline = new RefundPolicy(24).deadline(start);

        assertThat(Duration.between(deadline, start)).isEqualTo(Duration.ofHours(24));
        assertThat(deadline.atZone(berlin).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 27, 9, 0));
    }

    @Test
    void aNegativeWindowIsNoPolicy() {
        assertThatThrownBy(() -> new RefundPolicy(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
