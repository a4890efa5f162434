package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.testing.ServerProcess;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The desk in German: chosen on the login screen, remembered, and spoken on every page with German dates and money. */
class AdminGermanTest extends AdminTestBase {

    @Test
    void germanChosenOnTheLoginScreenIsSpokenEverywhereAndRemembered(FxRobot robot) {
        AdminDriver admin = new AdminDriver(robot);
        admin.awaitText("#loginButton", "Log in");
        admin.type("#server", server.url());
        admin.chooseLanguage("Deutsch");

        admin.awaitText("#loginButton", "Anmelden");
        assertThat(((Labeled) admin.await("#haveInvitation")).getText()).isEqualTo("Ich habe eine Einladung");
        assertThat(robot.lookup("#server").queryTextInputControl().getText()).as("what was typed stays").isEqualTo(server.url());
        admin.type("#email", ServerProcess.OWNER_EMAIL);
        admin.type("#password", "not the password");
        admin.click("#loginButton");
        admin.awaitText("#loginMessage", "E-Mail und Passwort passen nicht zusammen.");

        admin.login(server.url(), ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        admin.chooseVenue(venue.venue());
        assertThat(robot.lookup(".nav .toggle-button").queryAllAs(ToggleButton.class).stream().filter(Node::isVisible)
                .map(ToggleButton::getText).toList())
                .containsExactly("Termine", "Buchungen", "Empfang", "Nachrichten", "Übersicht", "Aktivitäten", "Gutscheine", "Aktionen",
                        "Einstellungen");

        SessionView session = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(2);
        Hold hold = owner.publicApi().hold(new HoldRequest(session.id(), 1, "ina@example.com"));
        Booking booking = owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Ina Berg", null, PaymentMethod.CASH));
        admin.awaitText("#seats-" + session.id(), "1 gebucht");
        admin.click("#nav-bookings");
        admin.type("#bookingQuery", booking.bookingNumber());
        admin.click("#searchBookings");
        admin.await("#bookingTable", TableView.class, t -> t.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#bookingTable").queryAs(TableView.class).getSelectionModel().select(0));

        String day = DateTimeFormatter.ofPattern("EEE d. MMM", Locale.GERMAN)
                .format(session.startTime().atZoneSameInstant(ZoneId.of(venue.venue().timezone())));
        String details = admin.awaitText("#bookingDetails", booking.bookingNumber()).getText();
        assertThat(details).contains(day).contains("1 Person").containsPattern("\\d+,\\d{2}\u00a0€").contains("bar");
        admin.click("#cancelBooking");
        admin.awaitText("#confirmCancel", "Buchung behalten");
        admin.awaitText("#confirmOk", "Buchung stornieren");
        admin.click("#confirmCancel");

        admin.click("#logoutButton");
        admin.awaitText("#loginButton", "Anmelden");
        // The next start: the app would speak English by itself, the choice made here wins.
        robot.interact(() -> {
            Texts.use("en");
            window.showLogin();
        });
        admin.awaitText("#loginButton", "Anmelden");
    }
}
