package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.client.Backoff;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walk-in booking flow as a view-model: which screen is up, what the customer chose, the
 * hold and its countdown, and the commands the screens call. It holds no JavaFX node, so the
 * whole flow is tested without a screen. Server calls run on {@code background}; their results
 * are applied on {@code ui} (the FX thread in the app, the calling thread in tests). Calls that
 * cannot reach the server are retried with backoff ({@link ServerCalls}); a hold made before an
 * outage is kept, with its token, and confirmed or read once the server answers again.
 */
public final class KioskFlow {

    static final String TAKEN = "Sorry, those places were just taken. Please choose another time.";
    static final String TROUBLE = "We can't reach the booking system right now. We'll keep trying; you can also ask at the front desk.";
    static final String PAID_OFFLINE = "Your payment went through. We can't reach the booking system right now; "
            + "we'll keep trying to finish your booking, please wait.";
    static final String PAID_TOO_LATE = "Your payment went through, but your ten minutes ran out before we could finish. "
            + "Please show this screen at the front desk. Reference: ";
    /** A card payment is started only with this much of the hold left: tapping and approving take a few seconds. */
    static final Duration CARD_NEEDS = Duration.ofSeconds(10);
    static final String TOO_LATE_FOR_CARD = "There is too little time left to pay by card. Please ask at the front desk.";
    /** The confirmation or a "sorry" stays up this long, then the kiosk is ready for the next customer. */
    static final Duration RETURN_AFTER = Duration.ofSeconds(30);
    /** While waiting at the desk, the hold is also read this often, in case an event was missed. */
    static final Duration DESK_CHECK = Duration.ofSeconds(15);
    static final String EXPIRED = "Your ten minutes are up and the places were released. You're welcome to start again.";
    /** First retry after a second, then doubling up to fifteen: quick to recover, gentle on a struggling server. */
    static final Backoff RETRY = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(15));

    private final KioskBackend backend;
    private final Executor background;
    private final Clock clock;
    private final ServerCalls calls;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.ATTRACT);
    private final ObservableList<PublicActivity> activities = FXCollections.observableArrayList();
    private final ObservableList<SessionView> sessions = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call would be collected with its listeners.
    private final ObservableList<PublicActivity> activitiesView = FXCollections.unmodifiableObservableList(activities);
    private final ObservableList<SessionView> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final ReadOnlyObjectWrapper<PublicActivity> activity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SessionView> session = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> partySize = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Hold> hold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Booking> booking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bookingNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phonePayment = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper askingStillThere = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper charging = new ReadOnlyBooleanWrapper(false);
    private final IdleWatch idle;
    private Instant lastDeskCheck;
    private Instant shownSince;
    private ZoneId zone = ZoneId.of("UTC");
    private String customerName;
    private HoldCountdown timer;
    /** The hold request on its way and its Idempotency-Key: retries and second taps reuse both. */
    private HoldRequest holdRequest;
    private String holdKey;
    /** Set once the terminal approved: from then on only the confirmation is retried, never the charge. */
    private PaymentMethod paidWith;
    /** The terminal's reference of that payment, sent with the confirmation. */
    private String paidReference;

    public KioskFlow(KioskBackend backend, Executor background, Executor ui, Clock clock) {
        this.backend = backend;
        this.background = background;
        this.clock = clock;
        this.idle = new IdleWatch(clock);
        screen.addListener((o, was, now) -> shownSince = clock.instant());
        this.calls = new ServerCalls(background, ui, clock, RETRY, new ServerCalls.Outcomes() {
            @Override
            public void refused(SlotwiseApiException refusal) {
                KioskFlow.this.refused(refusal);
            }

            @Override
            public void unreachable() {
                message.set(paidWith != null ? PAID_OFFLINE : TROUBLE);
            }

            @Override
            public void reachedAgain() {
                if (message.get().equals(TROUBLE) || message.get().equals(PAID_OFFLINE)) {
                    message.set("");
                }
            }
        });
    }

    // ---------------------------------------------------------------- commands

    /** A touch on the attract screen: load what the venue sells. */
    public void start() {
        calls.run(backend::venue, venue -> {
            zone = ZoneId.of(venue.timezone());
            activities.setAll(venue.activities());
            screen.set(Screen.ACTIVITY);
        });
    }

    public void chooseActivity(PublicActivity chosen) {
        activity.set(chosen);
        chooseDay(today());
        screen.set(Screen.TIME);
    }

    /** Today first; later days on request, never earlier ones. */
    public void chooseDay(LocalDate chosen) {
        LocalDate today = today();
        day.set(chosen.isBefore(today) ? today : chosen);
        refreshSessions();
    }

    /** Today at the venue (by the server's clock), wherever the kiosk's own clock and zone are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Whether the day on show is later than today, so that an earlier one can still be booked. */
    public boolean earlierDayBookable() {
        return day.get() != null && day.get().isAfter(today());
    }

    /** Re-reads the day's sessions (after a live event, or a slot was taken). */
    public void refreshSessions() {
        PublicActivity current = activity.get();
        LocalDate shown = day.get();
        if (current != null && shown != null) {
            calls.run(() -> backend.sessions(current.id(), shown), sessions::setAll);
        }
    }

    public boolean bookable(SessionView s) {
        PublicActivity a = activity.get();
        return a != null && s.status() == SessionStatus.OPEN && s.startTime().toInstant().isAfter(clock.instant())
                && s.capacityRemaining() >= a.minPartySize();
    }

    public void chooseSession(SessionView chosen) {
        if (!bookable(chosen)) {
            return;
        }
        session.set(chosen);
        partySize.set(activity.get().minPartySize());
        message.set("");
        screen.set(Screen.PARTY);
    }

    /** The party sizes the customer may pick: the activity's limits, and no more than is left. */
    public List<Integer> partySizes() {
        PublicActivity a = activity.get();
        SessionView s = session.get();
        if (a == null || s == null) {
            return List.of();
        }
        return IntStream.rangeClosed(a.minPartySize(), Math.min(a.maxPartySize(), s.capacityRemaining())).boxed().toList();
    }

    public void choosePartySize(int size) {
        if (partySizes().contains(size)) {
            partySize.set(size);
            screen.set(Screen.DETAILS);
        }
    }

    /** Name and email given: hold the places for ten minutes. */
    public void hold(String name, String email) {
        if (name == null || name.isBlank() || email == null || !email.contains("@")) {
            message.set("Please enter your name and email.");
            return;
        }
        customerName = name.trim();
        HoldRequest request = new HoldRequest(session.get().id(), partySize.get(), email.trim());
        if (!request.equals(holdRequest)) {
            // A new request gets a new key; the same one tapped again (or retried) cannot hold twice.
            holdRequest = request;
            holdKey = UUID.randomUUID().toString();
        }
        String key = holdKey;
        calls.run(() -> backend.hold(request, key), made -> {
            holdRequest = null;
            hold.set(made);
            timer = new HoldCountdown(clock, made.expiresAt().toInstant());
            countdown.set(timer.text());
            message.set("");
            screen.set(Screen.HOLD);
        }, this::releaseQuietly);
    }

    /** Pays through the terminal, then confirms the booking as this kiosk. */
    public void pay(PaymentTerminal terminal) {
        Hold held = hold.get();
        if (held == null || charging.get() || calls.busyProperty().get()) {
            return;
        }
        if (paidWith != null) {
            confirmPaid(held);
            return;
        }
        if (timer != null && timer.left().compareTo(CARD_NEEDS) < 0) {
            // A payment approved after the hold ran out would be taken for places that are gone.
            message.set(TOO_LATE_FOR_CARD);
            return;
        }
        charging.set(true);
        message.set("");
        terminal.charge(held.amount(), held.currency(), held.id().toString()).thenAccept(result -> uiLater(() -> {
            charging.set(false);
            if (hold.get() != held) {
                return; // cancelled or expired while the terminal was busy
            }
            if (!result.approved()) {
                message.set(result.message() + ". Please try again or choose another way to pay.");
                return;
            }
            paidWith = terminal.method();
            paidReference = result.reference();
            confirmPaid(held);
        }));
    }

    private void confirmPaid(Hold held) {
        calls.run(() -> backend.confirm(held, new ConfirmRequest(customerName, null, paidWith, paidReference)), confirmed -> {
            booking.set(confirmed);
            booked(confirmed.bookingNumber());
        });
    }

    /** The customer pays at the front desk: the hold joins the desk's queue and waits for staff to confirm it. */
    public void payAtDesk() {
        Hold held = hold.get();
        if (held == null || paidWith != null || charging.get()) {
            return;
        }
        calls.run(() -> backend.sendToDesk(held, customerName), queued -> {
            if (hold.get() == held) {
                lastDeskCheck = clock.instant();
                screen.set(Screen.DESK);
            }
        });
    }

    /**
     * The customer pays online on their phone: the kiosk shows the payment page as a QR code and
     * waits, like at the desk, for the booking to appear (Stripe tells the server, the server the kiosk).
     */
    public void payOnPhone() {
        Hold held = hold.get();
        PublicActivity chosen = activity.get();
        if (held == null || paidWith != null || charging.get() || chosen == null || !chosen.onlinePayment()) {
            return;
        }
        calls.run(() -> backend.checkout(held), page -> {
            if (hold.get() == held) {
                phonePayment.set(page.url());
                lastDeskCheck = clock.instant();
                screen.set(Screen.PHONE);
            }
        });
    }

    /**
     * A live event of the venue (the app subscribes with the kiosk's client): the times on
     * show follow other bookings, and a hold confirmed at the desk shows its booking number.
     */
    public void onEvent(VenueEvent event) {
        if (!(event instanceof VenueEvent.SessionUpdated) && !(event instanceof VenueEvent.Resync)) {
            return;
        }
        if (screen.get() == Screen.TIME) {
            refreshSessions();
        }
        Hold held = hold.get();
        boolean ours = event instanceof VenueEvent.Resync
                || (held != null && ((VenueEvent.SessionUpdated) event).sessionId().equals(held.sessionId()));
        if (waitingElsewhere() && ours) {
            checkDesk();
        }
    }

    /** The hold is being paid away from the kiosk: at the desk, or on the customer's phone. */
    private boolean waitingElsewhere() {
        return screen.get() == Screen.DESK || screen.get() == Screen.PHONE;
    }

    /** Reads the hold being paid at the desk or on a phone: it may be booked by now. */
    private void checkDesk() {
        Hold held = hold.get();
        if (held == null) {
            return;
        }
        lastDeskCheck = clock.instant();
        calls.run(() -> backend.read(held), this::follow);
    }

    /** Brings the kiosk in line with the hold as the server has it now. */
    private void follow(Hold now) {
        Hold held = hold.get();
        if (held == null || !held.id().equals(now.id())) {
            return;
        }
        switch (now.status()) {
            case CONFIRMED -> booked(now.bookingNumber());
            case HELD -> timer = new HoldCountdown(clock, now.expiresAt().toInstant());
            default -> expired(held);
        }
    }

    private void booked(String number) {
        bookingNumber.set(number);
        hold.set(null);
        timer = null;
        paidWith = null;
        message.set("");
        screen.set(Screen.CONFIRMED);
    }

    private void expired(Hold held) {
        String text = paidWith != null ? PAID_TOO_LATE + held.id() : EXPIRED;
        releaseHold();
        paidWith = null;
        message.set(text);
        screen.set(Screen.EXPIRED);
    }

    /** A real touch, key or scroll on the screen: the customer is still there. */
    public void touched() {
        idle.touched();
        askingStillThere.set(false);
    }

    /** Asks "still there?" after a quiet while mid-booking, and gives up if nobody answers ({@link IdleWatch}). */
    private void checkIdle() {
        // Paying at the desk or on a phone, the customer has stepped away from the kiosk on purpose.
        boolean waitingOnUs = paidWith != null || charging.get() || waitingElsewhere();
        if (screen.get() == Screen.ATTRACT || screen.get() == Screen.CONFIRMED || waitingOnUs) {
            askingStillThere.set(false);
            return;
        }
        switch (idle.check(hold.get() != null)) {
            case GIVE_UP -> cancel();
            case ASK -> askingStillThere.set(true);
            case FINE -> askingStillThere.set(false);
        }
    }

    /** Called every second by the screen: counts down, retries, and ends the hold when time is up. */
    public void tick() {
        calls.tick();
        checkIdle();
        Screen shown = screen.get();
        // A customer who paid but got no booking keeps the screen (and its reference) until someone taps.
        boolean paidForNothing = message.get().startsWith(PAID_TOO_LATE);
        boolean finished = (shown == Screen.CONFIRMED || shown == Screen.EXPIRED || shown == Screen.TROUBLE) && !paidForNothing;
        if (finished && Duration.between(shownSince, clock.instant()).compareTo(RETURN_AFTER) >= 0) {
            reset();
            return;
        }
        if (timer == null || (screen.get() != Screen.HOLD && !waitingElsewhere())) {
            return;
        }
        countdown.set(timer.text());
        // Once paid, the server decides: the confirmation may still get in before the sweep.
        if (timer.over() && paidWith == null && !charging.get()) {
            expired(hold.get());
        } else if (waitingElsewhere() && !calls.busyProperty().get()
                && Duration.between(lastDeskCheck, clock.instant()).compareTo(DESK_CHECK) >= 0) {
            checkDesk();
        }
    }

    /** Cancel on any screen: the places go back at once and the kiosk starts over. */
    public void cancel() {
        if (paidWith != null || charging.get()) {
            return; // money is moving: the booking is finished first
        }
        releaseHold();
        reset();
    }

    public void reset() {
        calls.forget();
        askingStillThere.set(false);
        charging.set(false);
        idle.forget();
        activity.set(null);
        session.set(null);
        day.set(null);
        hold.set(null);
        holdRequest = null;
        paidWith = null;
        booking.set(null);
        bookingNumber.set("");
        phonePayment.set("");
        timer = null;
        countdown.set("");
        message.set("");
        sessions.clear();
        screen.set(Screen.ATTRACT);
    }

    private void releaseHold() {
        Hold held = hold.get();
        hold.set(null);
        timer = null;
        if (held != null) {
            releaseQuietly(held);
        }
    }

    /** The server's expiry sweep is the backstop if this does not get through. */
    private void releaseQuietly(Hold held) {
        background.execute(() -> {
            try {
                backend.release(held);
            } catch (RuntimeException ignored) {
                // Released by the sweep when its time is up.
            }
        });
    }

    private void uiLater(Runnable action) {
        calls.onUi(action);
    }

    private void refused(SlotwiseApiException e) {
        boolean taken = e.errorCode().filter(c -> c == ErrorCode.INSUFFICIENT_CAPACITY || c == ErrorCode.SESSION_NOT_BOOKABLE)
                .isPresent();
        boolean gone = e.errorCode().filter(c -> c == ErrorCode.HOLD_EXPIRED || c == ErrorCode.HOLD_NOT_ACTIVE).isPresent();
        if (taken) {
            holdRequest = null;
            message.set(TAKEN);
            screen.set(Screen.TIME);
            refreshSessions();
        } else if (gone && hold.get() != null) {
            expired(hold.get());
        } else {
            // Never a stack trace on the screen: the customer gets a kind message and can retry.
            message.set(TROUBLE);
        }
    }

    // ---------------------------------------------------------------- state for the screens

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ObservableList<PublicActivity> activities() {
        return activitiesView;
    }

    public ObservableList<SessionView> sessions() {
        return sessionsView;
    }

    public ReadOnlyObjectProperty<PublicActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionView> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The name the customer gave, as the front desk will know them. */
    public String customerName() {
        return customerName == null ? "" : customerName;
    }

    public Integer partySize() {
        return partySize.get();
    }

    public ReadOnlyObjectProperty<Hold> holdProperty() {
        return hold.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Booking> bookingProperty() {
        return booking.getReadOnlyProperty();
    }

    /** The booking number once booked, whether paid here or confirmed at the desk. */
    public ReadOnlyStringProperty bookingNumberProperty() {
        return bookingNumber.getReadOnlyProperty();
    }

    /** The payment page's address while the customer pays on their phone. */
    public ReadOnlyStringProperty phonePaymentProperty() {
        return phonePayment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askingStillThereProperty() {
        return askingStillThere.getReadOnlyProperty();
    }

    /** A server call is on its way: buttons that would start another are disabled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    /** The card terminal is taking a payment. */
    public ReadOnlyBooleanProperty chargingProperty() {
        return charging.getReadOnlyProperty();
    }

    /** The server could not be reached and the last call will be tried again. */
    public ReadOnlyBooleanProperty retryingProperty() {
        return calls.retryingProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
