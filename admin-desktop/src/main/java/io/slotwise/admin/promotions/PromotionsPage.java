package io.slotwise.admin.promotions;

import static io.slotwise.admin.core.FormFields.label;
import static io.slotwise.admin.core.FormFields.withError;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PromoCode;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Promotions (owners): the venue's promo codes with how often each was used and is held now, a
 * form for a new one, and switching a code off (holds that have it keep their discount).
 */
public final class PromotionsPage implements Page {

    private final PromoCodesModel model;
    private final DateTimeFormatter day = Texts.dates("promotions.format.day");
    private final HBox root;

    public PromotionsPage(AdminSession session) {
        this.model = new PromoCodesModel(session);
        TableView<PromoCode> table = table();
        Button toggle = new Button(text("promotions.switchOff"));
        toggle.setId("togglePromoCode");
        toggle.setDisable(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, code) -> {
            toggle.setDisable(code == null);
            toggle.setText(text(code == null || code.active() ? "promotions.switchOff" : "promotions.switchOn"));
        });
        toggle.setOnAction(e -> {
            PromoCode code = table.getSelectionModel().getSelectedItem();
            if (code != null) {
                model.setActive(code, !code.active());
            }
        });
        Label heading = new Label(text("promotions.codes"));
        heading.getStyleClass().add("heading");
        Label message = new Label();
        message.setId("promotionsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox list = new VBox(8, heading, table, new HBox(8, toggle), message);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        root = new HBox(16, list, form());
    }

    private TableView<PromoCode> table() {
        TableView<PromoCode> table = new TableView<>(model.codes());
        table.setId("promoCodes");
        table.setPlaceholder(new Label(text("promotions.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text("promotions.code"), PromoCode::code));
        table.getColumns().add(column(text("promotions.discount"), c -> c.percentOff() != null
                ? text("promotions.percentOff", String.valueOf(c.percentOff())) : Texts.money(c.amountOff(), model.currency())));
        table.getColumns().add(column(text("promotions.valid"), this::validity));
        table.getColumns().add(column(text("promotions.uses"), c -> c.maxUses() == null ? String.valueOf(c.uses())
                : text("promotions.usesOf", String.valueOf(c.uses()), String.valueOf(c.maxUses()))));
        table.getColumns().add(column(text("promotions.held"), c -> String.valueOf(c.held())));
        table.getColumns().add(column(text("promotions.state"), c -> text(c.active() ? "promotions.active" : "promotions.off")));
        return table;
    }

    /** "always", "from 1 Jun 2027", "until 31 Aug 2027", "1 Jun 2027 – 31 Aug 2027". */
    private String validity(PromoCode code) {
        if (code.validFrom() == null) {
            return code.validTo() == null ? text("promotions.always") : text("promotions.until", day.format(code.validTo()));
        }
        return code.validTo() == null ? text("promotions.from", day.format(code.validFrom()))
                : text("promotions.between", day.format(code.validFrom()), day.format(code.validTo()));
    }

    private static TableColumn<PromoCode, String> column(String title, Function<PromoCode, String> value) {
        TableColumn<PromoCode, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private Node form() {
        Label heading = new Label(text("promotions.newCode"));
        heading.getStyleClass().add("heading");
        TextField code = field("newPromoCode", text("promotions.codePrompt"));
        ComboBox<PromoCodeForm.Kind> kind = new ComboBox<>();
        kind.setId("newPromoKind");
        kind.getItems().setAll(PromoCodeForm.Kind.values());
        kind.setValue(PromoCodeForm.Kind.PERCENT);
        kind.setButtonCell(kindCell());
        kind.setCellFactory(v -> kindCell());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        TextField value = field("newPromoValue", "10");
        value.setPrefColumnCount(6);
        DatePicker from = new DatePicker();
        from.setId("newPromoFrom");
        DatePicker to = new DatePicker();
        to.setId("newPromoTo");
        TextField uses = field("newPromoUses", text("promotions.unlimited"));
        TextField perCustomer = field("newPromoPerCustomer", text("promotions.unlimited"));
        ListView<ActivityDetails> activities = new ListView<>(model.activities());
        activities.setId("newPromoActivities");
        activities.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        activities.setPrefHeight(110);
        activities.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityDetails activity, boolean empty) {
                super.updateItem(activity, empty);
                setText(empty || activity == null ? null : activity.name());
            }
        });
        Button create = new Button(text("promotions.create"));
        create.setId("createPromoCode");
        create.setDefaultButton(true);
        create.setOnAction(e -> model.create(PromoCodeForm.read(code.getText(), kind.getValue(), value.getText(), model.currency(),
                from.getValue(), to.getValue(), activities.getSelectionModel().getSelectedItems().stream().map(ActivityDetails::id).toList(),
                uses.getText(), perCustomer.getText()), () -> {
                    code.clear();
                    activities.getSelectionModel().clearSelection();
                }));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("promotions.code"), withError(code, "code", model.errors()));
        grid.addRow(row++, label("promotions.discount"), withError(new HBox(6, kind, value), "value", model.errors()));
        grid.addRow(row++, label("promotions.validFrom"), from);
        grid.addRow(row++, label("promotions.validTo"), withError(to, "validTo", model.errors()));
        grid.addRow(row++, label("promotions.maxUses"), withError(uses, "uses", model.errors()));
        grid.addRow(row++, label("promotions.maxUsesPerCustomer"), withError(perCustomer, "perCustomer", model.errors()));
        Label scope = new Label(text("promotions.activities"));
        scope.setWrapText(true);
        VBox box = new VBox(10, heading, grid, scope, activities, create);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setPrefWidth(420);
        box.setMinWidth(380);
        return box;
    }

    private ListCell<PromoCodeForm.Kind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PromoCodeForm.Kind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null
                        : kind == PromoCodeForm.Kind.PERCENT ? text("promotions.percent") : text("promotions.amount", model.currency()));
            }
        };
    }


    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    @Override
    public String title() {
        return text("promotions.title");
    }

    @Override
    public String id() {
        return "promotions";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }
}
