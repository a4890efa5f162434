package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the kiosk asks of the server. {@link #of(SlotwiseClient, String)} is the real one; the
 * flow's tests use a fake, so that every rule of the flow is checked without a screen or server.
 */
public interface KioskBackend {

    PublicVenue venue();

    List<SessionView> sessions(UUID activityId, LocalDate day);

    /** Holds places; the same {@code idempotencyKey} again returns the same hold instead of a second one. */
    Hold hold(HoldRequest request, String idempotencyKey);

    void release(Hold hold);

    /** The customer pays at the front desk: the hold waits in the desk's queue under their name. */
    Hold sendToDesk(Hold hold, String customerName);

    /** The online payment page for the hold, to be paid on the customer's phone. */
    CheckoutStart checkout(Hold hold);

    /** The hold as it is now (confirmed by staff meanwhile, for instance). */
    Hold read(Hold hold);

    /** Confirms as the venue's kiosk device, saying how it was paid. */
    Booking confirm(Hold hold, ConfirmRequest request);

    /** A gift card pays what it can of the hold: the hold with its new amounts (and no token). */
    Hold applyGiftCard(Hold hold, String code);

    /** Books a hold with nothing left to pay (a gift card paid it all), as its holder. */
    Booking confirmPaid(Hold hold, String customerName);

    /** The backend of a kiosk device: its client carries the device token. */
    static KioskBackend of(SlotwiseClient client, String embedKey) {
        return new KioskBackend() {
            @Override
            public PublicVenue venue() {
                return client.publicApi().venue(embedKey);
            }

            @Override
            public List<SessionView> sessions(UUID activityId, LocalDate day) {
                return client.publicApi().activitySessions(activityId, day, day);
            }

            @Override
            public Hold hold(HoldRequest request, String idempotencyKey) {
                return client.publicApi().hold(request, idempotencyKey);
            }

            @Override
            public void release(Hold hold) {
                client.publicApi().releaseHold(hold.id(), hold.holdToken());
            }

            @Override
            public Hold sendToDesk(Hold hold, String customerName) {
                return client.staff().sendToDesk(hold.id(), customerName);
            }

            @Override
            public CheckoutStart checkout(Hold hold) {
                return client.publicApi().startCheckout(hold.id(), hold.holdToken());
            }

            @Override
            public Hold read(Hold hold) {
                return client.publicApi().readHold(hold.id(), hold.holdToken());
            }

            @Override
            public Booking confirm(Hold hold, ConfirmRequest request) {
                return client.staff().confirmAsStaff(hold.id(), request);
            }

            @Override
            public Hold applyGiftCard(Hold hold, String code) {
                return client.publicApi().applyGiftCard(hold.id(), hold.holdToken(), code);
            }

            @Override
            public Booking confirmPaid(Hold hold, String customerName) {
                return client.publicApi().confirmHold(hold.id(), hold.holdToken(), new ConfirmRequest(customerName, null, null));
            }
        };
    }
}
