package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Resource;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SessionView;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Selling as venues sell, from the desk: an owner adds a room in Settings, makes an activity a
 * private room with a price per group size that uses it, and the session board says which
 * sessions a held room keeps from being sold, and why.
 */
class SellingAdminTest extends AdminTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerAddsARoomAndMakesAnActivityAPrivateRoomPricedPerGroupThatUsesIt(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-settings");
        admin.click("#tab-resources");
        admin.type("#resourceName", "Room 1");
        admin.click("#addResource");
        admin.awaitText("#resourcesMessage", "Added Room 1");
        Resource room = owner.admin().resources(venue.venue().id()).get(0);
        admin.await("#resourceName-" + room.id(), TextField.class, f -> f.getText().equals("Room 1"));

        admin.click("#nav-activities");
        admin.await("#activityName", TextField.class, f -> f.getText().equals(venue.activity().name()));
        admin.type("#minParty", "2");
        admin.type("#maxParty", "4");
        ComboBox<BookingMode> mode = admin.await("#bookingMode", ComboBox.class, Node::isVisible);
        robot.interact(() -> mode.setValue(BookingMode.PRIVATE));
        scrollTo(robot, "#groupPrice-2");
        admin.type("#groupPrice-2", "60");
        admin.type("#groupPrice-3", "78");
        admin.type("#groupPrice-4", "96");
        admin.type("#bufferMinutes", "15");
        // Another activity already plays in that room today: the preview marks the slots that would collide.
        ActivityDetails lab = owner.staff().createActivity(venue.venue().id(), new ActivityRequest("Lab", "", 60, 3000L, "EUR", 2, 6, 6,
                PaymentMode.PAY_AT_VENUE, null, new Schedule(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                        "SUNDAY"), "12:00", "13:00", 60, Map.of(), List.of()), true, null, BookingMode.SHARED, null, null,
                List.of(room.id()), 0, null));
        owner.staff().generateSessions(lab.id(), venue.today(), 1);
        CheckBox uses = admin.await("#resource-" + room.id(), CheckBox.class, Node::isVisible);
        robot.interact(() -> uses.setSelected(true));
        javafx.scene.layout.FlowPane today = admin.await("#preview-" + venue.today().getDayOfWeek(), javafx.scene.layout.FlowPane.class,
                f -> f.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("collides")));
        assertThat(today.getChildren().stream().filter(n -> n.getStyleClass().contains("collides"))
                .map(n -> ((javafx.scene.control.Label) n).getTooltip().getText()))
                .allSatisfy(t -> assertThat(t).startsWith("Collides with Room 1: Lab 12:00-13:00"));
        admin.click("#saveActivity");

        admin.awaitText("#activityMessage", "Saved");
        ActivityDetails saved = owner.staff().activityDetails(venue.activity().id());
        assertThat(saved.bookingMode()).isEqualTo(BookingMode.PRIVATE);
        assertThat(saved.groupPrices()).containsExactly(new GroupPrice(2, 6000L), new GroupPrice(3, 7800L), new GroupPrice(4, 9600L));
        assertThat(saved.resourceIds()).containsExactly(room.id());
        assertThat(saved.bufferMinutes()).isEqualTo(15);
    }

    @Test
    void theBoardSaysWhichSessionsAHeldRoomKeepsFromBeingSold(FxRobot robot) {
        Resource room = owner.admin().createResource(venue.venue().id(), "Basement");
        Schedule everyHalfHour = new Schedule(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "08:00", "22:00", 30, Map.of(), List.of());
        ActivityDetails lab = owner.staff().createActivity(venue.venue().id(), new ActivityRequest("Lab", "", 60, 3000L, "EUR", 2, 6, 6,
                PaymentMode.PAY_AT_VENUE, null, everyHalfHour, true, null, BookingMode.PRIVATE, null, null, List.of(room.id()), 15,
                null));
        ActivityDetails vault = owner.staff().createActivity(venue.venue().id(), new ActivityRequest("Vault", "", 60, 3000L, "EUR", 2, 6,
                6, PaymentMode.PAY_AT_VENUE, null, everyHalfHour, true, null, BookingMode.PRIVATE, null, null, List.of(room.id()), 0,
                null));
        owner.staff().generateSessions(lab.id(), venue.today(), 1);
        owner.staff().generateSessions(vault.id(), venue.today(), 1);
        SessionView labAtTen = at(lab, "10:00");
        SessionView vaultAtTenThirty = at(vault, "10:30");
        owner.publicApi().hold(new HoldRequest(labAtTen.id(), 3, "room@example.com"));

        AdminDriver admin = loggedIn(robot);
        javafx.scene.control.Labeled busy = admin.awaitText("#busy-" + vaultAtTenThirty.id(), "Basement in use: Lab 10:00-11:15");
        VBox card = (VBox) robot.lookup("#session-" + vaultAtTenThirty.id()).query();
        assertThat(card.getStyleClass()).contains("blocked");
        assertThat(busy.isVisible()).isTrue();
        assertThat(robot.lookup("#busy-" + at(vault, "11:30").id()).tryQuery()).as("after the reset, free").isEmpty();
    }

    private SessionView at(ActivityDetails activity, String time) {
        return owner.publicApi().activitySessions(activity.id(), venue.today(), venue.today()).stream()
                .filter(s -> s.startTime().toLocalTime().toString().equals(time)).findFirst().orElseThrow();
    }

    /** Brings a control of the activity editor into view, as Tab would. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }
}
