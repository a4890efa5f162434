package io.slotwise.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Customer;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.ServerAlignedClock;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The whole walk-in flow, without a screen and without a server. */
class KioskFlowTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    final PublicActivity room = new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin",
            "Vault", "", 60, 2500, "EUR", 2, 6, 6, PaymentMode.PAY_AT_VENUE, "demo", false);
    final SessionView open = session(4, SessionStatus.OPEN, 2);
    final SessionView full = session(0, SessionStatus.OPEN, 3);
    final FakeBackend backend = new FakeBackend(room, List.of(open, full), now);
    final KioskFlow flow = new KioskFlow(backend, Runnable::run, Runnable::run, clock);

    private SessionView session(int remaining, SessionStatus status, int hoursAhead) {
        OffsetDateTime start = NOW.plus(Duration.ofHours(hoursAhead)).atZone(BERLIN).toOffsetDateTime();
        return new SessionView(UUID.randomUUID(), room.id(), start, start.plusHours(1), 6, remaining, status);
    }

    private void toHold(int party) {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));
        flow.chooseSession(open);
        flow.choosePartySize(party);
        flow.hold("Ana Lima", "ana@example.com", null);
    }

    private void passAndTick(Duration time) {
        now.set(now.get().plus(time));
        flow.tick();
    }

    private long venueCalls() {
        return backend.calls.stream().filter("venue"::equals).count();
    }

    @Test
    void aWalkInBooksAndPaysByCard() {
        toHold(3);

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        assertThat(flow.countdownProperty().get()).isEqualTo("10:00");
        flow.pay(new SimulatedCardTerminal(Duration.ZERO));

        await().atMost(Duration.ofSeconds(5)).until(() -> flow.screenProperty().get() == Screen.CONFIRMED);
        assertThat(flow.payments().bookingProperty().get().bookingNumber()).isEqualTo("SW-7K3M9Q");
        assertThat(backend.calls).contains("hold 3", "confirm CARD");
    }

    @Test
    void aGiftCardThatPaysItAllBooksWithoutTheTerminalAndKeepsTheHoldsToken() {
        toHold(2);
        String token = flow.holdProperty().get().holdToken();
        flow.giftCards().open();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.GIFT_CARD);
        passAndTick(Duration.ofSeconds(5));
        assertThat(flow.countdownProperty().get()).as("the hold's time runs on this screen too").isEqualTo("9:55");

        flow.giftCards().apply(" GIFT-CODE ");

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        assertThat(flow.holdProperty().get().amountDue()).isZero();
        assertThat(flow.holdProperty().get().holdToken()).isEqualTo(token);
        flow.giftCards().book();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        assertThat(backend.calls).contains("gift card GIFT-CODE", "confirm GIFT_CARD").doesNotContain("confirm CARD");
    }

    @Test
    void theConfirmationStaysUpForAWhileThenTheKioskWelcomesTheNextCustomer() {
        toHold(2);
        flow.pay(new SimulatedCardTerminal(Duration.ZERO));
        await().atMost(Duration.ofSeconds(5)).until(() -> flow.screenProperty().get() == Screen.CONFIRMED);

        passAndTick(KioskFlow.RETURN_AFTER.minusSeconds(1));
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        passAndTick(Duration.ofSeconds(1));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
        assertThat(flow.bookingNumberProperty().get()).isEmpty();
    }

    @Test
    void theDayStartsTodayInTheVenuesZoneAndNeverGoesBack() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));

        assertThat(flow.choice().dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 10));
        flow.chooseDay(LocalDate.of(2027, 3, 1));
        assertThat(flow.choice().dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(flow.choice().sessions()).containsExactly(open, full);
    }

    @Test
    void fullSlotsCannotBeChosenAndPartySizesFollowWhatIsLeft() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));

        flow.chooseSession(full);
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.TIME);
        flow.chooseSession(open);
        assertThat(flow.choice().partySizes()).containsExactly(2, 3, 4);
        flow.choosePartySize(5);
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.PARTY);
    }

    @Test
    void cancellingReleasesTheHoldAtOnceAndStartsOver() {
        toHold(2);
        UUID held = flow.holdProperty().get().id();

        flow.cancel();

        assertThat(backend.calls).contains("release " + held);
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void whenTheTenMinutesAreUpTheHoldIsReleasedAndTheCustomerToldKindly() {
        toHold(2);
        UUID held = flow.holdProperty().get().id();
        now.set(NOW.plus(Duration.ofMinutes(9)).plusSeconds(59));
        flow.tick();
        assertThat(flow.countdownProperty().get()).isEqualTo("0:01");

        now.set(NOW.plus(Duration.ofMinutes(10)));
        flow.tick();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.EXPIRED);
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.EXPIRED);
        assertThat(backend.calls).contains("release " + held);
    }

    @Test
    void placesTakenMeanwhileSendTheCustomerBackToTheTimes() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));
        flow.chooseSession(open);
        flow.choosePartySize(4);
        backend.failNext = new SlotwiseApiException(409, "INSUFFICIENT_CAPACITY", "Not enough seats", List.of(), "409", null);

        flow.hold("Ana Lima", "ana@example.com", null);

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.TIME);
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.TAKEN);
        assertThat(backend.calls.stream().filter(c -> c.startsWith("sessions")).count()).isEqualTo(2);
    }

    @Test
    void anUnreachableServerGetsAKindMessageAndIsTriedAgainWithBackoff() {
        backend.down = true;

        flow.start();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.TROUBLE);
        assertThat(flow.messageProperty().get()).doesNotContain("Exception");
        assertThat(flow.retryingProperty().get()).isTrue();
        assertThat(flow.busyProperty().get()).isFalse();
        passAndTick(Duration.ofMillis(999));
        assertThat(venueCalls()).as("not before the first pause is over").isEqualTo(1);
        passAndTick(Duration.ofMillis(1));
        assertThat(venueCalls()).isEqualTo(2);
        passAndTick(Duration.ofSeconds(1));
        assertThat(venueCalls()).as("the second pause is twice as long").isEqualTo(2);

        backend.down = false;
        passAndTick(Duration.ofSeconds(1));

        assertThat(venueCalls()).isEqualTo(3);
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ACTIVITY);
        assertThat(flow.messageProperty().get()).isEmpty();
        assertThat(flow.retryingProperty().get()).isFalse();
    }

    @Test
    void aHoldRetriedAfterAnOutageKeepsItsIdempotencyKeySoItCannotHoldTwice() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));
        flow.chooseSession(open);
        flow.choosePartySize(2);
        backend.down = true;

        flow.hold("Ana Lima", "ana@example.com", null);
        passAndTick(Duration.ofSeconds(1));
        flow.hold("Ana Lima", "ana@example.com", null); // an impatient second tap
        backend.down = false;
        passAndTick(Duration.ofSeconds(1));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        // First try, its retry, the second tap, its retry: four attempts, one key.
        assertThat(backend.holdKeys).hasSize(4).containsOnly(backend.holdKeys.get(0));
    }

    @Test
    void aPaymentTakenDuringAnOutageIsConfirmedWhenTheServerIsBackWithoutChargingTwice() {
        toHold(2);
        InstantCardTerminal terminal = new InstantCardTerminal();
        backend.down = true;

        flow.pay(terminal);

        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PAID_OFFLINE);
        flow.cancel();
        assertThat(flow.screenProperty().get()).as("money moved: no cancelling now").isEqualTo(Screen.HOLD);
        flow.pay(terminal); // tapped again while waiting
        now.set(NOW.plus(Duration.ofMinutes(11)));
        flow.tick();
        assertThat(flow.screenProperty().get()).as("once paid, the server decides about expiry").isEqualTo(Screen.HOLD);
        backend.down = false;
        passAndTick(Duration.ofSeconds(15));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        assertThat(terminal.charges()).isEqualTo(1);
        assertThat(backend.calls).filteredOn(c -> c.startsWith("confirm")).allMatch(c -> c.equals("confirm CARD"));
        assertThat(backend.calls).noneMatch(c -> c.startsWith("release"));
    }

    @Test
    void aPaymentTheServerNoLongerAcceptsSendsTheCustomerToTheDeskWithAReference() {
        toHold(2);
        UUID held = flow.holdProperty().get().id();
        backend.failNext = new SlotwiseApiException(409, "HOLD_EXPIRED", "The hold expired", List.of(), "409", null);

        flow.pay(new InstantCardTerminal());

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.EXPIRED);
        assertThat(flow.noticeProperty().get()).isEqualTo(new Notice(Notice.Kind.PAID_TOO_LATE, held.toString()));
        assertThat(flow.messageProperty().get()).endsWith(held.toString());
    }

    @Test
    void aDeskHoldIsAlsoReadNowAndThenInCaseAnEventWasMissed() {
        toHold(2);
        flow.payAtDesk();
        backend.confirmedAtDesk = true;

        passAndTick(Payments.DESK_CHECK.minusSeconds(1));
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.DESK);
        passAndTick(Duration.ofSeconds(1));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        assertThat(flow.bookingNumberProperty().get()).isEqualTo("SW-DESK42");
    }

    @Test
    void aDeskHoldTheSweepEndedDuringAnOutageEndsKindly() {
        toHold(2);
        flow.payAtDesk();
        backend.statusNow = HoldStatus.EXPIRED;

        flow.onEvent(new io.slotwise.common.api.VenueEvent.Resync());

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.EXPIRED);
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.EXPIRED);
    }

    @Test
    void aHoldThatArrivesAfterTheCustomerCancelledIsReleased() {
        List<Runnable> queued = new ArrayList<>();
        KioskFlow slow = new KioskFlow(backend, queued::add, Runnable::run, clock);
        slow.start();
        queued.remove(0).run();
        slow.chooseActivity(slow.choice().activities().get(0));
        queued.remove(0).run();
        slow.chooseSession(open);
        slow.choosePartySize(2);
        slow.hold("Ana Lima", "ana@example.com", null);

        slow.cancel();
        queued.remove(0).run(); // the hold's answer comes back only now
        queued.forEach(Runnable::run);

        assertThat(slow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
        assertThat(slow.holdProperty().get()).isNull();
        assertThat(backend.calls).anyMatch(c -> c.startsWith("release "));
    }

    @Test
    void aDeclinedCardKeepsTheHoldAndSaysSo() {
        backend.declinableAmount = true;
        toHold(2);

        flow.pay(new SimulatedCardTerminal(Duration.ZERO));

        await().atMost(Duration.ofSeconds(5)).until(() -> flow.messageProperty().get().contains("declined"));
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        assertThat(backend.calls).noneMatch(c -> c.startsWith("confirm"));
    }

    @Test
    void aHoldPaidAtTheDeskShowsItsBookingNumberOnceStaffConfirmIt() {
        toHold(2);
        UUID session = flow.holdProperty().get().sessionId();
        flow.payAtDesk();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.DESK);
        assertThat(backend.calls).contains("desk Ana Lima");

        flow.onEvent(new io.slotwise.common.api.VenueEvent.SessionUpdated(session, room.id(), 2, SessionStatus.OPEN));
        assertThat(flow.screenProperty().get()).as("not confirmed yet").isEqualTo(Screen.DESK);
        backend.confirmedAtDesk = true;
        flow.onEvent(new io.slotwise.common.api.VenueEvent.SessionUpdated(session, room.id(), 2, SessionStatus.OPEN));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        assertThat(flow.bookingNumberProperty().get()).isEqualTo("SW-DESK42");
    }

    @Test
    void anOnlinePaymentOnThePhoneShowsItsPageAsAQrCodeAndTheBookingOnceItIsPaid() {
        PublicActivity online = new PublicActivity(room.id(), room.venueId(), "Downtown", "Europe/Berlin", "Vault", "", 60, 2500, "EUR",
                2, 6, 6, PaymentMode.PREPAY, "demo", true);
        flow.start();
        flow.chooseActivity(online);
        flow.chooseSession(open);
        flow.choosePartySize(2);
        flow.hold("Ana Lima", "ana@example.com", null);
        UUID session = flow.holdProperty().get().sessionId();

        flow.payOnPhone();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.PHONE);
        assertThat(flow.payments().phonePaymentProperty().get()).isEqualTo("https://pay.example/cs_fake");
        backend.confirmedAtDesk = true; // the payment went through: the hold reads as booked
        flow.onEvent(new io.slotwise.common.api.VenueEvent.SessionUpdated(session, room.id(), 4, SessionStatus.OPEN));
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.CONFIRMED);
        assertThat(flow.bookingNumberProperty().get()).isEqualTo("SW-DESK42");
    }

    @Test
    void noPhonePaymentWhereTheServerHasNoOnlinePayment() {
        toHold(2);

        flow.payOnPhone();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        assertThat(backend.calls).noneMatch(c -> c.startsWith("checkout"));
    }

    @Test
    void aCustomerPayingAtTheDeskIsNotTakenForGoneAndTheirHoldIsKept() {
        toHold(2);
        flow.payAtDesk();

        passAndTick(IdleWatch.ASK_WHILE_HELD.plus(IdleWatch.GIVE_UP_WHILE_HELD).plusSeconds(5));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.DESK);
        assertThat(backend.calls).noneMatch(c -> c.startsWith("release"));
    }

    @Test
    void noCardPaymentIsStartedWhenTheHoldIsAboutToEnd() {
        toHold(2);
        InstantCardTerminal terminal = new InstantCardTerminal();
        now.set(NOW.plus(Duration.ofMinutes(10)).minusSeconds(8));
        flow.tick();

        flow.pay(terminal);

        assertThat(terminal.charges()).isZero();
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.TOO_LATE_FOR_CARD);
    }

    @Test
    void aCustomerWhoPaidForNothingKeepsTheScreenWithItsReference() {
        toHold(2);
        backend.failNext = new SlotwiseApiException(409, "HOLD_EXPIRED", "The hold expired", List.of(), "409", null);
        flow.pay(new InstantCardTerminal());
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PAID_TOO_LATE);

        passAndTick(KioskFlow.RETURN_AFTER.multipliedBy(3));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.EXPIRED);
        assertThat(flow.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PAID_TOO_LATE);
    }

    @Test
    void timesOnShowFollowOtherBookingsLive() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));
        backend.sessions = List.of(session(0, SessionStatus.OPEN, 2));

        flow.onEvent(new io.slotwise.common.api.VenueEvent.SessionUpdated(open.id(), room.id(), 0, SessionStatus.OPEN));

        assertThat(flow.choice().sessions()).hasSize(1);
        assertThat(flow.choice().sessions().get(0).capacityRemaining()).isZero();
    }

    @Test
    void anIdleKioskWithPlacesHeldAsksAfterMinutesThenReleasesAndResets() {
        toHold(2);
        UUID held = flow.holdProperty().get().id();
        flow.touched();

        now.set(NOW.plus(IdleWatch.ASK.plus(IdleWatch.GIVE_UP)));
        flow.tick();
        assertThat(flow.askingStillThereProperty().get()).as("seconds are no reason to give up held places").isFalse();
        now.set(NOW.plus(IdleWatch.ASK_WHILE_HELD));
        flow.tick();
        assertThat(flow.askingStillThereProperty().get()).isTrue();
        flow.touched();
        assertThat(flow.askingStillThereProperty().get()).isFalse();

        now.set(NOW.plus(IdleWatch.ASK_WHILE_HELD.multipliedBy(2).plus(IdleWatch.GIVE_UP_WHILE_HELD)));
        flow.tick();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
        assertThat(backend.calls).contains("release " + held);
    }

    @Test
    void aCustomerStillChoosingIsAskedAfterAQuietMinute() {
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));
        flow.touched();

        now.set(NOW.plus(IdleWatch.ASK));
        flow.tick();
        assertThat(flow.askingStillThereProperty().get()).isTrue();
        now.set(NOW.plus(IdleWatch.ASK.plus(IdleWatch.GIVE_UP)));
        flow.tick();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void theCountdownFollowsTheServersClock() {
        Instant expires = NOW.plus(Duration.ofMinutes(10));
        Clock serverAhead = new ServerAlignedClock(clock, () -> Duration.ofSeconds(30));

        assertThat(new HoldCountdown(serverAhead, expires).text()).isEqualTo("9:30");
        assertThat(new HoldCountdown(new ServerAlignedClock(clock, () -> Duration.ofMinutes(11)), expires).over()).isTrue();
    }

    @Test
    void todayIsTheVenuesDateAndNoEarlierDayIsOffered() {
        // The kiosk's own clock is in UTC. Half an hour before and after midnight in Berlin: at 00:30
        // there, UTC is still on the day before, and the kiosk must follow Berlin.
        now.set(LocalDate.of(2027, 3, 10).atTime(23, 30).atZone(BERLIN).toInstant());
        flow.start();
        flow.chooseActivity(flow.choice().activities().get(0));

        assertThat(flow.choice().dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(flow.choice().earlierDayBookable()).isFalse();
        flow.chooseDay(LocalDate.of(2027, 3, 9));
        assertThat(flow.choice().dayProperty().get()).as("never a day before the venue's today").isEqualTo(LocalDate.of(2027, 3, 10));

        now.set(LocalDate.of(2027, 3, 11).atTime(0, 30).atZone(BERLIN).toInstant());
        flow.chooseActivity(flow.choice().activities().get(0));
        assertThat(flow.choice().dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 11));
        flow.chooseDay(LocalDate.of(2027, 3, 12));
        assertThat(flow.choice().earlierDayBookable()).isTrue();
        assertThat(backend.calls).contains("sessions 2027-03-11", "sessions 2027-03-12");
    }
}
