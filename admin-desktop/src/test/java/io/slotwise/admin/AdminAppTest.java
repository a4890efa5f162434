package io.slotwise.admin;

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
class AdminAppTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(AdminApp.startView("http://desk.example:8080"), 640, 400));
        stage.show();
    }

    @Test
    void startWindowNamesTheServerItUses(FxRobot robot) {
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Slotwise Admin");
        assertThat(robot.lookup("#serverUrl").queryAs(Label.class).getText())
                .isEqualTo("Server: http://desk.example:8080");
    }
}
