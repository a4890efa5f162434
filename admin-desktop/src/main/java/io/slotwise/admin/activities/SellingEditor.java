package io.slotwise.admin.activities;

import static io.slotwise.admin.activities.Controls.field;
import static io.slotwise.admin.activities.Controls.label;
import static io.slotwise.admin.activities.Controls.withError;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.Resource;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "How it sells": shared seats or a private room; ticket categories or a price per group size;
 * the shared rooms, lanes or guides its sessions use and the reset time after each; its picture.
 */
final class SellingEditor {

    private final ActivityForm form;
    private final SellingForm selling;
    private final ObservableMap<String, String> errors;
    private final BooleanExpression editable;
    private final VBox prices = new VBox(6);
    private final FlowPane resourceBoxes = new FlowPane(12, 6);
    private final VBox root;

    SellingEditor(ActivitiesModel model, BooleanExpression editable) {
        this.form = model.form();
        this.selling = form.selling();
        this.errors = model.errors();
        this.editable = editable;
        ComboBox<BookingMode> mode = new ComboBox<>();
        mode.getItems().setAll(BookingMode.SHARED, BookingMode.PRIVATE);
        mode.setId("bookingMode");
        mode.setCellFactory(v -> modeCell());
        mode.setButtonCell(modeCell());
        mode.valueProperty().bindBidirectional(selling.modeProperty());
        mode.disableProperty().bind(editable.not());
        TextField buffer = field("bufferMinutes", "0", 5);
        buffer.textProperty().bindBidirectional(selling.bufferProperty());
        buffer.disableProperty().bind(editable.not());
        TextField image = field("imageUrl", text("activities.imageUrlPrompt"), 24);
        image.textProperty().bindBidirectional(selling.imageUrlProperty());
        image.disableProperty().bind(editable.not());

        GridPane grid = Controls.formGrid();
        grid.addRow(0, new Label(text("activities.soldAs")), withError(mode, "bookingMode", errors));
        grid.addRow(1, new Label(text("activities.bufferMinutes")), withError(buffer, "bufferMinutes", errors));
        grid.addRow(2, new Label(text("activities.picture")), withError(image, "imageUrl", errors));
        Label resourcesHint = hint(text("activities.resourcesHint"));
        resourceBoxes.setId("activityResources");

        selling.modeProperty().addListener((o, was, now) -> drawPrices());
        selling.categories().addListener((ListChangeListener<SellingForm.CategoryRow>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved()) && !c.wasUpdated()) {
                drawPrices();
            }
        });
        selling.groupPrices().addListener((MapChangeListener<Integer, String>) c -> {
            // Another activity loaded: its prices go into the fields already there.
            if (prices.lookup("#groupPrice-" + c.getKey()) instanceof TextField shown) {
                String now = c.wasAdded() ? c.getValueAdded() : "";
                if (!shown.getText().equals(now)) {
                    shown.setText(now);
                }
            }
        });
        form.minPartyProperty().addListener((o, was, now) -> drawPrices());
        form.maxPartyProperty().addListener((o, was, now) -> drawPrices());
        model.resources().addListener((ListChangeListener<Resource>) c -> drawResources(model));
        selling.resources().addListener((javafx.collections.SetChangeListener<java.util.UUID>) c -> resourceBoxes.getChildren().stream()
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast)
                .forEach(box -> box.setSelected(selling.resources().contains(box.getUserData()))));
        drawPrices();
        drawResources(model);
        root = new VBox(10, label(text("activities.howItSells"), "heading"), grid, prices,
                label(text("activities.sharedResources"), "subheading"), resourcesHint,
                withError(resourceBoxes, "resourceIds", errors));
        root.getStyleClass().add("card");
    }

    Node root() {
        return root;
    }

    private void drawPrices() {
        prices.getChildren().clear();
        if (selling.modeProperty().get() == BookingMode.PRIVATE) {
            drawGroupPrices();
        } else {
            drawCategories();
        }
    }

    private void drawGroupPrices() {
        Label hint = hint(text("activities.groupPricesHint"));
        prices.getChildren().addAll(label(text("activities.pricePerGroup"), "subheading"), hint);
        int[] limits = form.partyLimits();
        if (limits == null) {
            prices.getChildren().add(hint(text("activities.partyLimitsFirst")));
            return;
        }
        GridPane grid = Controls.formGrid();
        for (int size = limits[0]; size <= limits[1]; size++) {
            int n = size;
            TextField price = field("groupPrice-" + n, "", 8);
            price.setText(selling.groupPrices().getOrDefault(n, ""));
            price.textProperty().addListener((o, was, now) -> {
                // Emptied because the prices were cleared (another activity is loading): nothing to write back.
                if (!(now.isEmpty() && !selling.groupPrices().containsKey(n)) && !now.equals(selling.groupPrices().get(n))) {
                    selling.groupPrices().put(n, now);
                }
            });
            price.disableProperty().bind(editable.not());
            grid.addRow(size - limits[0], new Label(text("activities.groupSize", n)), price);
        }
        prices.getChildren().add(withError(grid, "groupPrices", errors));
    }

    private void drawCategories() {
        Label hint = hint(text("activities.categoriesHint"));
        prices.getChildren().addAll(label(text("activities.ticketCategories"), "subheading"), hint);
        for (int i = 0; i < selling.categories().size(); i++) {
            SellingForm.CategoryRow row = selling.categories().get(i);
            TextField code = field("categoryCode-" + i, text("activities.categoryCodePrompt"), 8);
            code.textProperty().bindBidirectional(row.code);
            TextField name = field("categoryName-" + i, text("activities.categoryNamePrompt"), 14);
            name.textProperty().bindBidirectional(row.name);
            TextField price = field("categoryPrice-" + i, text("activities.categoryPricePrompt"), 7);
            price.textProperty().bindBidirectional(row.price);
            Button remove = new Button(text("activities.remove"));
            remove.setId("removeCategory-" + i);
            remove.setOnAction(e -> selling.categories().remove(row));
            for (Node control : new Node[] {code, name, price, remove}) {
                control.disableProperty().bind(editable.not());
            }
            HBox line = new HBox(6, withError(code, "priceCategories[" + i + "].code", errors),
                    withError(name, "priceCategories[" + i + "].name", errors),
                    withError(price, "priceCategories[" + i + "].price", errors), remove);
            line.setAlignment(Pos.TOP_LEFT);
            prices.getChildren().add(line);
        }
        Button add = new Button(text("activities.addCategory"));
        add.setId("addCategory");
        add.setOnAction(e -> selling.categories().add(new SellingForm.CategoryRow()));
        add.disableProperty().bind(editable.not());
        prices.getChildren().add(withError(add, "priceCategories", errors));
    }

    private void drawResources(ActivitiesModel model) {
        resourceBoxes.getChildren().clear();
        if (model.resources().isEmpty()) {
            resourceBoxes.getChildren().add(hint(text("activities.noResources")));
            return;
        }
        for (Resource resource : model.resources()) {
            CheckBox box = new CheckBox(resource.name());
            box.setId("resource-" + resource.id());
            box.setUserData(resource.id());
            box.setSelected(selling.resources().contains(resource.id()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    selling.resources().add(resource.id());
                } else {
                    selling.resources().remove(resource.id());
                }
            });
            box.disableProperty().bind(editable.not());
            resourceBoxes.getChildren().add(box);
        }
    }

    /** A hint that wraps within the editor's width instead of widening it. */
    private static Label hint(String text) {
        Label hint = label(text, "hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        return hint;
    }

    private static ListCell<BookingMode> modeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BookingMode mode, boolean empty) {
                super.updateItem(mode, empty);
                setText(empty || mode == null ? null : mode == BookingMode.PRIVATE
                        ? text("activities.modePrivate") : text("activities.modeShared"));
            }
        };
    }
}
