package io.slotwise.server.message;

/** What a message to a customer is about; each kind has its mail templates under {@code mail/}. */
public enum MessageKind {
    BOOKING_CONFIRMED("booking-confirmed"),
    BOOKING_REMINDER("booking-reminder"),
    BOOKING_CANCELLED("booking-cancelled"),
    BOOKING_RESCHEDULED("booking-rescheduled"),
    /** A payment came after its places were gone: nothing booked, the money goes back. */
    LATE_PAYMENT_REFUNDED("payment-refunded"),
    /** A gift card, with its code, to its recipient. */
    GIFT_CARD("gift-card"),
    /** Not a mail: an event POSTed to an integrator's webhook. */
    WEBHOOK_EVENT("");

    private final String template;

    MessageKind(String template) {
        this.template = template;
    }

    /** Whether the mail carries the booking's calendar file (its time is new to the customer). */
    boolean withCalendar() {
        return this == BOOKING_CONFIRMED || this == BOOKING_RESCHEDULED;
    }

    /** The name of its templates: {@code mail/<name>.html} and {@code mail/<name>.txt}. */
    String template() {
        return template;
    }
}
