package io.slotwise.admin.core;

import io.slotwise.common.api.VenueEvent;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Re-reads a page's data when the venue's events say it changed: bursts are coalesced (a group
 * booking or a sweep sends many events at once), and a page that is not on screen waits until it
 * is shown again rather than reloading in the background.
 */
public final class LiveReload {

    /** Events this close together cause one reload. */
    static final Duration QUIET = Duration.millis(300);

    public LiveReload(AdminSession session, Node page, Predicate<VenueEvent> relevant, Runnable reload) {
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(e -> {
            if (page.getScene() != null) {
                reload.run();
            }
        });
        session.onEvent(event -> {
            if (event instanceof VenueEvent.Resync || relevant.test(event)) {
                pause.playFromStart();
            }
        });
    }
}
