package io.slotwise.kiosk;

import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.kiosk.flow.KioskBackend;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import io.slotwise.kiosk.screen.KioskView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;


/**
 * The walk-in kiosk: wiring only. The device is configured by environment variables (or
 * {@code --server=…}, {@code --token=…}, {@code --key=…}); the defaults are the demo's.
 */
public class KioskApp extends Application {

    private ExecutorService background;
    private SlotwiseClient client;
    private io.slotwise.common.client.EventSubscription subscription;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        String server = named.getOrDefault("server", System.getenv().getOrDefault("SLOTWISE_SERVER", "http://localhost:8080"));
        String token = named.getOrDefault("token", System.getenv().getOrDefault("SLOTWISE_KIOSK_TOKEN", "kiosk_demo_downtown"));
        String key = named.getOrDefault("key", System.getenv().getOrDefault("SLOTWISE_EMBED_KEY", "demo"));
        client = SlotwiseClient.builder(server).bearerToken(token).build();
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kiosk-server-call");
            t.setDaemon(true);
            return t;
        });
        KioskFlow flow = new KioskFlow(KioskBackend.of(client, key), background, Platform::runLater, Clock.systemUTC());
        KioskView view = new KioskView(flow, List.of(new SimulatedCardTerminal(Duration.ofSeconds(2))));
        // Live availability, and confirmations made at the front desk.
        subscription = client.subscribeVenue(key, event -> Platform.runLater(() -> flow.onEvent(event)));
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> flow.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        stage.setTitle("Slotwise Kiosk");
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Override
    public void stop() {
        if (subscription != null) {
            subscription.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (client != null) {
            client.close();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
