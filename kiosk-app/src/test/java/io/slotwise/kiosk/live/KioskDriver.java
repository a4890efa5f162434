package io.slotwise.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.SessionView;
import io.slotwise.common.testing.TestVenue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Touches the kiosk's screens as a customer would, waiting for each screen to come up. */
final class KioskDriver {

    private final FxRobot robot;
    private final TestVenue venue;

    KioskDriver(FxRobot robot, TestVenue venue) {
        this.robot = robot;
        this.venue = venue;
    }

    /** Waits until {@code query} finds a node that satisfies {@code condition}. */
    <T extends Node> T await(String query, Class<T> type, Predicate<T> condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(type).filter(condition).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Nothing matched " + query + " in time; on screen: " + texts(), e);
        }
        return robot.lookup(query).queryAs(type);
    }

    Node await(String query) {
        return await(query, Node.class, n -> true);
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** What the screen says, for failure messages. */
    String texts() {
        return robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList().toString();
    }

    /**
     * Taps the node on screen now. Live updates redraw the time screen at any moment: a node
     * replaced between finding and tapping it is found again (nothing was tapped then).
     */
    void tap(String query) {
        for (int attempt = 1; ; attempt++) {
            Node node = await(query, Node.class, n -> !n.isDisabled() && n.getScene() != null);
            try {
                robot.clickOn(node);
                return;
            } catch (RuntimeException redrawnMeanwhile) {
                if (attempt == 3) {
                    throw redrawnMeanwhile;
                }
            }
        }
    }

    /** From the attract screen to the time screen of the test venue's activity. */
    void toTimes() {
        tap("#startButton");
        tap("#activity-" + venue.activity().id());
    }

    /** On to the hold screen for {@code session}, as Ana Lima. */
    void holdFromTimes(SessionView session, int party) {
        tap("#slot-" + session.id());
        tap("#party-" + party);
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        tap("#holdButton");
        await("#countdown");
        assertThat(text("#countdown")).matches("\\d+:\\d\\d");
    }
}
