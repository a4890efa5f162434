package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.label;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.ActivityDetails;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Activities of the venue on screen: the list on the left, the open activity's details and
 * schedule in the middle, and the slots that schedule makes in a chosen week on the right.
 * Owners edit; staff read.
 */
public final class ActivitiesPage implements Page {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ActivitiesModel model;
    private final BorderPane root = new BorderPane();
    // The list shows a copy: replacing a ListView's items moves its selection, which must not
    // count as the member choosing another activity.
    private final ObservableList<ActivityDetails> shown = FXCollections.observableArrayList();
    private final ListView<ActivityDetails> list = new ListView<>(shown);
    private boolean syncing;

    public ActivitiesPage(AdminSession session) {
        this(session, null);
    }

    public ActivitiesPage(AdminSession session, Confirm confirm) {
        // The dialog belongs to this page's window (looked up when it asks).
        model = new ActivitiesModel(session, confirm != null ? confirm
                : Confirm.dialog(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        ActivityEditor editor = new ActivityEditor(model, session.ownerProperty());
        root.setLeft(side(session));
        ScrollPane scroll = new ScrollPane(editor.body());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("activity-editor");
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, focused) -> reveal(scroll, focused));
            }
        });
        BorderPane center = new BorderPane(scroll, editor.header(), null, editor.actions(), null);
        BorderPane.setMargin(scroll, new Insets(8, 0, 8, 0));
        BorderPane.setMargin(center, new Insets(0, 12, 0, 12));
        root.setCenter(center);
        ScrollPane preview = new ScrollPane(new PreviewPane(model.schedulePreview(), model.editingProperty()).root());
        preview.setFitToWidth(true);
        preview.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setRight(preview);
        root.getStyleClass().add("activities-page");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && !editor.saveButton().isDisabled() && editor.saveButton().isVisible()) {
                e.consume();
                model.save();
            }
        });
    }

    private Node side(AdminSession session) {
        Button add = new Button(text("activities.newActivityButton"));
        add.setId("newActivity");
        add.setMaxWidth(Double.MAX_VALUE);
        add.visibleProperty().bind(session.ownerProperty());
        add.managedProperty().bind(session.ownerProperty());
        add.setOnAction(e -> model.startNew());
        list.setId("activityList");
        list.setPlaceholder(label(text("activities.noActivities"), "hint"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityDetails activity, boolean empty) {
                super.updateItem(activity, empty);
                getStyleClass().remove("archived");
                if (empty || activity == null) {
                    setText(null);
                    return;
                }
                setText(activity.active() ? activity.name() : text("activities.archivedName", activity.name()));
                if (!activity.active()) {
                    getStyleClass().add("archived");
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && !model.open(now)) {
                // The member keeps their edits: the list goes back to what the form shows.
                Platform.runLater(this::syncSelection);
            }
        });
        model.activities().addListener((ListChangeListener<ActivityDetails>) c -> {
            syncing = true;
            try {
                shown.setAll(model.activities());
            } finally {
                syncing = false;
            }
            syncSelection();
        });
        model.currentProperty().addListener((o, was, now) -> syncSelection());
        model.creatingProperty().addListener((o, was, now) -> syncSelection());
        Label problem = label("", "error");
        problem.setId("activityListProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.listProblemProperty());
        VBox side = new VBox(8, label(text("activities.title"), "heading"), add, list, problem);
        side.setPrefWidth(230);
        side.setMinWidth(200);
        return side;
    }

    /** Scrolls a control reached with Tab into view: a ScrollPane does not follow the focus by itself. */
    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        Node up = focused;
        while (up != null && up != content) {
            up = up.getParent();
        }
        if (up == null) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double hidden = contentHeight - viewHeight;
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double margin = 24;
        if (node.getMinY() - margin < top) {
            top = node.getMinY() - margin;
        } else if (node.getMaxY() + margin > top + viewHeight) {
            top = node.getMaxY() + margin - viewHeight;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }

    /** Selects the activity the form shows (none while a new one is edited). */
    private void syncSelection() {
        ActivityDetails open = model.currentProperty().get();
        syncing = true;
        try {
            int index = -1;
            for (int i = 0; open != null && i < shown.size(); i++) {
                if (Objects.equals(shown.get(i).id(), open.id())) {
                    index = i;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** The page's state, for tests that check more than the screen shows. */
    public ActivitiesModel model() {
        return model;
    }

    @Override
    public String title() {
        return text("activities.title");
    }

    @Override
    public String id() {
        return "activities";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public boolean mayLeave() {
        return model.mayLeave();
    }
}
