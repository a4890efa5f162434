package io.slotwise.admin.shell;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.VenueDetails;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The main window: organization and venue switchers, a busy indicator for every call on its way,
 * the pages on the left (owner-only pages appear only for owners) and the page on show.
 */
public final class MainView {

    private final AdminSession session;
    private final BorderPane root = new BorderPane();
    private final VBox nav = new VBox(4);
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final List<Entry> entries = new ArrayList<>();
    private Page current;

    /** A page and, for owner pages, the condition under which it is offered. */
    private record Entry(Page page, ToggleButton button, BooleanExpression visibleWhen) {
    }

    public MainView(AdminSession session, Runnable logout) {
        this.session = session;
        root.getStyleClass().add("admin");
        root.setTop(topBar(logout));
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12));
        root.setLeft(nav);
        content.setPadding(new Insets(16));
        root.setCenter(content);
        // Ctrl+1, Ctrl+2, … open the pages in the order of the navigation (visible ones only).
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getText().matches("[1-9]")) {
                List<Entry> visible = entries.stream().filter(en -> en.button().isVisible()).toList();
                int index = Integer.parseInt(e.getText()) - 1;
                if (index < visible.size()) {
                    visible.get(index).button().fire();
                    e.consume();
                }
            }
        });
        session.venueProperty().addListener((o, was, now) -> {
            if (current != null && now != null && (was == null || !was.id().equals(now.id()))) {
                current.shown();
            }
        });
    }

    /** Adds a page every member sees. */
    public MainView page(Page page) {
        return add(page, null);
    }

    /** Adds a page only owners of the organization on screen see. */
    public MainView ownerPage(Page page) {
        return add(page, session.ownerProperty());
    }

    private MainView add(Page page, BooleanExpression visibleWhen) {
        ToggleButton button = new ToggleButton(page.title());
        button.setId("nav-" + page.id());
        button.setToggleGroup(navGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> {
            if (!show(page)) {
                button.setSelected(false);
                entries.stream().filter(en -> en.page() == current).findFirst().ifPresent(en -> en.button().setSelected(true));
            }
        });
        if (visibleWhen != null) {
            button.visibleProperty().bind(visibleWhen);
            button.managedProperty().bind(visibleWhen);
            visibleWhen.addListener((o, was, visible) -> {
                if (!visible && current == page) {
                    show(entries.get(0).page());
                }
            });
        }
        entries.add(new Entry(page, button, visibleWhen));
        nav.getChildren().add(button);
        if (current == null) {
            show(page);
        }
        return this;
    }

    /** Shows {@code page} unless the page on show has unsaved edits the member wants to keep. */
    public boolean show(Page page) {
        if (current == page) {
            return true;
        }
        if (current != null && !current.mayLeave()) {
            return false;
        }
        current = page;
        content.getChildren().setAll(page.root());
        entries.stream().filter(e -> e.page() == page).findFirst().ifPresent(e -> e.button().setSelected(true));
        page.shown();
        return true;
    }

    /** Whether the window may close: the page on show gets its say about unsaved edits. */
    public boolean mayClose() {
        return current == null || current.mayLeave();
    }

    public Parent root() {
        return root;
    }

    private Node topBar(Runnable logout) {
        ComboBox<LoginResponse.Membership> organization = new ComboBox<>(session.organizations());
        organization.setId("organization");
        organization.valueProperty().bindBidirectional(session.organizationProperty());
        cells(organization, m -> text("shell.membership", m.organizationName(), roleName(m.role())));
        ComboBox<VenueDetails> venue = new ComboBox<>(session.venues());
        venue.setId("venue");
        venue.valueProperty().bindBidirectional(session.venueProperty());
        cells(venue, VenueDetails::name);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(session.async().busyProperty());
        Label problem = new Label();
        problem.setId("sessionProblem");
        problem.getStyleClass().add("error");
        problem.textProperty().bind(session.problemProperty());
        Label live = new Label();
        live.setId("liveState");
        live.getStyleClass().add("hint");
        live.textProperty().bind(session.liveProperty());
        Label user = new Label(session.user().displayName() + " · " + session.user().email());
        Button out = new Button(text("shell.logOut"));
        out.setId("logoutButton");
        out.setOnAction(e -> {
            if (mayClose()) {
                logout.run();
            }
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label organizationLabel = new Label(text("shell.organization"));
        Label venueLabel = new Label(text("shell.venue"));
        HBox bar = new HBox(10, organizationLabel, organization, venueLabel, venue, busy, spring, live, user, out);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Nothing in the bar is cut to "…" to make room: the user's name gives way first, then the live state.
        for (Region fixed : List.of(organizationLabel, organization, venueLabel, venue, out)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        user.setMinWidth(0);
        // A problem gets a line of its own under the bar, only while there is one.
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox top = new VBox(4, bar, problem);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("top-bar");
        return top;
    }

    /** "owner", "staff": the member's role in an organization, in words. */
    private static String roleName(String role) {
        return switch (role) {
            case "OWNER" -> text("shell.role.owner");
            case "STAFF" -> text("shell.role.staff");
            default -> role.toLowerCase();
        };
    }

    /** Shows {@code text} of each item in a combo box, in its list and on its button. */
    public static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> factory = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }
}
