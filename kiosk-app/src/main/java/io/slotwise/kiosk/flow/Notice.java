package io.slotwise.kiosk.flow;

/**
 * What the kiosk tells the customer beside the screen itself: an outcome the flow decided, as a
 * kind (which tests and the screens act on) and its words. {@code detail} carries what the words
 * need: the terminal's reason for a declined card, the reference of a payment that found no places.
 */
public record Notice(Kind kind, String detail) {

    public enum Kind {
        NONE,
        DETAILS_MISSING,
        TICKETS_NEEDED,
        TAKEN,
        TROUBLE,
        PAID_OFFLINE,
        PAID_TOO_LATE,
        TOO_LATE_FOR_CARD,
        CARD_DECLINED,
        EXPIRED
    }

    public static final Notice NONE = new Notice(Kind.NONE, "");

    static Notice of(Kind kind) {
        return new Notice(kind, "");
    }

    /** The words on the screen. */
    public String text() {
        return switch (kind) {
            case NONE -> "";
            case DETAILS_MISSING -> "Please enter your name and email.";
            case TICKETS_NEEDED -> "Please choose tickets for everyone in your group.";
            case TAKEN -> "Sorry, those places were just taken. Please choose another time.";
            case TROUBLE -> "We can't reach the booking system right now. We'll keep trying; you can also ask at the front desk.";
            case PAID_OFFLINE -> "Your payment went through. We can't reach the booking system right now; "
                    + "we'll keep trying to finish your booking, please wait.";
            case PAID_TOO_LATE -> "Your payment went through, but your ten minutes ran out before we could finish. "
                    + "Please show this screen at the front desk. Reference: " + detail;
            case TOO_LATE_FOR_CARD -> "There is too little time left to pay by card. Please ask at the front desk.";
            case CARD_DECLINED -> detail + ". Please try again or choose another way to pay.";
            case EXPIRED -> "Your ten minutes are up and the places were released. You're welcome to start again.";
        };
    }
}
