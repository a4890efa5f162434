package io.slotwise.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import io.slotwise.kiosk.Kiosk;
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

/** The server goes away under the kiosk and comes back: the kiosk says so kindly and carries on. */
@ExtendWith(ApplicationExtension.class)
class KioskOutageTest {

    @TempDir
    static Path data;
    static ServerProcess server;
    static TestVenue venue;
    static List<SessionView> today;

    Kiosk kiosk;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(data, Map.of());
        try (SlotwiseClient owner = SlotwiseClient.builder(server.url()).build()) {
            venue = TestVenue.create(owner, "Outage", 6, 2500);
            today = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today());
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        KioskConfig config = new KioskConfig(server.url(), venue.kioskToken(), venue.venue().embedKey(), PinHash.of("1234"), false);
        kiosk = new Kiosk(config, Clock.systemUTC(), List.of(new SimulatedCardTerminal(Duration.ofMillis(200))), () -> { });
        stage.setScene(new Scene(kiosk.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeKiosk() {
        Platform.runLater(kiosk::close);
    }

    @Test
    void aServerThatIsDownGetsAFriendlyMessageAndTheKioskCarriesOnWhenItIsBack(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        server.stop();

        kioskScreen.tap("#startButton");

        Label message = kioskScreen.await("#message", Label.class, l -> l.isVisible() && !l.getText().isEmpty());
        assertThat(message.getText()).contains("can't reach the booking system").doesNotContain("Exception");
        server.start();
        kioskScreen.await("#activity-" + venue.activity().id());
    }

    @Test
    void aHoldMadeBeforeAnOutageIsNotLostAndItsPaymentIsConfirmedAfterwards(FxRobot robot) {
        KioskDriver kioskScreen = new KioskDriver(robot, venue);
        kioskScreen.toTimes();
        kioskScreen.holdFromTimes(today.get(0), 2);
        Hold held = kiosk.flow().holdProperty().get();
        server.stop();

        kioskScreen.tap("#pay-card");

        Label message = kioskScreen.await("#message", Label.class, l -> l.getText().contains("payment went through"));
        assertThat(message.getText()).contains("keep trying");
        server.start();
        String number = kioskScreen.await("#bookingNumber", Label.class, l -> !l.getText().isEmpty()).getText();
        try (SlotwiseClient owner = SlotwiseClient.builder(server.url()).build()) {
            owner.staff().login(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
            List<Booking> found = owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number);
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
                assertThat(b.reservationId()).isEqualTo(held.id());
            });
        }
    }
}
