package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.admin.core.Settings;
import io.slotwise.common.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class LoginTest extends AdminTestBase {

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneOpensTheVenueAndIsNotRemembered(FxRobot robot) {
        AdminDriver admin = new AdminDriver(robot);
        admin.type("#server", server.url());
        admin.type("#email", ServerProcess.OWNER_EMAIL);
        admin.type("#password", "not-the-password");
        admin.click("#loginButton");

        admin.awaitText("#loginMessage", "don't match");

        admin.login(server.url(), ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        admin.chooseVenue(venue.venue());
        Settings remembered = new Settings(home.resolve("admin.properties"));
        assertThat(remembered.get("server")).contains(server.url());
        assertThat(remembered.get("email")).contains(ServerProcess.OWNER_EMAIL);
        assertThat(remembered.get("venue")).contains(venue.venue().id().toString());
        assertThat(home.resolve("admin.properties")).content().doesNotContain(ServerProcess.OWNER_PASSWORD);
    }
}
