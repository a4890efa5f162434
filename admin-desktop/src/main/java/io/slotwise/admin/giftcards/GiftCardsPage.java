package io.slotwise.admin.giftcards;

import static io.slotwise.admin.core.FormFields.label;
import static io.slotwise.admin.core.FormFields.withError;
import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.ExportFolder;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardDetails;
import io.slotwise.common.api.GiftCardMovement;
import io.slotwise.common.api.PaymentMethod;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Gift cards (all staff): the venue's cards with what is left on each, one card's ledger, selling
 * a card at the desk (cash or card), and for owners the export of what the venue owes on them.
 */
public final class GiftCardsPage implements Page {

    private final AdminSession session;
    private final GiftCardsModel model;
    private final ExportFolder exports;
    private final DateTimeFormatter day = Texts.dates("giftCards.format.day");
    private final DateTimeFormatter moment = Texts.dates("giftCards.format.moment");
    private final HBox root;

    public GiftCardsPage(AdminSession session, ExportFolder exports) {
        this.session = session;
        this.exports = exports;
        this.model = new GiftCardsModel(session);
        TableView<GiftCard> table = table();
        ListView<String> ledger = new ListView<>();
        ledger.setId("giftCardLedger");
        ledger.setPlaceholder(new Label(text("giftCards.pickOne")));
        ledger.setPrefHeight(160);
        model.selectedProperty().addListener((o, was, card) -> ledger.setItems(FXCollections.observableArrayList(
                card == null ? java.util.List.of() : card.ledger().stream().map(m -> line(card, m)).toList())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, card) -> model.show(card));
        Label heading = new Label(text("giftCards.title"));
        heading.getStyleClass().add("heading");
        Label ledgerHeading = new Label(text("giftCards.ledger"));
        ledgerHeading.getStyleClass().add("heading");
        Button export = new Button(text("giftCards.export"));
        export.setId("exportLiabilities");
        export.visibleProperty().bind(session.ownerProperty());
        export.managedProperty().bind(export.visibleProperty());
        export.setOnAction(e -> exports.choose(export.getScene().getWindow()).ifPresent(model::exportLiabilities));
        Label message = new Label();
        message.setId("giftCardsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox list = new VBox(8, heading, table, export, ledgerHeading, ledger, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        root = new HBox(16, list, form());
    }

    private TableView<GiftCard> table() {
        TableView<GiftCard> table = new TableView<>(model.cards());
        table.setId("giftCardTable");
        table.setPlaceholder(new Label(text("giftCards.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<GiftCard, String> code = column(text("giftCards.code"), GiftCard::code);
        code.setMinWidth(175); // the whole code, to read it out to a customer
        table.getColumns().add(code);
        table.getColumns().add(column(text("giftCards.soldOn"), c -> day.format(c.createdAt().atZone(session.zone()))));
        table.getColumns().add(column(text("giftCards.value"), c -> Texts.money(c.initialAmount(), c.currency())));
        table.getColumns().add(column(text("giftCards.balance"), c -> Texts.money(c.balance(), c.currency())));
        table.getColumns().add(column(text("giftCards.reserved"), c -> c.reserved() == 0 ? "" : Texts.money(c.reserved(), c.currency())));
        table.getColumns().add(column(text("giftCards.expires"), c -> c.expiresAt() == null ? text("giftCards.never") : day.format(c.expiresAt())));
        table.getColumns().add(column(text("giftCards.state"), this::state));
        return table;
    }

    private String state(GiftCard card) {
        if (!card.active()) {
            return text("giftCards.awaitingPayment");
        }
        if (card.expiresAt() != null && session.today().isAfter(card.expiresAt())) {
            return text("giftCards.expired");
        }
        return text(card.balance() == 0 ? "giftCards.spent" : "giftCards.open");
    }

    /** "3 Dec 2026 14:02 · Redeemed SW-7K3M9Q · −30.00 EUR · left 20.00 EUR". */
    private String line(GiftCardDetails card, GiftCardMovement movement) {
        String currency = card.card().currency();
        String kind = switch (movement.kind()) {
            case "REDEEMED" -> text("giftCards.kind.REDEEMED");
            case "REFUNDED" -> text("giftCards.kind.REFUNDED");
            default -> text("giftCards.kind.ISSUED");
        };
        String what = kind + (movement.bookingNumber() == null ? "" : " " + movement.bookingNumber());
        String amount = (movement.amount() > 0 ? "+" : "−") + Texts.money(Math.abs(movement.amount()), currency);
        return moment.format(movement.at().atZone(session.zone())) + " · " + what + " · " + amount + " · "
                + text("giftCards.left", Texts.money(movement.balanceAfter(), currency));
    }

    private static TableColumn<GiftCard, String> column(String title, Function<GiftCard, String> value) {
        TableColumn<GiftCard, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private Node form() {
        Label heading = new Label(text("giftCards.sell"));
        heading.getStyleClass().add("heading");
        TextField amount = new TextField();
        amount.setId("giftCardAmount");
        amount.setPromptText("50");
        DatePicker expires = new DatePicker();
        expires.setId("giftCardExpires");
        TextField recipient = new TextField();
        recipient.setId("giftCardRecipient");
        recipient.setPromptText(text("giftCards.recipientPrompt"));
        ToggleGroup paidBy = new ToggleGroup();
        RadioButton cash = new RadioButton(text("giftCards.cash"));
        cash.setId("giftCardCash");
        cash.setToggleGroup(paidBy);
        cash.setUserData(PaymentMethod.CASH);
        cash.setSelected(true);
        RadioButton card = new RadioButton(text("giftCards.card"));
        card.setId("giftCardByCard");
        card.setToggleGroup(paidBy);
        card.setUserData(PaymentMethod.CARD);
        Button sell = new Button(text("giftCards.sellButton"));
        sell.setId("sellGiftCard");
        sell.setDefaultButton(true);
        sell.setOnAction(e -> model.sell(GiftCardForm.read(amount.getText(), model.currency(), expires.getValue(), session.today(),
                recipient.getText(), (PaymentMethod) paidBy.getSelectedToggle().getUserData()), () -> {
                    amount.clear();
                    expires.setValue(null);
                    recipient.clear();
                }));
        // The code of the card just sold, to hand over or write on the voucher: selectable, in large type.
        TextField sold = new TextField();
        sold.setId("soldGiftCardCode");
        sold.setEditable(false);
        sold.getStyleClass().add("gift-card-code");
        sold.textProperty().bind(model.soldCodeProperty());
        sold.visibleProperty().bind(model.soldCodeProperty().isNotEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("giftCards.amount"), withError(amount, "amount", model.errors()));
        grid.addRow(row++, label("giftCards.expiresAt"), withError(expires, "expiresAt", model.errors()));
        grid.addRow(row++, label("giftCards.recipient"), withError(recipient, "recipientEmail", model.errors()));
        grid.addRow(row++, label("giftCards.paidBy"), new HBox(12, cash, card));
        Label hint = new Label(text("giftCards.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(10, heading, grid, sell, hint, sold);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setPrefWidth(400);
        box.setMinWidth(360);
        return box;
    }

    @Override
    public String title() {
        return text("giftCards.title");
    }

    @Override
    public String id() {
        return "giftCards";
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
