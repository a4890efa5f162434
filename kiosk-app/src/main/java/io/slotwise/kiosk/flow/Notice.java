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
        EXPIRED,
        /** A promo code the venue does not have (or switched off); {@code detail}: the code. */
        PROMO_UNKNOWN,
        PROMO_NOT_APPLICABLE,
        PROMO_USED_UP,
        GIFT_CARD_UNKNOWN,
        GIFT_CARD_EXPIRED,
        GIFT_CARD_EMPTY,
        GIFT_CARD_NOT_APPLICABLE
    }

    public static final Notice NONE = new Notice(Kind.NONE, "");

    static Notice of(Kind kind) {
        return new Notice(kind, "");
    }

    /** Why the server refused a promo code or a gift card's code, if that was the refusal. */
    static java.util.Optional<Notice> refusedCode(io.slotwise.common.client.SlotwiseApiException e) {
        String code = e.errorCode().map(Enum::name).orElse("");
        return switch (code) {
            case "PROMO_CODE_UNKNOWN" -> java.util.Optional.of(new Notice(Kind.PROMO_UNKNOWN, ""));
            case "PROMO_CODE_NOT_APPLICABLE" -> java.util.Optional.of(new Notice(Kind.PROMO_NOT_APPLICABLE, ""));
            case "PROMO_CODE_USED_UP" -> java.util.Optional.of(new Notice(Kind.PROMO_USED_UP, ""));
            case "GIFT_CARD_UNKNOWN", "GIFT_CARD_EXPIRED", "GIFT_CARD_EMPTY", "GIFT_CARD_NOT_APPLICABLE" ->
                    java.util.Optional.of(new Notice(Kind.valueOf(code), ""));
            default -> java.util.Optional.empty();
        };
    }

    /** The words on the screen, in the customer's language. */
    public String text(Texts texts) {
        return kind == Kind.NONE ? "" : texts.get("notice." + kind.name(), detail);
    }
}
