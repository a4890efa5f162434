package io.slotwise.common.api;

/**
 * Turn a hold into a booking. The public (holder) form uses name and phone; staff and kiosks
 * also say how it was paid ({@code paymentMethod}, defaulting to pay at the venue). A kiosk
 * confirms card payments only, with the terminal's {@code paymentReference}.
 */
public record ConfirmRequest(String customerName, String phone, PaymentMethod paymentMethod, String paymentReference) {

    public ConfirmRequest(String customerName, String phone, PaymentMethod paymentMethod) {
        this(customerName, phone, paymentMethod, null);
    }
}
