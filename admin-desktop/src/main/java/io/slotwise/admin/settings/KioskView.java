package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.KioskDevice;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The venue's kiosk devices: the list (revoked ones marked), creating one, whose token is shown
 * once in a box of its own with a Copy button, and revoking the chosen one.
 */
final class KioskView {

    private final VBox root;

    KioskView(KioskModel model) {
        ListView<KioskDevice> list = new ListView<>(model.devices());
        list.setId("kioskList");
        list.setPlaceholder(new Label(text("settings.kiosk.none")));
        list.setPrefHeight(220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(KioskDevice device, boolean empty) {
                super.updateItem(device, empty);
                getStyleClass().remove("revoked");
                if (empty || device == null) {
                    setText(null);
                    return;
                }
                if (device.revokedAt() != null) {
                    getStyleClass().add("revoked");
                    setText(text("settings.kiosk.revokedAt", device.name(), Forms.when(device.revokedAt(), model.zone())));
                } else {
                    setText(text("settings.kiosk.addedAt", device.name(), Forms.when(device.createdAt(), model.zone())));
                }
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        Button revoke = new Button(text("settings.kiosk.revokeButton"));
        revoke.setId("revokeKiosk");
        revoke.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().revokedAt() != null, selected));
        revoke.setOnAction(e -> model.revoke(selected.get()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.revoke(selected.get());
            }
        });

        TextField name = new TextField();
        name.setId("kioskName");
        name.setPromptText(text("settings.kiosk.namePrompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnAction(e -> model.create());
        Forms.markInvalid(name, model.errors(), "kioskName");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button(text("settings.kiosk.create"));
        create.setId("createKiosk");
        create.setOnAction(e -> model.create());
        HBox createRow = new HBox(8, name, create);
        createRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("kioskMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Label intro = new Label(text("settings.kiosk.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        VBox card = new VBox(10, StaffView.heading(text("settings.kiosk.title")), intro, list, revoke,
                new Label(text("settings.kiosk.newDevice")), createRow, Forms.errorLabel(model.errors(), "kioskName"), tokenBox(model),
                message);
        card.getStyleClass().add("card");
        card.setMaxWidth(760);
        root = new VBox(card);
    }

    private static Node tokenBox(KioskModel model) {
        var device = model.tokenDeviceProperty();
        return OnceShownToken.box("kiosk", Bindings.createStringBinding(() -> text("settings.kiosk.tokenFor", device.get()), device),
                model.tokenProperty(), text("settings.kiosk.tokenNote"));
    }

    Node root() {
        return root;
    }
}
