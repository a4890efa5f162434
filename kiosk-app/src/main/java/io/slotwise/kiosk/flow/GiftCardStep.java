package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Hold;

/**
 * A gift card at the kiosk: from the hold screen the customer types its code; the card pays what
 * it can, and with nothing left to pay the booking is made without the terminal.
 */
public final class GiftCardStep {

    private final KioskFlow flow;
    private final HoldStep holding;
    private final KioskBackend backend;
    private final ServerCalls calls;

    GiftCardStep(KioskFlow flow, HoldStep holding, KioskBackend backend, ServerCalls calls) {
        this.flow = flow;
        this.holding = holding;
        this.backend = backend;
        this.calls = calls;
    }

    /** The customer has a gift card: the screen to type its code. */
    public void open() {
        flow.notice(Notice.NONE);
        flow.show(Screen.GIFT_CARD);
    }

    /** Back to the hold's ways to pay, without a card. */
    public void back() {
        flow.notice(Notice.NONE);
        flow.show(Screen.HOLD);
    }

    /** The card pays what it can; a refused code is said on this screen (the flow's refusals). */
    public void apply(String code) {
        Hold held = holding.current();
        if (held == null || code == null || code.isBlank()) {
            flow.notice(Notice.of(Notice.Kind.GIFT_CARD_UNKNOWN));
            return;
        }
        calls.run(() -> backend.applyGiftCard(held, code.trim()), paid -> {
            holding.paidBy(paid);
            back();
        });
    }

    /** Nothing left to pay: the card paid it all, the booking is made. */
    public void book() {
        Hold held = holding.current();
        if (held != null && held.amountDue() == 0) {
            calls.run(() -> backend.confirmPaid(held, flow.customerName()), booking -> flow.booked(booking.bookingNumber()));
        }
    }
}
