package io.slotwise.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.testing.FakeStripe;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import io.slotwise.kiosk.Kiosk;
import io.slotwise.kiosk.flow.Screen;
import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import io.slotwise.kiosk.setup.KioskConfig;
import io.slotwise.kiosk.setup.PinHash;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The kiosk app against the real server, started for these tests with a 20-second hold: the
 * walk-in flows end to end, with the staff side played through the staff API.
 */
@ExtendWith(ApplicationExtension.class)
class KioskLiveTest {

    static final Duration HOLD = Duration.ofSeconds(20);
    static final int CAPACITY = 6;

    @TempDir
    static Path data;
    static ServerProcess server;
    static SlotwiseClient owner;
    static SlotwiseClient customer;
    static TestVenue venue;
    static List<SessionView> today;
    static io.slotwise.common.api.ActivityDetails prepaid;

    Kiosk kiosk;
    final java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void startServer() {
        Map<String, String> settings = new java.util.HashMap<>(FakeStripe.shared().serverSettings());
        settings.put("slotwise.hold-duration", HOLD.toString());
        settings.put("slotwise.jobs.release-expired-cron", "*/2 * * * * *");
        server = ServerProcess.start(data, settings);
        owner = SlotwiseClient.builder(server.url()).build();
        customer = SlotwiseClient.builder(server.url()).build();
        venue = TestVenue.create(owner, "Live", CAPACITY, 2500);
        // A prepaid activity at the same venue, for paying on the phone.
        prepaid = owner.staff().createActivity(venue.venue().id(), new io.slotwise.common.api.ActivityRequest("Prepaid room", "Paid online",
                30, 4000L, "EUR", 1, CAPACITY, CAPACITY, io.slotwise.common.api.PaymentMode.PREPAY, null,
                venue.activity().schedule(), true));
        today = customer.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today());
    }

    @AfterAll
    static void stopServer() {
        owner.close();
        customer.close();
        server.close();
    }

    @Start
    void start(Stage stage) {
        KioskConfig config = new KioskConfig(server.url(), venue.kioskToken(), venue.venue().embedKey(), PinHash.of("1234"), false);
        kiosk = new Kiosk(config, Clock.systemUTC(), List.of(new SimulatedCardTerminal(Duration.ofMillis(200))), exits::incrementAndGet);
        stage.setScene(new Scene(kiosk.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeKiosk() {
        Platform.runLater(kiosk::close);
    }

    private SessionView remaining(SessionView session) {
        return customer.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).stream()
                .filter(s -> s.id().equals(session.id())).findFirst().orElseThrow();
    }

    @Test
    void aWalkInBooksAndPaysAtTheSimulatedTerminal(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = today.get(0);

        kioskScreen.toTimes();
        kioskScreen.holdFromTimes(slot, 3);
        kioskScreen.tap("#pay-card");

        String number = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty()).getText();
        assertThat(robot.lookup("#bookingQr").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        List<Booking> found = owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number);
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.CARD);
            assertThat(b.partySize()).isEqualTo(3);
            assertThat(b.customer().name()).isEqualTo("Ana Lima");
        });
        assertThat(remaining(slot).capacityRemaining()).isEqualTo(CAPACITY - 3);
    }

    @Test
    void aPromoCodeTypedAtTheKioskIsSaidKindlyWhenUnknownAndTheCardPaysWhatIsLeft(FxRobot robot) {
        owner.admin().createPromoCode(venue.venue().id(), new io.slotwise.common.api.PromoCodeRequest("KIOSK-20", 20, null, null, null,
                List.of(), null, null));
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = today.get(4);
        kioskScreen.toTimes();
        kioskScreen.tap("#slot-" + slot.id());
        kioskScreen.tap("#party-2");
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        robot.clickOn("#promoCode").write("KIOSK-02");
        kioskScreen.tap("#holdButton");

        kioskScreen.await("#message", Label.class, l -> l.getText().startsWith("We don't know that promo code"));
        assertThat(kiosk.flow().screenProperty().get()).isEqualTo(Screen.DETAILS);
        assertThat(robot.lookup("#email").queryTextInputControl().getText()).as("what was typed stays").isEqualTo("ana@example.com");
        assertThat(remaining(slot).capacityRemaining()).isEqualTo(CAPACITY);

        robot.interact(() -> robot.lookup("#promoCode").queryTextInputControl().clear());
        robot.clickOn("#promoCode").write("kiosk-20");
        kioskScreen.tap("#holdButton");
        kioskScreen.await("#countdown");
        assertThat(kioskScreen.text("#heldAmount")).isEqualTo("Price €50.00, code KIOSK-20: −€10.00. To pay: €40.00");
        kioskScreen.tap("#pay-card");

        String number = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty()).getText();
        assertThat(owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number)).singleElement()
                .satisfies(b -> {
                    assertThat(b.totalAmount()).isEqualTo(4000);
                    assertThat(b.discount()).isEqualTo(1000);
                    assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.CARD);
                });
    }

    @Test
    void aGiftCardTypedAtTheKioskPaysPartAndTheCardTheRest(FxRobot robot) {
        String code = owner.admin().sellGiftCard(venue.venue().id(), new io.slotwise.common.api.GiftCardRequest(3000L, "EUR", null, null))
                .code();
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = today.get(5);
        kioskScreen.toTimes();
        kioskScreen.holdFromTimes(slot, 2);
        kioskScreen.tap("#pay-giftcard");
        robot.clickOn("#giftCardCode").write("AAAA-BBBB-CCCC-DDDD");
        kioskScreen.tap("#applyGiftCard");

        kioskScreen.await("#message", Label.class, l -> l.getText().startsWith("We don't know that gift card"));
        assertThat(kiosk.flow().screenProperty().get()).isEqualTo(Screen.GIFT_CARD);

        robot.interact(() -> robot.lookup("#giftCardCode").queryTextInputControl().clear());
        robot.clickOn("#giftCardCode").write(code.toLowerCase());
        kioskScreen.tap("#applyGiftCard");
        kioskScreen.await("#heldAmount", Label.class, l -> l.getText().contains("Gift card"));
        assertThat(kioskScreen.text("#heldAmount")).isEqualTo("Total: €50.00\nGift card: −€30.00. To pay: €20.00");
        assertThat(robot.lookup("#pay-giftcard").tryQuery()).as("one card pays one booking").isEmpty();
        kioskScreen.tap("#pay-card");

        String number = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty()).getText();
        assertThat(owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number)).singleElement()
                .satisfies(b -> {
                    assertThat(b.giftCardAmount()).isEqualTo(3000);
                    assertThat(b.amountDue()).isEqualTo(2000);
                    assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.CARD);
                });
        assertThat(owner.publicApi().giftCardBalance(code).balance()).isZero();
    }

    @Test
    void aHoldPaidAtTheDeskIsConfirmedByStaffAndTheKioskShowsTheBooking(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        kioskScreen.toTimes();
        kioskScreen.holdFromTimes(today.get(1), 2);
        kioskScreen.tap("#pay-desk");
        kioskScreen.await("#deskWaiting");
        Hold waiting = kiosk.flow().holdProperty().get();
        assertThat(kiosk.flow().screenProperty().get()).isEqualTo(Screen.DESK);
        assertThat(owner.staff().deskHolds(venue.venue().id())).singleElement().satisfies(queued -> {
            assertThat(queued.id()).isEqualTo(waiting.id());
            assertThat(queued.customerName()).isEqualTo("Ana Lima");
        });

        // The front desk takes the cash and confirms the hold in the admin app.
        Booking booked = owner.staff().confirmAsStaff(waiting.id(), new ConfirmRequest("Ana Lima", null, PaymentMethod.CASH));

        Label shown = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty());
        assertThat(shown.getText()).isEqualTo(booked.bookingNumber());
    }

    @Test
    void whenTheHoldRunsOutTheCustomerIsToldKindlyAndThePlacesAreBack(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = today.get(2);
        kioskScreen.toTimes();
        kioskScreen.holdFromTimes(slot, 4);
        assertThat(remaining(slot).capacityRemaining()).isEqualTo(CAPACITY - 4);

        kioskScreen.await("#againButton");

        assertThat(kioskScreen.text("#message")).contains("ten minutes are up");
        await().atMost(Duration.ofSeconds(10)).until(() -> remaining(slot).capacityRemaining() == CAPACITY);
        kioskScreen.tap("#againButton");
        kioskScreen.await("#startButton");
    }

    @Test
    void aSlotFilledByAnotherCustomerMeanwhileCannotBeChosen(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = today.get(3);
        kioskScreen.toTimes();
        Button shown = kioskScreen.await("#slot-" + slot.id(), Button.class, b -> !b.isDisabled());
        assertThat(shown.getText()).contains(CAPACITY + " places left");

        // Someone books the whole slot on the website while the customer is choosing.
        customer.publicApi().hold(new HoldRequest(slot.id(), CAPACITY, "web@example.com"));

        Button full = kioskScreen.await("#slot-" + slot.id(), Button.class, Button::isDisabled);
        assertThat(full.getText()).contains("Full");
    }

    @Test
    void staffLeaveKioskModeWithFiveTapsInTheCornerAndTheirPin(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#staffCorner");
        }
        kioskScreen.await("#pinPad");
        for (String digit : List.of("1", "2", "3", "5")) {
            robot.clickOn("#pin-" + digit);
        }
        robot.clickOn("#pinOk");
        assertThat(kioskScreen.text("#pinMessage")).isEqualTo("That PIN is not right.");
        assertThat(exits).hasValue(0);

        for (String digit : List.of("1", "2", "3", "4")) {
            robot.clickOn("#pin-" + digit);
        }
        robot.clickOn("#pinOk");

        assertThat(exits).hasValue(1);
    }

    @Test
    void theFirstRunScreenChecksTheSettingsAgainstTheServerBeforeSavingThem(FxRobot robot) throws Exception {
        Path file = data.resolve("first-run/kiosk.properties");
        java.util.concurrent.atomic.AtomicReference<KioskConfig> ready = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> robot.window(0).getScene().setRoot(new io.slotwise.kiosk.screen.SetupView(file,
                java.util.concurrent.Executors.newSingleThreadExecutor(), ready::set).root()));
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        robot.doubleClickOn("#setupServer").eraseText(30).write(server.url());
        robot.clickOn("#setupToken").write("kiosk_not-a-real-token");
        robot.clickOn("#setupKey").write(venue.venue().embedKey());
        robot.clickOn("#setupPin").write("2468");
        robot.clickOn("#setupPinAgain").write("2468");
        robot.clickOn("#setupSave");

        kioskScreen.await("#setupMessage", Label.class, l -> l.getText().contains("not valid"));
        assertThat(java.nio.file.Files.exists(file)).as("nothing saved that cannot work").isFalse();

        robot.doubleClickOn("#setupToken").eraseText(40).write(venue.kioskToken());
        robot.clickOn("#setupSave");

        await().atMost(Duration.ofSeconds(20)).until(() -> ready.get() != null);
        assertThat(KioskConfig.load(file)).contains(ready.get());
        assertThat(ready.get().deviceToken()).isEqualTo(venue.kioskToken());
        assertThat(PinHash.matches("2468", ready.get().exitPinHash())).isTrue();
    }

    @Test
    void aPrepaidBookingPaidOnThePhoneAppearsOnTheKioskOnceStripeSaysSo(FxRobot robot) throws Exception {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        SessionView slot = customer.publicApi().activitySessions(prepaid.id(), venue.today(), venue.today()).get(4);
        kioskScreen.tap("#startButton");
        kioskScreen.tap("#activity-" + prepaid.id());
        kioskScreen.holdFromTimes(slot, 2);

        kioskScreen.tap("#pay-phone");

        assertThat(kioskScreen.await("#phoneQr", javafx.scene.image.ImageView.class, q -> q.getImage() != null)).isNotNull();
        String page = kiosk.flow().payments().phonePaymentProperty().get();
        String checkout = page.substring(page.lastIndexOf('/') + 1);
        Hold held = kiosk.flow().holdProperty().get();
        // The customer pays on their phone; Stripe tells the server.
        java.time.Instant now = java.time.Instant.now();
        String payload = FakeStripe.event("evt_phone_" + checkout, "checkout.session.completed",
                FakeStripe.session(checkout, held.id().toString(), "complete", "paid", "pi_phone_" + checkout, held.amount(), "Ana Lima"), now);
        var delivered = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url() + "/api/v1/payments/stripe/webhook"))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", FakeStripe.signature(payload, now, FakeStripe.WEBHOOK_SECRET))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);

        String number = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty()).getText();
        Booking booked = owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number).get(0);
        assertThat(booked.paymentStatus()).isEqualTo(io.slotwise.common.api.PaymentStatus.PAID);
        assertThat(booked.reservationId()).isEqualTo(held.id());
    }
}
