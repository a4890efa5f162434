package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.admin.core.Settings;
import io.slotwise.admin.shell.AdminWindow;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.fx.Async;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The server goes away under the admin app and comes back (a server of this test's own, stopped
 * and started again): the problem is said on a line of its own without squeezing the top bar,
 * and goes once the server answers again.
 */
@ExtendWith(ApplicationExtension.class)
class AdminOutageTest {

    @TempDir
    static Path data;
    static ServerProcess server;
    static TestVenue venue;

    @TempDir
    Path home;
    AdminWindow window;
    ExecutorService background;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(data, Map.of());
        try (SlotwiseClient owner = SlotwiseClient.builder(server.url()).build()) {
            owner.staff().login(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
            venue = TestVenue.create(owner, "Outage", 8, 2500);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void open() throws Exception {
        background = Executors.newFixedThreadPool(4);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new AdminWindow(stage, new Settings(home.resolve("admin.properties")), new Async(background, Platform::runLater),
                    Clock.systemUTC(), server.url(), "en");
            window.showLogin();
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (window.session() != null) {
                window.session().close();
            }
        });
        background.shutdown();
    }

    @Test
    void theProblemHasALineOfItsOwnAndGoesOnceTheServerIsBack(FxRobot robot) {
        AdminDriver admin = new AdminDriver(robot);
        admin.login(server.url(), ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        admin.chooseVenue(venue.venue());
        admin.awaitText("#liveState", "Live");

        server.stop();
        admin.awaitText("#liveState", "Reconnecting");
        robot.interact(() -> window.session().reloadVenues());

        admin.awaitText("#sessionProblem", "Can't reach the Slotwise server");
        for (String id : List.of("#organization", "#venue", "#logoutButton")) {
            Control control = robot.lookup(id).queryAs(Control.class);
            assertThat(control.getWidth()).as(id + " keeps its width").isGreaterThanOrEqualTo(control.prefWidth(-1) - 0.5);
        }

        server.start();

        admin.awaitText("#liveState", "● Live");
        admin.await("#sessionProblem", Label.class, l -> l.getText().isEmpty() && !l.isVisible());
    }
}
