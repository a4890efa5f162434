package io.slotwise.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.server.reservation.HoldTransitions.Move;
import io.slotwise.server.reservation.HoldTransitions.State;
import io.slotwise.server.reservation.HoldTransitions.Verdict;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldTransitionsTest {

    static final Instant NOW = Instant.parse("2026-03-29T01:30:00Z");

    @Test
    void aHoldIsExpiredFromTheInstantItsTimeIsUpSweptOrNot() {
        assertThat(State.of(HoldStatus.HELD, NOW.plusNanos(1000), NOW).shown()).isEqualTo(HoldStatus.HELD);
        assertThat(State.of(HoldStatus.HELD, NOW, NOW).shown()).as("at the expiry instant").isEqualTo(HoldStatus.EXPIRED);
        assertThat(State.of(HoldStatus.HELD, NOW.minusSeconds(1), NOW).shown()).isEqualTo(HoldStatus.EXPIRED);
        for (HoldStatus ended : EnumSet.complementOf(EnumSet.of(HoldStatus.HELD))) {
            assertThat(State.of(ended, NOW.plusSeconds(600), NOW).shown()).as("ended holds stay as they ended").isEqualTo(ended);
        }
    }

    /** Every state and move: A allowed, D already done, E expired, R released, C confirmed, L time left. */
    @ParameterizedTest(name = "{0}, time up {1}: {2}")
    @CsvSource({
            // stored,   timeUp, CONFIRM, CONFIRM_PAID, CONFIRM_PAID_LATE, RELEASE, SEND_TO_DESK, SWEEP
            "HELD,      false,  A, A, D, A, A, L",
            "HELD,      true,   E, A, D, A, E, A",
            "CONFIRMED, false,  D, D, D, C, C, C",
            "CONFIRMED, true,   D, D, D, C, C, C",
            "RELEASED,  false,  R, R, A, D, R, R",
            "RELEASED,  true,   R, R, A, D, R, R",
            "EXPIRED,   false,  E, E, A, D, E, D",
            "EXPIRED,   true,   E, E, A, D, E, D"
    })
    void everyMoveFromEveryState(HoldStatus stored, boolean timeUp, String confirm, String confirmPaid, String paidLate,
            String release, String toDesk, String sweep) {
        State state = new State(stored, timeUp);
        String[] expected = {confirm, confirmPaid, paidLate, release, toDesk, sweep};
        Move[] moves = {Move.CONFIRM, Move.CONFIRM_PAID, Move.CONFIRM_PAID_LATE, Move.RELEASE, Move.SEND_TO_DESK, Move.SWEEP};
        assertThat(moves).as("every move is in the table").containsExactlyInAnyOrder(Move.values());
        for (int i = 0; i < moves.length; i++) {
            assertThat(letter(HoldTransitions.judge(state, moves[i]))).as(moves[i].name()).isEqualTo(expected[i]);
        }
    }

    @Test
    void refusalsCarryTheCodeClientsActOn() {
        Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
        for (HoldStatus stored : HoldStatus.values()) {
            for (boolean timeUp : new boolean[] {false, true}) {
                for (Move move : Move.values()) {
                    if (HoldTransitions.judge(new State(stored, timeUp), move) instanceof Verdict.Refused refused) {
                        codes.add(refused.code());
                        assertThat(refused.why()).isNotBlank();
                    }
                }
            }
        }
        assertThat(codes).containsExactlyInAnyOrder(ErrorCode.HOLD_EXPIRED, ErrorCode.HOLD_NOT_ACTIVE);
    }

    private static String letter(Verdict verdict) {
        if (verdict instanceof Verdict.Allowed) {
            return "A";
        }
        if (verdict instanceof Verdict.AlreadyDone) {
            return "D";
        }
        Verdict.Refused refused = (Verdict.Refused) verdict;
        if (refused.code() == ErrorCode.HOLD_EXPIRED) {
            return "E";
        }
        return refused.why().contains("released") ? "R" : refused.why().contains("confirmed") ? "C" : "L";
    }
}
