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

    /** The words on the screen, in the customer's language. */
    public String text(Texts texts) {
        return kind == Kind.NONE ? "" : texts.get("notice." + kind.name(), detail);
    }
}
