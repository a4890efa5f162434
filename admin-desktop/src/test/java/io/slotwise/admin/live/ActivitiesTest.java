package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.admin.activities.ActivitiesPage;
import io.slotwise.admin.core.Confirm;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ActivitiesTest extends AdminTestBase {

    final List<String> asked = new CopyOnWriteArrayList<>();
    final AtomicBoolean discard = new AtomicBoolean(false);
    final Confirm confirm = new Confirm() {
        @Override
        public boolean ask(String question, String action) {
            asked.add(question);
            return discard.get();
        }

        @Override
        public boolean discard(String what) {
            asked.add(what);
            return discard.get();
        }
    };

    @Test
    void anOwnerCreatesAnActivityWhoseScheduleIsPreviewedCheckedSavedArchivedAndBroughtBack(FxRobot robot) {
        AdminDriver admin = opened(robot);
        admin.await("#activityName", TextField.class, f -> f.getText().equals(venue.activity().name()));

        admin.click("#newActivity");
        admin.awaitText("#activityHeading", "New activity");
        type(admin, robot, "#activityName", "Sunset tour");
        type(admin, robot, "#whatToBring", "Sturdy shoes and a jacket");
        type(admin, robot, "#activityPrice", "30");
        type(admin, robot, "#activityCapacity", "6");
        type(admin, robot, "#minParty", "2");
        type(admin, robot, "#maxParty", "6");
        type(admin, robot, "#duration", "60");
        type(admin, robot, "#openFrom", "10:00");
        type(admin, robot, "#openUntil", "13:00");
        type(admin, robot, "#slotInterval", "60");
        press(admin, robot, "#custom-FRIDAY");
        type(admin, robot, "#customUntil-FRIDAY", "11:00");
        LocalDate week = venue.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        LocalDate wednesday = week.plusDays(2);
        DatePicker closed = admin.await("#closedDate", DatePicker.class, d -> !d.isDisabled());
        // Typed, then Add clicked at once: added on the first click.
        press(admin, robot, "#closedDates"); // the row of closed dates in view
        press(admin, robot, "#closedDate");
        robot.write(closed.getConverter().toString(wednesday));
        Node add = robot.lookup("#addClosedDate").query();
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> inView(robot, add)));
        robot.clickOn(add);
        admin.await("#closedDates", javafx.scene.control.ListView.class, l -> l.getItems().contains(wednesday));
        DatePicker previewWeek = admin.await("#previewWeek", DatePicker.class, Node::isVisible);
        robot.interact(() -> previewWeek.setValue(week.plusDays(3))); // any day picks its week

        Map<DayOfWeek, List<String>> expected = Map.of(
                DayOfWeek.MONDAY, List.of("10:00", "11:00", "12:00"),
                DayOfWeek.TUESDAY, List.of("10:00", "11:00", "12:00"),
                DayOfWeek.WEDNESDAY, List.of(),
                DayOfWeek.THURSDAY, List.of("10:00", "11:00", "12:00"),
                DayOfWeek.FRIDAY, List.of("10:00"),
                DayOfWeek.SATURDAY, List.of(),
                DayOfWeek.SUNDAY, List.of());
        awaitPreview(robot, expected);
        assertThat(previewWeek.getValue()).isEqualTo(week);
        screenshot(robot, "activities-new");

        type(admin, robot, "#slotInterval", "30");
        admin.awaitText("#intervalWarning", "A slot every 30 minutes overlaps the one before: each lasts 60 minutes");
        type(admin, robot, "#slotInterval", "60");
        admin.await("#intervalWarning", Node.class, n -> !n.isVisible());
        type(admin, robot, "#customUntil-FRIDAY", "25:99");
        admin.click("#saveActivity");
        admin.awaitText("#error-custom-FRIDAY", "Friday (own hours), until:");
        type(admin, robot, "#customUntil-FRIDAY", "11:00");

        type(admin, robot, "#openFrom", "25:00");
        type(admin, robot, "#slotInterval", "0");
        assertThat(admin.awaitText("#error-startTime", "24-hour time").isVisible()).isTrue();
        admin.awaitText("#error-slotInterval", "between 5 and 1440");
        assertThat(robot.lookup("#openFrom").query().getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#slotInterval").query().getStyleClass()).contains("invalid");
        awaitPreview(robot, Map.of(DayOfWeek.MONDAY, List.of(), DayOfWeek.FRIDAY, List.of()));
        admin.awaitText("#previewProblem", "Correct the highlighted fields");
        screenshot(robot, "activities-invalid");
        admin.click("#saveActivity");
        admin.awaitText("#activityMessage", "correct the highlighted fields");
        assertThat(names()).doesNotContain("Sunset tour");

        type(admin, robot, "#openFrom", "10:00");
        type(admin, robot, "#slotInterval", "60");
        admin.await("#error-startTime", Labeled.class, l -> !l.isVisible() && l.getText().isEmpty());
        assertThat(robot.lookup("#openFrom").query().getStyleClass()).doesNotContain("invalid");
        awaitPreview(robot, expected);

        press(admin, robot, "#activityName"); // the shortcut works where the member is typing
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        admin.awaitText("#activityMessage", "Saved Sunset tour");
        ActivityDetails saved = onServer("Sunset tour");
        assertThat(saved.active()).isTrue();
        assertThat(saved.price()).isEqualTo(3000);
        assertThat(saved.capacity()).isEqualTo(6);
        assertThat(saved.minPartySize()).isEqualTo(2);
        assertThat(saved.maxPartySize()).isEqualTo(6);
        assertThat(saved.paymentMode()).isEqualTo(PaymentMode.PAY_AT_VENUE);
        assertThat(saved.whatToBring()).isEqualTo("Sturdy shoes and a jacket");
        assertThat(saved.schedule().operatingDays()).containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
        assertThat(saved.schedule().startTime()).isEqualTo("10:00");
        assertThat(saved.schedule().endTime()).isEqualTo("13:00");
        assertThat(saved.schedule().slotInterval()).isEqualTo(60);
        assertThat(saved.schedule().customHours()).isEqualTo(Map.of("Friday", new Schedule.DayHours(true, "10:00", "11:00")));
        assertThat(saved.schedule().closedDates()).containsExactly(wednesday.toString());
        admin.await("#activityList", ListView.class, l -> l.getSelectionModel().getSelectedItem() != null
                && ((ActivityDetails) l.getSelectionModel().getSelectedItem()).id().equals(saved.id()));

        admin.click("#archiveActivity");
        admin.awaitText("#activityMessage", "Archived Sunset tour");
        assertThat(onServer("Sunset tour").active()).isFalse();
        awaitCell(robot, "Sunset tour (archived)");
        admin.awaitText("#activityHeading", "(archived)");

        admin.click("#restoreActivity");
        admin.awaitText("#activityMessage", "Brought back Sunset tour");
        assertThat(onServer("Sunset tour").active()).isTrue();
        assertThat(onServer("Sunset tour").whatToBring()).as("archiving and bringing back keep it").isEqualTo("Sturdy shoes and a jacket");
        awaitCell(robot, "Sunset tour");
        assertThat(asked).isEmpty();
    }

    @Test
    void unsavedEditsAreKeptWhenTheOwnerChoosesToStayAndChangesFromElsewhereDoNotOverwriteThem(FxRobot robot) {
        ActivityDetails room = venue.activity();
        ActivityDetails other = owner.staff().createActivity(venue.venue().id(), request(room, "Workshop", true));
        AdminDriver admin = opened(robot);
        admin.await("#activityName", TextField.class, f -> f.getText().equals(room.name()));

        type(admin, robot, "#activityName", "Renamed room");
        press(admin, robot, "#day-SUNDAY"); // the room runs every day: now not on Sundays
        admin.awaitText("#activityHeading", "*");

        robot.clickOn("#nav-activities"); // the app's own page: leaving this one
        await().atMost(Duration.ofSeconds(10)).until(() -> asked.size() == 1);
        assertThat(asked).containsExactly(room.name());
        admin.await("#activityName", TextField.class, f -> f.getScene() != null && f.getText().equals("Renamed room"));

        robot.clickOn(cell(robot, "Workshop"));
        await().atMost(Duration.ofSeconds(10)).until(() -> asked.size() == 2);
        admin.await("#activityList", ListView.class, l -> l.getSelectionModel().getSelectedIndex() >= 0
                && ((ActivityDetails) l.getSelectionModel().getSelectedItem()).id().equals(room.id()));
        assertThat(robot.lookup("#activityName").queryAs(TextField.class).getText()).isEqualTo("Renamed room");
        assertThat(robot.lookup("#day-SUNDAY").queryAs(CheckBox.class).isSelected()).isFalse();

        // Someone else changes the activity meanwhile: the list follows, the edits stay.
        owner.staff().updateActivity(room.id(), request(room, "Changed elsewhere", true));
        awaitCell(robot, "Changed elsewhere");
        assertThat(robot.lookup("#activityName").queryAs(TextField.class).getText()).isEqualTo("Renamed room");

        discard.set(true);
        robot.clickOn(cell(robot, "Workshop"));
        admin.await("#activityName", TextField.class, f -> f.getText().equals("Workshop"));
        assertThat(asked).hasSize(3);
        assertThat(owner.staff().activityDetails(room.id()).name()).isEqualTo("Changed elsewhere");
        assertThat(owner.staff().activityDetails(other.id()).name()).isEqualTo("Workshop");
    }

    @Test
    void staffSeeActivitiesReadOnly(FxRobot robot) {
        String email = "staff-" + UUID.randomUUID() + "@slotwise.invalid";
        SharedServer.staffMember(owner, venue.organizationId(), email, "Sam Staff", "staff-password-1");
        AdminDriver admin = new AdminDriver(robot);
        admin.login(server.url(), email, "staff-password-1");
        admin.chooseVenue(venue.venue());
        admin.click("#nav-activities");

        TextField name = admin.await("#activityName", TextField.class, f -> f.getText().equals(venue.activity().name()));
        admin.await("#previewSlots", Node.class, n -> !((javafx.scene.layout.VBox) n).getChildren().isEmpty());
        assertThat(name.isDisabled()).isTrue();
        assertThat(robot.lookup("#openFrom").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#day-MONDAY").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#saveActivity").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#archiveActivity").query().isVisible()).isFalse();
        assertThat(robot.lookup("#newActivity").query().isVisible()).isFalse();
        admin.awaitText("#readOnlyHint", "Only an owner");
    }

    /** Logs in as the owner and shows an Activities page whose questions this test answers. */
    private AdminDriver opened(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        ActivitiesPage page = new ActivitiesPage(window.session(), confirm);
        robot.interact(() -> window.main().page(page).show(page));
        return admin;
    }

    /** Focuses a control (the page scrolls it into view, as for Tab), waits until it is in view, clicks it. */
    private static void press(AdminDriver admin, FxRobot robot, String query) {
        Node node = admin.await(query, Node.class, n -> n.isVisible() && !n.isDisabled());
        robot.interact(node::requestFocus);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> inView(robot, node)));
        robot.clickOn(node);
    }

    /** Replaces the text of a field that may first need scrolling into view. */
    private static void type(AdminDriver admin, FxRobot robot, String query, String text) {
        TextField field = admin.await(query, TextField.class, n -> n.isVisible() && !n.isDisabled());
        robot.interact(field::clear);
        press(admin, robot, query);
        robot.write(text);
        admin.await(query, TextField.class, f -> text.equals(f.getText()));
    }

    private static boolean inView(FxRobot robot, Node node) {
        javafx.scene.control.ScrollPane scroll = robot.lookup(".activity-editor").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= view.getMinY() && bounds.getMaxY() <= view.getMaxY();
    }

    private ActivityDetails onServer(String name) {
        return owner.staff().activities(venue.venue().id()).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the server"));
    }

    private List<String> names() {
        return owner.staff().activities(venue.venue().id()).stream().map(ActivityDetails::name).toList();
    }

    private static ActivityRequest request(ActivityDetails a, String name, boolean active) {
        return new ActivityRequest(name, a.description(), a.durationMinutes(), a.price(), a.currency(), a.minPartySize(),
                a.maxPartySize(), a.capacity(), a.paymentMode(), a.stripePriceId(), a.schedule(), active);
    }

    /** Waits until each given weekday of the preview shows exactly these slot starts. */
    private static void awaitPreview(FxRobot robot, Map<DayOfWeek, List<String>> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<DayOfWeek, List<String>> shown = onFx(() -> {
                Map<DayOfWeek, List<String>> slots = new java.util.EnumMap<>(DayOfWeek.class);
                for (DayOfWeek day : expected.keySet()) {
                    slots.put(day, robot.lookup("#preview-" + day + " .slot").queryAllAs(Labeled.class).stream()
                            .map(Labeled::getText).sorted().toList());
                }
                return slots;
            });
            assertThat(shown).isEqualTo(expected);
        });
    }

    @SuppressWarnings("unchecked")
    private static ListCell<ActivityDetails> cell(FxRobot robot, String text) {
        return robot.lookup("#activityList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No list entry " + text));
    }

    private static void awaitCell(FxRobot robot, String text) {
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> robot.lookup("#activityList .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(c -> text.equals(c.getText()))));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** A picture of the window in target/, to look at; not part of what the test checks. */
    private static void screenshot(FxRobot robot, String name) {
        WritableImage image = onFx(() -> robot.lookup("#activityName").query().getScene().getRoot().snapshot(null, null));
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
