package io.slotwise.admin.desk;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.PaymentMismatch;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.VenueEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Kiosk customers on their way to the desk: who, what, how much, and how long their places
 * are still held; "Paid cash" or "Paid by card" books them in one click. Follows the venue's
 * hold events, so a new customer appears without a refresh.
 */
public final class DeskPage implements Page {

    /** "Fri 19:30", as the language writes it. */
    private final DateTimeFormatter time = Texts.dates("desk.format.time");
    private final AdminSession session;
    private final DeskModel model;
    private final VBox list = new VBox(8);
    private final VBox mismatches = new VBox(6);
    private final VBox root;

    public DeskPage(AdminSession session) {
        this.session = session;
        this.model = new DeskModel(session);
        Label heading = new Label(text("desk.heading"));
        heading.getStyleClass().add("heading");
        Label hint = new Label(text("desk.hint"));
        hint.getStyleClass().add("hint");
        Label message = new Label();
        message.setId("deskMessage");
        message.textProperty().bind(model.messageProperty());
        list.setId("deskList");
        mismatches.setId("paymentMismatches");
        root = new VBox(12, heading, hint, message, list, mismatches);
        model.waiting().addListener((ListChangeListener<DeskHold>) c -> draw());
        model.mismatches().addListener((ListChangeListener<PaymentMismatch>) c -> drawMismatches());
        new LiveReload(session, root, e -> e instanceof VenueEvent.HoldChanged || e instanceof VenueEvent.BookingChanged,
                model::load);
        draw();
    }

    @Override
    public String title() {
        return text("desk.title");
    }

    @Override
    public String id() {
        return "desk";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    /** Payments that came for another amount than the hold costs: refunded, nothing booked; worth a call to the customer. */
    private void drawMismatches() {
        mismatches.getChildren().clear();
        if (model.mismatches().isEmpty()) {
            return;
        }
        Label heading = new Label(text("desk.mismatchHeading"));
        heading.getStyleClass().add("subheading");
        mismatches.getChildren().add(heading);
        ZoneId zone = session.zone();
        for (PaymentMismatch m : model.mismatches()) {
            Label line = new Label(text("desk.mismatch", m.activityName(), time.format(m.startTime().atZoneSameInstant(zone)),
                    m.customerEmail(), Texts.money(m.receivedAmount(), m.currency()), Texts.money(m.expectedAmount(), m.currency()),
                    m.paymentReference()));
            line.setId("mismatch-" + m.paymentReference());
            line.setWrapText(true);
            mismatches.getChildren().add(line);
        }
    }

    /** The card's code, typed by staff from the card the customer shows. */
    private void askGiftCard(DeskHold hold) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        ask.setTitle(text("desk.giftCard"));
        ask.setHeaderText(text("desk.giftCardAsk", hold.customerName()));
        ask.getEditor().setId("giftCardCode");
        ask.getEditor().setPromptText("XXXX-XXXX-XXXX-XXXX");
        ask.initOwner(list.getScene().getWindow());
        ask.showAndWait().filter(code -> !code.isBlank()).ifPresent(code -> model.applyGiftCard(hold, code.trim()));
    }

    private void draw() {
        list.getChildren().clear();
        if (model.waiting().isEmpty()) {
            Label none = new Label(text("desk.nobody"));
            none.setId("deskEmpty");
            list.getChildren().add(none);
        }
        ZoneId zone = session.zone();
        for (DeskHold hold : model.waiting()) {
            long minutes = Math.max(0, Duration.between(session.now(), hold.expiresAt()).toMinutes());
            Label who = new Label(text("desk.who", hold.customerName(), hold.partySize(), hold.activityName(),
                    time.format(hold.startTime().atZoneSameInstant(zone))));
            who.setStyle("-fx-font-weight: bold;");
            Label details = new Label(text("desk.details", Texts.money(hold.amountDue(), hold.currency()), hold.email(), minutes));
            Button cash = new Button(text("desk.paidCash"));
            cash.setId("cash-" + hold.id());
            cash.setOnAction(e -> model.confirm(hold, PaymentMethod.CASH));
            Button card = new Button(text("desk.paidCard"));
            card.setId("card-" + hold.id());
            card.setOnAction(e -> model.confirm(hold, PaymentMethod.CARD));
            Button giftCard = new Button(text("desk.giftCard"));
            giftCard.setId("giftcard-" + hold.id());
            giftCard.setOnAction(e -> askGiftCard(hold));
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox row = new HBox(12, new VBox(4, who, details), spring, giftCard, cash, card);
            if (hold.amountDue() == 0) {
                // A gift card paid it all: nothing to take, only to book.
                Button book = new Button(text("desk.bookPaid"));
                book.setId("book-" + hold.id());
                book.setOnAction(e -> model.confirm(hold, PaymentMethod.GIFT_CARD));
                row.getChildren().setAll(new VBox(4, who, details), spring, book);
            }
            row.setId("desk-" + hold.id());
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("card");
            list.getChildren().add(row);
        }
    }
}
