package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.label;

import io.slotwise.common.api.SchedulePreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The slots the schedule being edited would make in a chosen week, day by day, as the member types. */
final class PreviewPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final VBox root = new VBox(8);
    private final VBox days = new VBox(6);

    PreviewPane(SchedulePreviewModel model, ObservableBooleanValue shown) {
        DatePicker week = new DatePicker();
        week.setId("previewWeek");
        // Not bound both ways: the model turns any chosen day into its Monday, which a
        // bidirectional binding would not carry back to the picker while it is updating.
        week.setValue(model.weekProperty().get());
        week.valueProperty().addListener((o, was, day) -> {
            model.showWeek(day);
            LocalDate monday = model.weekProperty().get();
            if (day != null && !day.equals(monday)) {
                week.setValue(monday); // another day of the week already previewed
            }
        });
        model.weekProperty().addListener((o, was, monday) -> week.setValue(monday));
        week.setPrefWidth(140);
        Button previous = new Button("◀");
        previous.setId("previousWeek");
        previous.setAccessibleText("Previous week");
        previous.setOnAction(e -> model.showWeek(model.weekProperty().get().minusWeeks(1)));
        Button next = new Button("▶");
        next.setId("nextWeek");
        next.setAccessibleText("Next week");
        next.setOnAction(e -> model.showWeek(model.weekProperty().get().plusWeeks(1)));
        previous.disableProperty().bind(model.weekProperty().isNull());
        next.disableProperty().bind(model.weekProperty().isNull());
        HBox chooser = new HBox(6, previous, week, next);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label problem = label("", "hint");
        problem.setId("previewProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        days.setId("previewSlots");
        model.days().addListener((ListChangeListener<SchedulePreviewModel.PreviewDay>) c -> show(model));
        root.getChildren().addAll(label("Slots in the week of", "heading"), chooser, problem, days);
        root.getStyleClass().addAll("card", "schedule-preview");
        root.setPrefWidth(300);
        root.setMinWidth(260);
        root.visibleProperty().bind(shown);
    }

    private void show(SchedulePreviewModel model) {
        days.getChildren().clear();
        for (SchedulePreviewModel.PreviewDay day : model.days()) {
            FlowPane slots = new FlowPane(4, 4);
            slots.setId("preview-" + day.date().getDayOfWeek());
            for (SchedulePreview.Slot slot : day.slots()) {
                Label time = label(TIME.format(slot.start()), "slot");
                time.setAccessibleText(TIME.format(slot.start()) + " to " + TIME.format(slot.end()));
                if (slot.collidesWith() != null) {
                    // Only one of the two can be sold: the owner sees which, before generating.
                    time.getStyleClass().add("collides");
                    time.setText(TIME.format(slot.start()) + " !");
                    time.setTooltip(new javafx.scene.control.Tooltip("Collides with " + slot.collidesWith()));
                    time.setAccessibleText(time.getAccessibleText() + ", collides with " + slot.collidesWith());
                }
                slots.getChildren().add(time);
            }
            if (day.slots().isEmpty()) {
                slots.getChildren().add(label("closed", "hint"));
            }
            Label heading = label(DAY.format(day.date()), "preview-day");
            days.getChildren().add(new VBox(2, heading, slots));
        }
    }

    Node root() {
        return root;
    }
}
