package io.slotwise.server.booking;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What the desk may do to a booking in each state, and why not otherwise. The database decides
 * under concurrency (each move is one conditional update from these same states); this rule
 * decides what to say, and is tested over every state.
 *
 * <pre>
 * confirmed ──check in──▶ checked in
 *     │  └──no-show (after the start)──▶ no-show ──check in (late)──▶ checked in
 *     └──cancel──▶ cancelled ◀──cancel── no-show
 * </pre>
 */
final class BookingTransitions {

    enum Move { CANCEL, CHECK_IN, NO_SHOW }

    /** A booking as the rule sees it. */
    record State(boolean cancelled, boolean checkedIn, boolean noShow, boolean started) {

        static State of(Booking booking, Instant now) {
            return new State(booking.status() == BookingStatus.CANCELLED, booking.checkedInAt() != null,
                    booking.noShowAt() != null, !booking.startTime().toInstant().isAfter(now));
        }
    }

    /** The outcome of a move: done, already so (nothing to change), or refused with the reason. */
    sealed interface Verdict {
        record Allowed() implements Verdict { }

        record AlreadyDone() implements Verdict { }

        record Refused(String why) implements Verdict { }
    }

    private BookingTransitions() {
    }

    static Verdict judge(State state, Move move) {
        return switch (move) {
            case CANCEL -> state.cancelled() ? new Verdict.AlreadyDone()
                    : state.checkedIn() ? new Verdict.Refused("The party has checked in; refund the booking instead")
                    : new Verdict.Allowed();
            case CHECK_IN -> state.cancelled() ? new Verdict.Refused("A cancelled booking cannot be checked in")
                    : state.checkedIn() ? new Verdict.AlreadyDone()
                    : new Verdict.Allowed(); // a no-show who turns up late is simply checked in
            case NO_SHOW -> state.cancelled() ? new Verdict.Refused("A cancelled booking cannot be a no-show")
                    : state.checkedIn() ? new Verdict.Refused("The party checked in")
                    : !state.started() ? new Verdict.Refused("The session has not started yet")
                    : state.noShow() ? new Verdict.AlreadyDone()
                    : new Verdict.Allowed();
        };
    }

    /** The reason a move is refused, if it is. */
    static Optional<String> refusal(State state, Move move) {
        return judge(state, move) instanceof Verdict.Refused refused ? Optional.of(refused.why()) : Optional.empty();
    }
}
