package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.errorLabel;
import static io.slotwise.admin.activities.Controls.field;
import static io.slotwise.admin.activities.Controls.label;
import static io.slotwise.admin.activities.Controls.withError;
import static io.slotwise.admin.activities.Controls.withSteadyError;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The schedule's controls: default opening hours and slot interval, then one row per weekday
 * (open or not, and hours of its own), then the closed dates. Every control edits the
 * {@link ScheduleForm}; server errors show under the control they concern.
 */
final class ScheduleEditor {

    private final VBox root = new VBox(10);

    ScheduleEditor(ScheduleForm form, javafx.beans.value.ObservableStringValue duration, ObservableMap<String, String> errors,
            BooleanExpression editable) {
        root.getStyleClass().add("card");
        root.getChildren().add(label(text("activities.schedule"), "heading"));

        TextField from = time("openFrom", form.openFromProperty(), editable);
        TextField until = time("openUntil", form.openUntilProperty(), editable);
        TextField interval = field("slotInterval", "60", 4);
        interval.textProperty().bindBidirectional(form.slotIntervalProperty());
        interval.disableProperty().bind(editable.not());
        GridPane hours = Controls.formGrid();
        hours.addRow(0, new Label(text("activities.openFrom")), new Label(text("activities.until")),
                new Label(text("activities.slotInterval")));
        hours.addRow(1, withSteadyError(from, "startTime", errors, 150), withSteadyError(until, "endTime", errors, 150),
                withSteadyError(interval, "slotInterval", errors, 150));
        root.getChildren().addAll(hours, overlapWarning(form, duration));

        root.getChildren().addAll(weekdays(form, errors, editable),
                errorLabel("operatingDays", errors), errorLabel("customHours", errors));
        root.getChildren().add(closedDates(form, errors, editable));
    }

    /**
     * Allowed, but worth a second look: slots closer together than a session lasts overlap. Right
     * for a tour several groups join; for a room it means the next group starts while one plays.
     */
    private static Label overlapWarning(ScheduleForm form, javafx.beans.value.ObservableStringValue duration) {
        Label warning = new Label();
        warning.setId("intervalWarning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.setMaxWidth(560);
        warning.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Integer every = form.interval().orElse(null);
            Integer lasts = wholeMinutes(duration.get());
            return every == null || lasts == null || every >= lasts ? "" : text("activities.overlapWarning", every, lasts);
        }, form.slotIntervalProperty(), duration));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    private static Integer wholeMinutes(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static GridPane weekdays(ScheduleForm form, ObservableMap<String, String> errors, BooleanExpression editable) {
        GridPane grid = Controls.formGrid();
        grid.addRow(0, label(text("activities.openOn"), "hint"), label(text("activities.ownHours"), "hint"),
                label(text("activities.from"), "hint"), label(text("activities.until"), "hint"));
        int row = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            String dayName = day.getDisplayName(TextStyle.FULL, Texts.locale());
            CheckBox open = new CheckBox(dayName);
            open.setId("day-" + day);
            open.selectedProperty().bindBidirectional(form.dayProperty(day));
            open.disableProperty().bind(editable.not());
            ScheduleForm.CustomDay own = form.custom(day);
            CheckBox custom = new CheckBox();
            custom.setId("custom-" + day);
            custom.setAccessibleText(text("activities.hasOwnHours", dayName));
            custom.selectedProperty().bindBidirectional(own.enabledProperty());
            // Own hours matter only on a day the activity runs.
            custom.disableProperty().bind(editable.not().or(open.selectedProperty().not()));
            TextField customFrom = time("customFrom-" + day, own.fromProperty(), editable);
            TextField customUntil = time("customUntil-" + day, own.untilProperty(), editable);
            customFrom.disableProperty().unbind();
            customFrom.disableProperty().bind(custom.disabledProperty().or(custom.selectedProperty().not()));
            customUntil.disableProperty().unbind();
            customUntil.disableProperty().bind(customFrom.disableProperty());
            // Under the day's row, across the grid: the columns keep their width whatever it says.
            Label error = errorLabel("custom-" + day, errors, customFrom, customUntil);
            grid.addRow(row, open, custom, customFrom, customUntil);
            grid.add(error, 0, row + 1, 4, 1);
            row += 2;
        }
        return grid;
    }

    private static Node closedDates(ScheduleForm form, ObservableMap<String, String> errors, BooleanExpression editable) {
        DateTimeFormatter dayFormat = Texts.dates("activities.format.closedDate");
        ListView<LocalDate> list = new ListView<>(form.closedDates());
        list.setId("closedDates");
        list.setPrefHeight(110);
        list.setPrefWidth(220);
        list.setPlaceholder(label(text("activities.noClosedDates"), "hint"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dayFormat.format(date));
            }
        });
        DatePicker picker = new DatePicker();
        picker.setId("closedDate");
        picker.setPromptText(text("activities.date"));
        picker.disableProperty().bind(editable.not());
        Button add = new Button(text("activities.addClosedDate"));
        add.setId("addClosedDate");
        add.disableProperty().bind(editable.not().or(picker.valueProperty().isNull().and(picker.getEditor().textProperty().isEmpty())));
        add.setOnAction(e -> {
            // A date typed and not yet committed (the click comes before the field loses focus) counts too.
            LocalDate date = typedOrPicked(picker);
            if (date == null) {
                errors.put("closedDates", text("activities.typeADate", picker.getConverter().toString(LocalDate.of(2027, 12, 24))));
            } else if (form.addClosedDate(date)) {
                errors.remove("closedDates");
                picker.setValue(null);
                picker.getEditor().clear();
            }
        });
        Button remove = new Button(text("activities.remove"));
        remove.setId("removeClosedDate");
        remove.disableProperty().bind(editable.not().or(list.getSelectionModel().selectedItemProperty().isNull()));
        remove.setOnAction(e -> form.removeClosedDate(list.getSelectionModel().getSelectedItem()));
        VBox controls = new VBox(6, picker, add, remove);
        HBox row = new HBox(10, list, controls);
        row.setAlignment(Pos.TOP_LEFT);
        return new VBox(4, new Label(text("activities.closedDates")), withError(row, "closedDates", errors));
    }

    private static LocalDate typedOrPicked(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return picker.getValue();
        }
        try {
            return picker.getConverter().fromString(typed.trim());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private static TextField time(String id, javafx.beans.property.StringProperty value, BooleanExpression editable) {
        TextField field = field(id, "HH:mm", 5);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(editable.not());
        return field;
    }

    Node root() {
        return root;
    }
}
