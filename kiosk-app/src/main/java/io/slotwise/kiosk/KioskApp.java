package io.slotwise.kiosk;

import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import io.slotwise.kiosk.screen.SetupView;
import io.slotwise.kiosk.setup.KioskConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The walk-in kiosk: wiring only. Settings come from the config file ({@code --config=…}, else
 * {@code SLOTWISE_KIOSK_CONFIG}, else {@code ~/.slotwise/kiosk.properties}); without one, the
 * first-run screen asks for them. {@code --demo} runs against the demo server, windowed, with
 * staff PIN 1234.
 */
public class KioskApp extends Application {

    private Kiosk kiosk;

    @Override
    public void start(Stage stage) throws IOException {
        stage.setTitle("Slotwise Kiosk");
        Map<String, String> named = getParameters().getNamed();
        if (getParameters().getUnnamed().contains("--demo")) {
            run(stage, KioskConfig.demo());
            return;
        }
        Path file = Path.of(named.getOrDefault("config",
                Optional.ofNullable(System.getenv("SLOTWISE_KIOSK_CONFIG")).orElse(KioskConfig.defaultPath().toString())));
        Optional<KioskConfig> saved = KioskConfig.load(file);
        if (saved.isPresent() && saved.get().problems().isEmpty()) {
            run(stage, saved.get());
            return;
        }
        SetupView setup = new SetupView(file, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-setup");
            t.setDaemon(true);
            return t;
        }), config -> run(stage, config));
        stage.setScene(new Scene(setup.root(), 1280, 800));
        stage.show();
    }

    private void run(Stage stage, KioskConfig config) {
        kiosk = new Kiosk(config, Clock.systemUTC(), List.of(new SimulatedCardTerminal(Duration.ofSeconds(2))), Platform::exit);
        stage.setScene(new Scene(kiosk.root(), 1280, 800));
        if (config.fullScreen()) {
            // Kiosk mode: no Escape, no hint, no closing; only the staff PIN ends it.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(event -> event.consume());
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    public static void main(String[] args) {
        // A touch screen has no keyboard: the details screen has the kiosk's own (OnScreenKeyboard), in every mode.
        launch(args);
    }
}
