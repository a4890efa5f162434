package io.slotwise.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KioskAppTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(KioskApp.welcomeView("http://kiosk.example:8080"), 1024, 768));
        stage.show();
    }

    @Test
    void welcomeScreenInvitesToBookAndNamesTheServer(FxRobot robot) {
        assertThat(robot.lookup("#welcome").queryAs(Label.class).getText()).isEqualTo("Book your game");
        assertThat(robot.lookup("#serverUrl").queryAs(Label.class).getText()).isEqualTo("http://kiosk.example:8080");
    }
}
