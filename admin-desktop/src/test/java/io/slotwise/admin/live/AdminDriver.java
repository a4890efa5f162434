package io.slotwise.admin.live;

import io.slotwise.common.api.VenueDetails;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the admin window as staff would: keyboard and mouse, waiting for each answer to show. */
final class AdminDriver {

    private final FxRobot robot;

    AdminDriver(FxRobot robot) {
        this.robot = robot;
    }

    <T extends Node> T await(String query, Class<T> type, Predicate<T> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).queryAllAs(type).stream().anyMatch(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing matched " + query + " in time; on screen: " + texts(), e);
        }
        return robot.lookup(query).queryAllAs(type).stream().filter(condition).findFirst()
                .orElseGet(() -> robot.lookup(query).queryAs(type));
    }

    Node await(String query) {
        return await(query, Node.class, Node::isVisible);
    }

    /** Waits until the labelled node {@code query} shows text containing {@code text}. */
    Labeled awaitText(String query, String text) {
        return await(query, Labeled.class, l -> l.getText() != null && l.getText().contains(text));
    }

    String texts() {
        return robot.lookup(".label").queryAllAs(Labeled.class).stream().filter(Node::isVisible)
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList().toString();
    }

    void click(String query) {
        // Only a node on screen: a page just replaced may still hold a node with the same id.
        Node node = await(query, Node.class, n -> n.getScene() != null && n.isVisible() && !n.isDisabled());
        robot.clickOn(node);
    }

    /** Replaces the text of a field. */
    void type(String query, String text) {
        TextInputControl field = await(query, TextInputControl.class, n -> n.isVisible() && !n.isDisabled());
        robot.interact(field::clear);
        robot.clickOn(query).write(text);
    }

    void login(String server, String email, String password) {
        type("#server", server);
        type("#email", email);
        type("#password", password);
        click("#loginButton");
        await("#venue");
    }

    /** Chooses the language named {@code name} ("Deutsch") on the login screen, with the mouse. */
    void chooseLanguage(String name) {
        click("#language");
        Node item = await(".combo-box-popup .list-cell", Labeled.class, cell -> name.equals(cell.getText()) && cell.isVisible());
        robot.clickOn(item);
    }

    @SuppressWarnings("unchecked")
    void chooseVenue(VenueDetails venue) {
        ComboBox<VenueDetails> box = await("#venue", ComboBox.class,
                b -> b.getItems().stream().anyMatch(v -> ((VenueDetails) v).id().equals(venue.id())));
        robot.interact(() -> box.getItems().stream().filter(v -> v.id().equals(venue.id())).findFirst().ifPresent(box::setValue));
    }

    FxRobot robot() {
        return robot;
    }
}
