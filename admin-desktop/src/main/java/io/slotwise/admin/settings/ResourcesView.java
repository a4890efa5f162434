package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.Resource;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Resources tab of Settings: rooms, lanes and guides that several activities share. */
final class ResourcesView {

    private final VBox root;
    private final VBox list = new VBox(6);

    ResourcesView(ResourcesModel model) {
        Label hint = new Label(text("settings.resources.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        TextField name = new TextField();
        name.setId("resourceName");
        name.setPromptText(text("settings.resources.namePrompt"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.setOnAction(e -> model.add());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(text("settings.resources.add"));
        add.setId("addResource");
        add.setOnAction(e -> model.add());
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("resourcesMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        list.setId("resourceList");
        model.resources().addListener((javafx.collections.ListChangeListener<Resource>) c -> draw(model));
        draw(model);
        root = new VBox(12, hint, addRow, message, list);
    }

    private void draw(ResourcesModel model) {
        list.getChildren().clear();
        if (model.resources().isEmpty()) {
            list.getChildren().add(new Label(text("settings.resources.none")));
        }
        for (Resource resource : model.resources()) {
            TextField name = new TextField(resource.name());
            name.setId("resourceName-" + resource.id());
            HBox.setHgrow(name, Priority.ALWAYS);
            Button rename = new Button(text("settings.resources.rename"));
            rename.setId("renameResource-" + resource.id());
            rename.setOnAction(e -> model.rename(resource, name.getText()));
            name.setOnAction(e -> model.rename(resource, name.getText()));
            Button remove = new Button(text("settings.remove"));
            remove.setId("removeResource-" + resource.id());
            remove.setOnAction(e -> model.remove(resource));
            HBox row = new HBox(8, name, rename, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    Node root() {
        return root;
    }
}
