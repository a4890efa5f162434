package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.Webhook;
import io.slotwise.common.api.WebhookDelivery;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Webhooks tab of Settings: for integrators' systems that want the venue's events. */
final class WebhooksView {

    private final VBox root;

    WebhooksView(WebhooksModel model) {
        TextField url = new TextField();
        url.setId("webhookUrl");
        url.setPromptText("https://example.com/hooks/slotwise");
        url.textProperty().bindBidirectional(model.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        FlowPane events = new FlowPane(10, 6);
        for (String event : WebhooksModel.EVENTS) {
            CheckBox box = new CheckBox(event);
            box.setId("event-" + event.replace('.', '-'));
            box.setSelected(model.events().contains(event));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.events().add(event);
                } else {
                    model.events().remove(event);
                }
            });
            events.getChildren().add(box);
        }
        Button add = new Button(text("settings.webhooks.add"));
        add.setId("addWebhook");
        add.disableProperty().bind(model.urlProperty().isEmpty());
        add.setOnAction(e -> model.add());
        HBox addRow = new HBox(8, url, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Node secret = OnceShownToken.box("webhook", Bindings.createStringBinding(() -> text("settings.webhooks.secret")),
                model.secretProperty(), text("settings.webhooks.secretNote"));

        ListView<Webhook> list = new ListView<>(model.webhooks());
        list.setId("webhookList");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(text("settings.webhooks.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Webhook w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.url() + "  ·  " + String.join(", ", w.events()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        Button test = new Button(text("settings.webhooks.sendTest"));
        test.setId("testWebhook");
        test.disableProperty().bind(model.selectedProperty().isNull());
        test.setOnAction(e -> model.sendTest());
        Button refresh = new Button(text("settings.webhooks.refreshDeliveries"));
        refresh.setId("refreshDeliveries");
        refresh.disableProperty().bind(model.selectedProperty().isNull());
        refresh.setOnAction(e -> model.loadDeliveries());
        Button remove = new Button(text("settings.remove"));
        remove.setId("removeWebhook");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.remove());
        ListView<WebhookDelivery> deliveries = new ListView<>(model.deliveries());
        deliveries.setId("webhookDeliveries");
        deliveries.setPrefHeight(160);
        deliveries.setPlaceholder(new Label(text("settings.webhooks.chooseOne")));
        deliveries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WebhookDelivery d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : WebhooksModel.describe(d));
            }
        });
        Label message = new Label();
        message.setId("webhookMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label intro = new Label(text("settings.webhooks.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        root = new VBox(10, StaffView.heading(text("settings.webhooks.title")), intro, addRow, events, secret, message, list,
                new HBox(8, test, refresh, remove), new Label(text("settings.webhooks.deliveries")), deliveries);
        root.getStyleClass().add("card");
        root.setMaxWidth(760);
    }

    VBox root() {
        return root;
    }
}
