package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;
import static io.slotwise.admin.shell.MainView.cells;

import io.slotwise.common.api.StaffSessionView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Move to another time": a day, its times with room for the party, and Move. */
final class ReschedulePane extends VBox {

    ReschedulePane(RescheduleModel model) {
        super(4);
        Label heading = new Label(text("bookings.moveHeading"));
        heading.getStyleClass().add("subheading");
        DatePicker day = new DatePicker();
        day.setId("moveDate");
        day.setPrefWidth(130);
        day.valueProperty().bindBidirectional(model.dateProperty());
        ComboBox<StaffSessionView> time = new ComboBox<>(model.sessions());
        time.setId("moveSession");
        time.valueProperty().bindBidirectional(model.targetProperty());
        cells(time, model::describe);
        Button move = new Button(text("bookings.move"));
        move.setId("moveBooking");
        move.disableProperty().bind(model.targetProperty().isNull());
        move.setOnAction(e -> model.move());
        Label message = new Label();
        message.setId("moveMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox row = new HBox(6, day, time, move);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, row, message);
        visibleProperty().bind(model.movableProperty());
        managedProperty().bind(visibleProperty());
    }
}
