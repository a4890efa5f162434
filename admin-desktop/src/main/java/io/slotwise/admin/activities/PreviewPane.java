package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.label;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.SchedulePreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** In the language chosen at login, which comes after this class is loaded. */
    private final DateTimeFormatter dayFormat = Texts.dates("activities.format.previewDay");

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
        previous.setAccessibleText(text("activities.previousWeek"));
        previous.setOnAction(e -> model.showWeek(model.weekProperty().get().minusWeeks(1)));
        Button next = new Button("▶");
        next.setId("nextWeek");
        next.setAccessibleText(text("activities.nextWeek"));
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
        Label heading = label(text("activities.slotsInWeekOf"), "heading");
        heading.setWrapText(true);
        root.getChildren().addAll(heading, chooser, problem, days);
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
                String start = TIME.format(slot.start());
                String end = TIME.format(slot.end());
                Label time = label(start, "slot");
                time.setAccessibleText(text("activities.slotTime", start, end));
                if (slot.collidesWith() != null) {
                    // Only one of the two can be sold: the owner sees which, before generating.
                    time.getStyleClass().add("collides");
                    time.setText(start + " !");
                    time.setTooltip(new javafx.scene.control.Tooltip(text("activities.collidesWith", slot.collidesWith())));
                    time.setAccessibleText(text("activities.slotTimeCollides", start, end, slot.collidesWith()));
                }
                slots.getChildren().add(time);
            }
            if (day.slots().isEmpty()) {
                slots.getChildren().add(label(text("activities.closed"), "hint"));
            }
            Label heading = label(dayFormat.format(day.date()), "preview-day");
            days.getChildren().add(new VBox(2, heading, slots));
        }
    }

    Node root() {
        return root;
    }
}
