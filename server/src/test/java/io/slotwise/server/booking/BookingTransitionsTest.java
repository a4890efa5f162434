package io.slotwise.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.booking.BookingTransitions.Move;
import io.slotwise.server.booking.BookingTransitions.State;
import io.slotwise.server.booking.BookingTransitions.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move from every state a booking can be in. */
class BookingTransitionsTest {

    /** The states a booking can reach (a cancelled one may have been a no-show; a checked-in one never is one). */
    static List<State> reachable() {
        List<State> states = new ArrayList<>();
        for (boolean started : new boolean[] {false, true}) {
            states.add(new State(false, false, false, started));   // confirmed
            states.add(new State(true, false, false, started));    // cancelled
            states.add(new State(false, true, false, started));    // checked in
            if (started) {
                states.add(new State(false, false, true, true));   // no-show
                states.add(new State(true, false, true, true));    // no-show, then cancelled
            }
        }
        return states;
    }

    static Stream<Arguments> everyMoveFromEveryState() {
        return reachable().stream().flatMap(state -> Stream.of(Move.values()).map(move -> Arguments.of(state, move)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyMoveFromEveryState")
    void aMoveIsAllowedOnlyFromItsStatesAndRepeatingItChangesNothing(State state, Move move) {
        Verdict verdict = BookingTransitions.judge(state, move);

        boolean allowed = switch (move) {
            case CANCEL -> !state.cancelled() && !state.checkedIn();
            case CHECK_IN -> !state.cancelled() && !state.checkedIn();
            case NO_SHOW -> !state.cancelled() && !state.checkedIn() && state.started() && !state.noShow();
        };
        boolean alreadyDone = switch (move) {
            case CANCEL -> state.cancelled();
            case CHECK_IN -> state.checkedIn();
            case NO_SHOW -> state.noShow() && !state.cancelled();
        };
        assertThat(verdict instanceof Verdict.Allowed).as("allowed").isEqualTo(allowed);
        assertThat(verdict instanceof Verdict.AlreadyDone).as("already done").isEqualTo(alreadyDone);
        if (verdict instanceof Verdict.Refused refused) {
            assertThat(refused.why()).isNotBlank();
        }
        // What the move leads to is never a state that mixes arrival with cancellation or absence.
        if (allowed) {
            State after = switch (move) {
                case CANCEL -> new State(true, false, state.noShow(), state.started());
                case CHECK_IN -> new State(false, true, false, state.started());
                case NO_SHOW -> new State(false, false, true, true);
            };
            assertThat(after.cancelled() && after.checkedIn()).isFalse();
            assertThat(after.checkedIn() && after.noShow()).isFalse();
            assertThat(reachable()).contains(after);
        }
    }
}
