package io.slotwise.kiosk.flow;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.TicketCount;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.client.Backoff;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The walk-in booking flow as a view-model: which screen is up, what the customer chose, the
 * hold and its countdown, and the commands the screens call. It holds no JavaFX node, so the
 * whole flow is tested without a screen. Server calls run on {@code background}; their results
 * are applied on {@code ui} (the FX thread in the app, the calling thread in tests). Calls that
 * cannot reach the server are retried with backoff ({@link ServerCalls}); a hold made before an
 * outage is kept, with its token, and confirmed or read once the server answers again.
 */
public final class KioskFlow {

    /** The confirmation or a "sorry" stays up this long, then the kiosk is ready for the next customer. */
    static final Duration RETURN_AFTER = Duration.ofSeconds(30);
    /** First retry after a second, then doubling up to fifteen: quick to recover, gentle on a struggling server. */
    static final Backoff RETRY = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(15));

    private final KioskBackend backend;
    private final Clock clock;
    private final ServerCalls calls;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.ATTRACT);
    private final Choice choice;
    private final HoldStep holding;
    private final ReadOnlyStringWrapper bookingNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final CustomerLanguage language = new CustomerLanguage();
    private final StringBinding message = Bindings.createStringBinding(() -> notice.get().text(language.texts().get()), notice,
            language.texts());
    private final IdleWatch idle;
    private Instant shownSince;
    private String customerName;
    private String customerEmail;
    private final Payments payments;
    private final GiftCardStep giftCards;

    public KioskFlow(KioskBackend backend, Executor background, Executor ui, Clock clock) {
        this.backend = backend;
        this.holding = new HoldStep(backend, background, clock);
        this.clock = clock;
        this.idle = new IdleWatch(clock);
        this.choice = new Choice(clock);
        screen.addListener((o, was, now) -> shownSince = clock.instant());
        this.calls = new ServerCalls(background, ui, clock, RETRY, new ServerCalls.Outcomes() {
            @Override
            public void refused(SlotwiseApiException refusal) {
                KioskFlow.this.refused(refusal);
            }

            @Override
            public void unreachable() {
                notice.set(Notice.of(payments.paid() ? Notice.Kind.PAID_OFFLINE : Notice.Kind.TROUBLE));
            }

            @Override
            public void reachedAgain() {
                Notice.Kind shown = notice.get().kind();
                if (shown == Notice.Kind.TROUBLE || shown == Notice.Kind.PAID_OFFLINE) {
                    notice.set(Notice.NONE);
                }
            }
        });
        this.payments = new Payments(this, holding, backend, calls, clock);
        this.giftCards = new GiftCardStep(this, holding, backend, calls);
    }

    // ---------------------------------------------------------------- commands

    /** At start-up: the venue's language and brand, before the first customer. */
    public void prepare() {
        calls.run(backend::venue, venue -> {
            choice.venue(venue);
            language.venueSpeaks(venue.defaultLocale());
        });
    }

    /** A touch on the attract screen: load what the venue sells. */
    public void start() {
        calls.run(backend::venue, venue -> {
            choice.venue(venue);
            language.venueSpeaks(venue.defaultLocale());
            screen.set(Screen.ACTIVITY);
        });
    }

    public void chooseActivity(PublicActivity chosen) {
        choice.activity.set(chosen);
        chooseDay(choice.today());
        screen.set(Screen.TIME);
    }

    /** Today first; later days on request, never earlier ones. */
    public void chooseDay(LocalDate chosen) {
        choice.day(chosen);
        refreshSessions();
    }

    /** Re-reads the day's sessions (after a live event, or a slot was taken). */
    public void refreshSessions() {
        PublicActivity current = choice.activity.get();
        LocalDate shown = choice.day.get();
        if (current != null && shown != null) {
            calls.run(() -> backend.sessions(current.id(), shown), choice.sessions::setAll);
        }
    }

    public void chooseSession(SessionView chosen) {
        if (!choice.bookable(chosen)) {
            return;
        }
        choice.session.set(chosen);
        choice.partySize = choice.activity.get().minPartySize();
        choice.tickets = null;
        notice.set(Notice.NONE);
        screen.set(Screen.PARTY);
    }

    public void choosePartySize(int size) {
        if (choice.takeParty(size)) {
            screen.set(Screen.DETAILS);
        }
    }

    /** The party by ticket category (an activity with categories): on to the details if the counts make a party. */
    public void chooseTickets(List<TicketCount> counts) {
        if (!choice.takeTickets(counts)) {
            notice.set(Notice.of(Notice.Kind.TICKETS_NEEDED));
            return;
        }
        notice.set(Notice.NONE);
        screen.set(Screen.DETAILS);
    }

    /** One step back before anything is held: the time's party to the times, the details to the party. */
    public void back() {
        notice.set(Notice.NONE);
        switch (screen.get()) {
            case TIME -> screen.set(Screen.ACTIVITY);
            case PARTY -> {
                screen.set(Screen.TIME);
                refreshSessions();
            }
            case DETAILS -> screen.set(Screen.PARTY);
            default -> { }
        }
    }

    /** Name and email given (and a promo code, if the customer typed one): hold the places for ten minutes. */
    public void hold(String name, String email, String promoCode) {
        if (name == null || name.isBlank() || email == null || !email.contains("@")) {
            notice.set(Notice.of(Notice.Kind.DETAILS_MISSING));
            return;
        }
        customerName = name.trim();
        customerEmail = email.trim();
        HoldRequest request = new HoldRequest(choice.session.get().id(), choice.partySize, email.trim(), language.code(), choice.tickets,
                promoCode == null || promoCode.isBlank() ? null : promoCode.trim());
        String key = holding.keyFor(request);
        calls.run(() -> backend.hold(request, key), made -> {
            holding.took(made);
            notice.set(Notice.NONE);
            screen.set(Screen.HOLD);
        }, holding::releaseQuietly);
    }

    /** Pays through the terminal, then confirms the booking as this kiosk. */
    public void pay(PaymentTerminal terminal) {
        payments.pay(terminal);
    }

    /** The customer pays at the front desk: the hold joins the desk's queue and waits for staff to confirm it. */
    public void payAtDesk() {
        payments.atDesk();
    }

    /** The customer pays online on their phone, scanning the payment page's QR code. */
    public void payOnPhone() {
        payments.onPhone();
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
        Hold held = holding.current();
        boolean ours = event instanceof VenueEvent.Resync
                || (held != null && ((VenueEvent.SessionUpdated) event).sessionId().equals(held.sessionId()));
        if (screen.get().awayFromKiosk() && ours) {
            payments.check();
        }
    }

    // ---------------------------------------------------------------- for the payments

    void show(Screen next) {
        screen.set(next);
    }

    void notice(Notice next) {
        notice.set(next);
    }

    void booked(String number) {
        bookingNumber.set(number);
        holding.booked();
        payments.settled();
        notice.set(Notice.NONE);
        screen.set(Screen.CONFIRMED);
    }

    void expired(Hold held) {
        Notice text = payments.paid() ? new Notice(Notice.Kind.PAID_TOO_LATE, held.id().toString()) : Notice.of(Notice.Kind.EXPIRED);
        holding.release();
        payments.settled();
        notice.set(text);
        screen.set(Screen.EXPIRED);
    }

    /** A real touch, key or scroll on the screen: the customer is still there. */
    public void touched() {
        idle.touched();
    }

    /** Asks "still there?" after a quiet while mid-booking, and gives up if nobody answers ({@link IdleWatch}). */
    private void checkIdle() {
        // Paying at the desk or on a phone, the customer has stepped away from the kiosk on purpose.
        boolean away = payments.moneyMoving() || screen.get().awayFromKiosk();
        idle.watch(screen.get() == Screen.ATTRACT || screen.get() == Screen.CONFIRMED || away, holding.current() != null, this::cancel);
    }

    /** Called every second by the screen: counts down, retries, and ends the hold when time is up. */
    public void tick() {
        calls.tick();
        checkIdle();
        Screen shown = screen.get();
        // A customer who paid but got no booking keeps the screen (and its reference) until someone taps.
        boolean paidForNothing = notice.get().kind() == Notice.Kind.PAID_TOO_LATE;
        boolean finished = (shown == Screen.CONFIRMED || shown == Screen.EXPIRED || shown == Screen.TROUBLE) && !paidForNothing;
        if (finished && Duration.between(shownSince, clock.instant()).compareTo(RETURN_AFTER) >= 0) {
            reset();
            return;
        }
        if (holding.timer() == null || (shown != Screen.HOLD && shown != Screen.GIFT_CARD && !shown.awayFromKiosk())) {
            return;
        }
        holding.showTimeLeft();
        // Once paid, the server decides: the confirmation may still get in before the sweep.
        if (holding.timer().over() && !payments.moneyMoving()) {
            expired(holding.current());
        } else if (screen.get().awayFromKiosk()) {
            payments.checkNowAndThen();
        }
    }

    /** Cancel on any screen: the places go back at once and the kiosk starts over. */
    public void cancel() {
        if (payments.moneyMoving()) {
            return; // money is moving: the booking is finished first
        }
        holding.release();
        reset();
    }

    public void reset() {
        calls.forget();
        payments.reset();
        idle.forget();
        choice.clear();
        holding.clear();
        bookingNumber.set("");
        notice.set(Notice.NONE);
        language.nextCustomer();
        screen.set(Screen.ATTRACT);
    }

    private void refused(SlotwiseApiException e) {
        ErrorCode code = e.errorCode().orElse(ErrorCode.INTERNAL_ERROR);
        if (code == ErrorCode.INSUFFICIENT_CAPACITY || code == ErrorCode.SESSION_NOT_BOOKABLE || code == ErrorCode.RESOURCE_BUSY) {
            holding.forgetRequest();
            notice.set(Notice.of(Notice.Kind.TAKEN));
            screen.set(Screen.TIME);
            refreshSessions();
        } else if ((code == ErrorCode.HOLD_EXPIRED || code == ErrorCode.HOLD_NOT_ACTIVE) && holding.current() != null) {
            expired(holding.current());
        } else if ((screen.get() == Screen.DETAILS || screen.get() == Screen.GIFT_CARD) && Notice.refusedCode(e).isPresent()) {
            holding.forgetRequest();
            notice.set(Notice.refusedCode(e).get());
        } else {
            // Never a stack trace on the screen: the customer gets a kind message and can retry.
            notice.set(Notice.of(Notice.Kind.TROUBLE));
        }
    }

    // ---------------------------------------------------------------- state for the screens

    /** Paying with a gift card. */
    public GiftCardStep giftCards() {
        return giftCards;
    }

    /** What the customer chose so far, and the rules of choosing. */
    public Choice choice() {
        return choice;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** The name the customer gave, as the front desk will know them. */
    public String customerName() {
        return customerName == null ? "" : customerName;
    }

    /** Where the booking's confirmation (with its calendar file) is mailed. */
    public String customerEmail() {
        return customerEmail == null ? "" : customerEmail;
    }

    public ReadOnlyObjectProperty<Hold> holdProperty() {
        return holding.holdProperty();
    }

    /** How the customer is paying: the card being read, money taken, the phone's payment page, the booking it made. */
    public Payments payments() {
        return payments;
    }

    /** The booking number once booked, whether paid here or confirmed at the desk. */
    public ReadOnlyStringProperty bookingNumberProperty() {
        return bookingNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return holding.countdownProperty();
    }

    /** What the customer is told beside the screen, as an outcome the flow decided. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The notice's words, for the screens. */
    public StringBinding messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty askingStillThereProperty() {
        return idle.askingProperty();
    }

    /** A server call is on its way: buttons that would start another are disabled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    /** The customer's language (chosen on the first screen), and its texts. */
    public CustomerLanguage language() {
        return language;
    }

    /** The server could not be reached and the last call will be tried again. */
    public ReadOnlyBooleanProperty retryingProperty() {
        return calls.retryingProperty();
    }
}
