package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.field;
import static io.slotwise.admin.activities.Controls.label;
import static io.slotwise.admin.activities.Controls.withError;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The open activity's details and schedule, with Save, Archive and Bring back for owners. */
final class ActivityEditor {

    private final VBox header = new VBox(4);
    private final VBox body = new VBox(12);
    private final Node actions;
    private final Button save = new Button(text("activities.save"));

    ActivityEditor(ActivitiesModel model, BooleanExpression owner) {
        ActivityForm form = model.form();
        ObservableMap<String, String> errors = model.errors();
        BooleanBinding editable = model.canEditProperty();

        Label heading = label("", "heading");
        heading.setId("activityHeading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            ActivityDetails open = model.currentProperty().get();
            String name = model.creatingProperty().get() ? text("activities.newActivity") : open == null ? "" : open.name();
            if (open != null && !open.active()) {
                name = text("activities.archivedName", name);
            }
            return name + (form.isDirty() ? " *" : "");
        }, model.currentProperty(), model.creatingProperty(), form.dirtyProperty()));
        Label readOnly = label(text("activities.ownerOnly"), "hint");
        readOnly.setId("readOnlyHint");
        readOnly.visibleProperty().bind(owner.not().and(model.editingProperty()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        header.getChildren().addAll(heading, readOnly);
        body.getChildren().addAll(details(form, errors, editable), new SellingEditor(model, editable).root(),
                new ScheduleEditor(form.schedule(), form.durationProperty(), errors, editable).root());
        actions = actions(model, owner);
        for (Node part : new Node[] {header, body, actions}) {
            part.visibleProperty().bind(model.editingProperty());
        }
    }

    private Node details(ActivityForm form, ObservableMap<String, String> errors, BooleanExpression editable) {
        TextField name = bound(field("activityName", text("activities.namePrompt"), 24), form.nameProperty(), editable);
        ComboBox<PaymentMode> payment = new ComboBox<>();
        payment.getItems().setAll(PaymentMode.PAY_AT_VENUE, PaymentMode.PREPAY);
        payment.setId("paymentMode");
        payment.setPrefWidth(200);
        // Cells before the value: a button cell set later does not show the value already there.
        payment.setCellFactory(v -> paymentCell());
        payment.setButtonCell(paymentCell());
        payment.valueProperty().bindBidirectional(form.paymentModeProperty());
        payment.disableProperty().bind(editable.not());
        TextArea description = new TextArea();
        description.setId("activityDescription");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        description.disableProperty().bind(editable.not());
        TextField bring = bound(field("whatToBring", text("activities.whatToBringPrompt"), 24),
                form.whatToBringProperty(), editable);
        TextField price = bound(field("activityPrice", text("activities.pricePrompt"), 8), form.priceProperty(), editable);
        TextField currency = bound(field("activityCurrency", "EUR", 4), form.currencyProperty(), editable);
        TextField duration = bound(field("duration", "60", 5), form.durationProperty(), editable);
        TextField capacity = bound(field("activityCapacity", "8", 5), form.capacityProperty(), editable);
        TextField minParty = bound(field("minParty", "1", 4), form.minPartyProperty(), editable);
        TextField maxParty = bound(field("maxParty", "8", 4), form.maxPartyProperty(), editable);

        // Added row by row, so Tab goes through the form in reading order.
        GridPane grid = Controls.formGrid();
        grid.add(new Label(text("activities.name")), 0, 0);
        grid.add(withError(name, "name", errors), 1, 0, 3, 1);
        grid.add(new Label(text("activities.description")), 0, 1);
        grid.add(withError(description, "description", errors), 1, 1, 3, 1);
        grid.add(new Label(text("activities.whatToBring")), 0, 2);
        grid.add(withError(bring, "whatToBring", errors), 1, 2, 3, 1);
        grid.addRow(3, new Label(text("activities.price")), withError(price, "price", errors),
                new Label(text("activities.currency")), withError(currency, "currency", errors));
        grid.addRow(4, new Label(text("activities.duration")), withError(duration, "durationMinutes", errors),
                new Label(text("activities.capacity")), withError(capacity, "capacity", errors));
        grid.addRow(5, new Label(text("activities.minParty")), withError(minParty, "minPartySize", errors),
                new Label(text("activities.maxParty")), withError(maxParty, "maxPartySize", errors));
        grid.add(new Label(text("activities.payment")), 0, 6);
        grid.add(withError(payment, "paymentMode", errors), 1, 6, 3, 1);
        VBox card = new VBox(10, label(text("activities.details"), "heading"), grid);
        card.getStyleClass().add("card");
        return card;
    }

    private Node actions(ActivitiesModel model, BooleanExpression owner) {
        save.setId("saveActivity");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.canEditProperty().not()
                .or(model.form().dirtyProperty().not().and(model.creatingProperty().not())));
        BooleanBinding active = Bindings.createBooleanBinding(
                () -> model.currentProperty().get() != null && model.currentProperty().get().active(), model.currentProperty());
        BooleanBinding archived = Bindings.createBooleanBinding(
                () -> model.currentProperty().get() != null && !model.currentProperty().get().active(), model.currentProperty());
        Button archive = new Button(text("activities.archive"));
        archive.setId("archiveActivity");
        archive.setOnAction(e -> model.archive());
        archive.visibleProperty().bind(owner.and(active));
        archive.managedProperty().bind(archive.visibleProperty());
        Button restore = new Button(text("activities.bringBack"));
        restore.setId("restoreActivity");
        restore.setOnAction(e -> model.restore());
        restore.visibleProperty().bind(owner.and(archived));
        restore.managedProperty().bind(restore.visibleProperty());
        save.visibleProperty().bind(owner);
        save.managedProperty().bind(owner);
        Label message = new Label();
        message.setId("activityMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsProblemProperty().addListener((o, was, problem) -> {
            message.getStyleClass().removeAll("error", "hint");
            message.getStyleClass().add(problem ? "error" : "hint");
        });
        Label shortcut = label(text("activities.saveShortcut"), "hint");
        shortcut.visibleProperty().bind(owner);
        HBox row = new HBox(10, save, archive, restore, shortcut);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, row, message);
        box.getStyleClass().add("activity-actions");
        return box;
    }

    private static TextField bound(TextField field, javafx.beans.property.StringProperty value, BooleanExpression editable) {
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(editable.not());
        return field;
    }

    private static ListCell<PaymentMode> paymentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PaymentMode mode, boolean empty) {
                super.updateItem(mode, empty);
                setText(empty || mode == null ? null : mode == PaymentMode.PREPAY
                        ? text("activities.paymentPrepay") : text("activities.paymentAtVenue"));
            }
        };
    }

    Button saveButton() {
        return save;
    }

    /** The activity's name and whether it can be changed. */
    Node header() {
        return header;
    }

    /** Details and schedule: scrolled on a small window. */
    Node body() {
        return body;
    }

    /** Save, Archive, Bring back and what came of them: always in view. */
    Node actions() {
        return actions;
    }
}
