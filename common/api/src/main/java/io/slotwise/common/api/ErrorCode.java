package io.slotwise.common.api;

/**
 * Stable error codes carried in the {@code code} member of every problem-details response.
 * Clients branch on these, never on messages; a code, once published, keeps its meaning.
 */
public enum ErrorCode {
    /** A field or parameter failed validation; the response lists the failing fields. */
    VALIDATION_FAILED(400),
    /** The body is not JSON of the expected shape. */
    MALFORMED_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    /** The id names nothing, whatever its format. */
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The session has fewer seats left than the party needs. */
    INSUFFICIENT_CAPACITY(409),
    /** The session has started, is blocked or is cancelled. */
    SESSION_NOT_BOOKABLE(409),
    /**
     * A room, lane or guide the session needs is taken then by an overlapping session (with its
     * reset time) of the same resource.
     */
    RESOURCE_BUSY(409),
    /** The hold ran out before it was confirmed. */
    HOLD_EXPIRED(409),
    /** The hold was released, expired or confirmed already, so it cannot change any more. */
    HOLD_NOT_ACTIVE(409),
    /** A prepaid activity becomes a booking only through payment or staff. */
    PAYMENT_REQUIRED(409),
    /** Online payment is not set up on this server: pay at the venue or ask staff. */
    PAYMENT_UNAVAILABLE(409),
    /** A payment webhook whose signature is missing, wrong or too old; nothing was changed. */
    SIGNATURE_INVALID(400),
    /** The payment provider could not be reached or refused; nothing was changed, try again. */
    PAYMENT_PROVIDER_FAILED(502),
    /** A capacity edit would leave fewer seats than are held and booked. */
    CAPACITY_BELOW_BOOKED(409),
    /** The booking is cancelled already (or cannot be changed in its state). */
    BOOKING_NOT_CHANGEABLE(409),
    /** An Idempotency-Key was reused with a different request. */
    IDEMPOTENCY_KEY_REUSED(422),
    /** No promo code of this venue is written so (or it was switched off). */
    PROMO_CODE_UNKNOWN(422),
    /** The promo code is not valid for this hold: outside its dates, or not for this activity. */
    PROMO_CODE_NOT_APPLICABLE(422),
    /** The promo code was used as often as it may be, in all or by this customer. */
    PROMO_CODE_USED_UP(422),
    /** Nothing is left to pay for the hold (a gift card or a promo code paid it all): confirm it instead. */
    NOTHING_TO_PAY(409),
    /** No gift card is written so (or it is not paid for yet). */
    GIFT_CARD_UNKNOWN(422),
    /** The gift card's last day has passed. */
    GIFT_CARD_EXPIRED(422),
    /** Nothing is left on the gift card (or all of it is set aside for other holds just now). */
    GIFT_CARD_EMPTY(422),
    /** The gift card cannot pay this hold: another venue's or currency, another card on it, or nothing left to pay. */
    GIFT_CARD_NOT_APPLICABLE(422),
    /** The request body is larger than the API accepts. */
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
