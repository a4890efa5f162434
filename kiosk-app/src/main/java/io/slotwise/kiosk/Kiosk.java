package io.slotwise.kiosk;

import io.slotwise.common.client.EventSubscription;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.kiosk.flow.KioskBackend;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.payment.PaymentTerminal;
import io.slotwise.kiosk.screen.KioskView;
import io.slotwise.kiosk.screen.StaffExitView;
import io.slotwise.kiosk.setup.KioskConfig;
import io.slotwise.kiosk.setup.StaffExit;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * One running kiosk: its client (carrying the device token), the flow, the screens with the
 * staff exit over them, the one-second tick and the venue's live events. Made on the FX thread;
 * {@link #close()} stops all of it.
 */
public final class Kiosk implements AutoCloseable {

    private final SlotwiseClient client;
    private final ExecutorService background;
    private final KioskFlow flow;
    private final StaffExit staffExit;
    private final Parent root;
    private final Timeline ticker;
    private final EventSubscription subscription;

    /** {@code clock}: this machine's clock; the kiosk corrects it by the server's and reads all time from that. */
    public Kiosk(KioskConfig config, Clock clock, List<PaymentTerminal> terminals, Runnable exit) {
        client = SlotwiseClient.builder(config.serverUrl()).bearerToken(config.deviceToken()).build();
        Clock serverClock = client.clockFollowingServer(clock);
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kiosk-server-call");
            t.setDaemon(true);
            return t;
        });
        flow = new KioskFlow(KioskBackend.of(client, config.embedKey()), background, Platform::runLater, serverClock);
        staffExit = new StaffExit(config.exitPinHash(), serverClock, exit);
        root = new StaffExitView(new KioskView(flow, terminals, config.serverUrl()).root(), staffExit).root();
        flow.prepare();
        // Live availability, and confirmations made at the front desk; the client reconnects by itself.
        subscription = client.events().subscribeVenue(config.embedKey(), event -> Platform.runLater(() -> flow.onEvent(event)));
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> flow.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public Parent root() {
        return root;
    }

    public KioskFlow flow() {
        return flow;
    }

    @Override
    public void close() {
        ticker.stop();
        subscription.close();
        background.shutdownNow();
        client.close();
    }
}
