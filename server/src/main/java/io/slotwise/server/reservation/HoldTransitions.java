package io.slotwise.server.reservation;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.HoldStatus;
import java.time.Instant;

/**
 * What may happen to a hold in each state, and what a caller is told otherwise. The database
 * decides under concurrency: each move is one conditional UPDATE from exactly the states this
 * rule allows it from ({@code HoldStore}). The rule says what a hold is at an instant and why a
 * move is refused, and is tested over every state and move.
 *
 * <pre>
 * held ──confirm (time left)──▶ confirmed ◀──paid in time── held (time up, not swept)
 *  │ └──release──▶ released ──paid late, seats free──▶ confirmed
 *  └──sweep (time up)──▶ expired ──paid late, seats free──▶ confirmed
 * </pre>
 */
final class HoldTransitions {

    enum Move {
        /** The holder, staff or a desk confirms while time is left. */
        CONFIRM,
        /** A payment made while the hold lived confirms it even if its time ran out meanwhile (not swept yet). */
        CONFIRM_PAID,
        /** A payment that arrived after the hold ended takes its seats again, if they are free. */
        CONFIRM_PAID_LATE,
        RELEASE,
        SEND_TO_DESK,
        SWEEP
    }

    /** A hold as stored, and whether its time is up at the instant judged. */
    record State(HoldStatus stored, boolean timeUp) {

        static State of(HoldStatus stored, Instant expiresAt, Instant now) {
            return new State(stored, !expiresAt.isAfter(now));
        }

        /** What the hold is to a caller: a held hold whose time is up is expired, swept or not. */
        HoldStatus shown() {
            return stored == HoldStatus.HELD && timeUp ? HoldStatus.EXPIRED : stored;
        }
    }

    /** The outcome of a move: allowed, already so (nothing to change), or refused with a code and reason. */
    sealed interface Verdict {
        record Allowed() implements Verdict { }

        record AlreadyDone() implements Verdict { }

        record Refused(ErrorCode code, String why) implements Verdict { }
    }

    private static final Verdict ALLOWED = new Verdict.Allowed();
    private static final Verdict ALREADY = new Verdict.AlreadyDone();
    private static final Verdict EXPIRED = new Verdict.Refused(ErrorCode.HOLD_EXPIRED, "The hold expired; hold the seats again");
    private static final Verdict RELEASED = new Verdict.Refused(ErrorCode.HOLD_NOT_ACTIVE, "The hold was released");
    private static final Verdict CONFIRMED = new Verdict.Refused(ErrorCode.HOLD_NOT_ACTIVE, "The hold is confirmed");

    private HoldTransitions() {
    }

    static Verdict judge(State state, Move move) {
        return switch (state.stored()) {
            case HELD -> switch (move) {
                case CONFIRM, SEND_TO_DESK -> state.timeUp() ? EXPIRED : ALLOWED;
                case CONFIRM_PAID, RELEASE -> ALLOWED;
                case CONFIRM_PAID_LATE -> ALREADY; // still held: the payment confirms it the ordinary way
                case SWEEP -> state.timeUp() ? ALLOWED : new Verdict.Refused(ErrorCode.HOLD_NOT_ACTIVE, "The hold has time left");
            };
            case CONFIRMED -> switch (move) {
                case CONFIRM, CONFIRM_PAID, CONFIRM_PAID_LATE -> ALREADY; // a retried confirmation gets the same booking
                case RELEASE -> new Verdict.Refused(ErrorCode.HOLD_NOT_ACTIVE, "The hold is confirmed; cancel the booking instead");
                case SEND_TO_DESK, SWEEP -> CONFIRMED;
            };
            case RELEASED -> switch (move) {
                case RELEASE -> ALREADY;
                case CONFIRM_PAID_LATE -> ALLOWED;
                case CONFIRM, CONFIRM_PAID, SEND_TO_DESK, SWEEP -> RELEASED;
            };
            case EXPIRED -> switch (move) {
                case SWEEP, RELEASE -> ALREADY; // its seats went back once, when it was swept
                case CONFIRM_PAID_LATE -> ALLOWED;
                case CONFIRM, CONFIRM_PAID, SEND_TO_DESK -> EXPIRED;
            };
        };
    }
}
