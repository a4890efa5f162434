package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Customer;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A server stand-in for the kiosk's tests: records the calls, fails on request. */
public final class FakeBackend implements KioskBackend {
    private final PublicActivity room;
    private final java.util.concurrent.atomic.AtomicReference<Instant> now;
    RuntimeException failNext;
    /** While set, every call fails as if the server were unreachable. */
    volatile boolean down;
    /** Whether staff confirmed the hold at the front desk. */
    boolean confirmedAtDesk;
    /** An amount the simulated terminal declines (it ends in 13 minor units). */
    boolean declinableAmount;
    public final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<SessionView> sessions;
    final List<String> holdKeys = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The last hold asked for (its language among the rest). */
    public volatile HoldRequest lastHold;
    /** The venue's default language and accent colour, as the server would give them. */
    public volatile String venueLanguage;
    public volatile String venueAccent;

    /** Every call fails as if the server were unreachable, until set back. */
    public void down(boolean unreachable) {
        this.down = unreachable;
    }

    /** How the server holds the hold now, when it differs from what the kiosk was given. */
    HoldStatus statusNow;

    public FakeBackend(PublicActivity room, List<SessionView> sessions, java.util.concurrent.atomic.AtomicReference<Instant> now) {
        this.room = room;
        this.sessions = sessions;
        this.now = now;
    }

    private void maybeFail() {
        if (down) {
            throw new SlotwiseApiException(0, null, null, List.of(), "Connection refused", null);
        }
        RuntimeException failure = failNext;
        failNext = null;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public PublicVenue venue() {
        calls.add("venue");
        maybeFail();
        return new PublicVenue(room.venueId(), "Downtown", "Europe/Berlin", List.of(room), null, venueLanguage, null, venueAccent);
    }

    @Override
    public List<SessionView> sessions(UUID activityId, LocalDate day) {
        calls.add("sessions " + day);
        maybeFail();
        return sessions;
    }

    @Override
    public Hold hold(HoldRequest request, String idempotencyKey) {
        calls.add("hold " + request.partySize());
        lastHold = request;
        if (request.tickets() != null) {
            calls.add("tickets " + request.tickets().stream().map(t -> t.category() + ":" + t.count()).toList());
        }
        holdKeys.add(idempotencyKey);
        maybeFail();
        long amount = request.tickets() != null ? io.slotwise.common.fx.Prices.forTickets(room, request.tickets())
                : 2500L * request.partySize();
        return new Hold(UUID.randomUUID(), request.sessionId(), request.partySize(), HoldStatus.HELD,
                now.get().plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.ofHours(1)), "token",
                declinableAmount ? 5013L : amount, "EUR", null, request.tickets());
    }

    @Override
    public Hold sendToDesk(Hold hold, String customerName) {
        calls.add("desk " + customerName);
        maybeFail();
        return hold;
    }

    @Override
    public io.slotwise.common.api.CheckoutStart checkout(Hold hold) {
        calls.add("checkout " + hold.id());
        maybeFail();
        return new io.slotwise.common.api.CheckoutStart("cs_fake", "https://pay.example/cs_fake", hold.expiresAt().toInstant());
    }

    @Override
    public Hold read(Hold hold) {
        calls.add("read " + hold.id());
        maybeFail();
        if (confirmedAtDesk) {
            return new Hold(hold.id(), hold.sessionId(), hold.partySize(), HoldStatus.CONFIRMED, hold.expiresAt(), null,
                    hold.amount(), hold.currency(), "SW-DESK42");
        }
        HoldStatus status = statusNow == null ? hold.status() : statusNow;
        return new Hold(hold.id(), hold.sessionId(), hold.partySize(), status, hold.expiresAt(), null,
                hold.amount(), hold.currency(), null);
    }

    @Override
    public void release(Hold hold) {
        calls.add("release " + hold.id());
    }

    @Override
    public Booking confirm(Hold hold, ConfirmRequest request) {
        calls.add("confirm " + request.paymentMethod());
        maybeFail();
        return new Booking(UUID.randomUUID(), "SW-7K3M9Q", hold.id(), hold.sessionId(), room.id(), room.name(), room.venueId(),
                sessions.get(0).startTime(), sessions.get(0).endTime(), hold.partySize(), hold.amount(), "EUR", BookingStatus.CONFIRMED,
                request.paymentMethod(), new Customer(UUID.randomUUID(), "a@example.com", request.customerName(), null),
                now.get(), null, null, null, io.slotwise.common.api.PaymentStatus.NONE, 0);
    }

    /** A gift card that pays all that is left. */
    @Override
    public Hold applyGiftCard(Hold hold, String code) {
        calls.add("gift card " + code);
        maybeFail();
        return new Hold(hold.id(), hold.sessionId(), hold.partySize(), hold.status(), hold.expiresAt(), null, hold.amount(),
                hold.currency(), null, hold.tickets(), hold.discount(), hold.amountDue(), 0, hold.promoCode());
    }

    @Override
    public Booking confirmPaid(Hold hold, String customerName) {
        return confirm(hold, new ConfirmRequest(customerName, null, io.slotwise.common.api.PaymentMethod.GIFT_CARD));
    }
}
