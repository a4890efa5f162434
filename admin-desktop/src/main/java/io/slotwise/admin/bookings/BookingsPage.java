package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;
import static io.slotwise.admin.shell.MainView.cells;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueEvent;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Bookings: search (Enter searches), the found bookings in a table, the selected one's details
 * with cancel, check-in and no-show, and a form for a booking taken on the phone or at the counter.
 */
public final class BookingsPage implements Page {

    /** "Fri 4 Dec 19:30", as the language writes it. */
    private final DateTimeFormatter when = Texts.dates("bookings.format.when");
    private final BookingsModel model;
    private final NewBookingModel newBooking;
    private final BookingMessagesModel messages;
    private final RescheduleModel reschedule;
    private final BorderPane root = new BorderPane();

    public BookingsPage(AdminSession session) {
        this(session, null);
    }

    public BookingsPage(AdminSession session, Confirm confirm) {
        model = new BookingsModel(session, confirm != null ? confirm
                : Confirm.dialog(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        newBooking = new NewBookingModel(session, model::replace);
        messages = new BookingMessagesModel(session);
        reschedule = new RescheduleModel(session, moved -> {
            model.replace(moved);
            messages.show(moved); // with the new-time mail
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null || was == null || !now.id().equals(was.id())) {
                messages.show(now);
            }
            reschedule.show(now);
        });
        root.setTop(searchBar());
        root.setCenter(table());
        root.setRight(side());
        new LiveReload(session, root, e -> e instanceof VenueEvent.BookingChanged, model::search);
    }

    @Override
    public String title() {
        return text("bookings.title");
    }

    @Override
    public String id() {
        return "bookings";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.search();
        newBooking.load();
    }

    private Node searchBar() {
        TextField query = new TextField();
        query.setId("bookingQuery");
        query.setPromptText(text("bookings.queryPrompt"));
        query.setPrefColumnCount(24);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        DatePicker from = new DatePicker();
        from.setId("bookingFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("bookingTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button(text("bookings.search"));
        search.setId("searchBookings");
        search.setDefaultButton(false);
        search.setOnAction(e -> model.search());
        Label message = new Label();
        message.setId("bookingsMessage");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, query, new Label(text("bookings.from")), from, new Label(text("bookings.to")), to, search, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private Node table() {
        TableView<Booking> table = new TableView<>(model.results());
        table.setId("bookingTable");
        table.getColumns().add(column(text("bookings.column.number"), Booking::bookingNumber));
        table.getColumns().add(column(text("bookings.column.when"), b -> when.format(b.startTime().atZoneSameInstant(model.zone()))));
        table.getColumns().add(column(text("bookings.activity"), Booking::activityName));
        table.getColumns().add(column(text("bookings.name"), BookingsModel::name));
        table.getColumns().add(column(text("bookings.email"), b -> b.customer().email()));
        table.getColumns().add(column(text("bookings.people"), b -> String.valueOf(b.partySize())));
        table.getColumns().add(column(text("bookings.column.status"), BookingsPage::status));
        table.getColumns().add(column(text("bookings.paid"), BookingsPage::payment));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setPlaceholder(new Label(text("bookings.placeholder")));
        return table;
    }

    /** How it was paid, and what became of an online payment. */
    static String payment(Booking b) {
        String method = paymentMethod(b.paymentMethod());
        return switch (b.paymentStatus()) {
            case PAID -> text("bookings.payment.paid", method);
            case PARTIALLY_REFUNDED -> text("bookings.payment.partRefunded", method);
            case REFUNDED -> text("bookings.payment.refunded", method);
            case NONE -> method;
        };
    }

    /** "cash", "card", "pay at venue", …: how a booking is paid, in a few words. */
    public static String paymentMethod(PaymentMethod method) {
        return switch (method) {
            case PAY_AT_VENUE -> text("bookings.method.payAtVenue");
            case CASH -> text("bookings.method.cash");
            case CARD -> text("bookings.method.card");
            case ONLINE -> text("bookings.method.online");
            case COMPLIMENTARY -> text("bookings.method.complimentary");
            case GIFT_CARD -> text("bookings.method.giftCard");
        };
    }

    static String status(Booking b) {
        if (b.status() == BookingStatus.CANCELLED) {
            return text("bookings.status.cancelled");
        }
        if (b.checkedInAt() != null) {
            return text("bookings.status.checkedIn");
        }
        return b.noShowAt() != null ? text("bookings.status.noShow") : text("bookings.status.confirmed");
    }

    private static TableColumn<Booking, String> column(String title, Function<Booking, String> value) {
        TableColumn<Booking, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node side() {
        Label heading = new Label(text("bookings.booking"));
        heading.getStyleClass().add("heading");
        Label details = new Label(text("bookings.chooseBooking"));
        details.setId("bookingDetails");
        details.setWrapText(true);
        Button cancel = new Button(text("bookings.cancelBooking"));
        cancel.setId("cancelBooking");
        cancel.setOnAction(e -> model.cancel());
        Button checkIn = new Button(text("bookings.checkIn"));
        checkIn.setId("checkIn");
        checkIn.setOnAction(e -> model.checkIn());
        Button noShow = new Button(text("bookings.noShow"));
        noShow.setId("noShow");
        noShow.setOnAction(e -> model.noShow());
        Button refund = new Button(text("bookings.refund"));
        refund.setId("refundBooking");
        refund.setOnAction(e -> model.refund());
        refund.setDisable(true);
        Label actionMessage = new Label();
        actionMessage.setId("bookingActionMessage");
        actionMessage.setWrapText(true);
        actionMessage.textProperty().bind(model.actionMessageProperty());
        // Buttons keep their words whole and go onto a second line where a language needs the room.
        FlowPane actions = new FlowPane(6, 6, checkIn, noShow, cancel);
        actions.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        actions.setDisable(true);
        model.selectedProperty().addListener((o, was, b) -> {
            actions.setDisable(b == null || b.status() == BookingStatus.CANCELLED);
            // A party that arrived is not cancelled (the server refuses it too): refund instead. Nor checked in twice.
            cancel.setDisable(b != null && b.checkedInAt() != null);
            checkIn.setDisable(b != null && (b.checkedInAt() != null || b.noShowAt() != null));
            // Nobody is a no-show before their game has begun.
            noShow.setDisable(!model.noShowPossible(b));
            noShow.setTooltip(b != null && b.checkedInAt() == null && !model.noShowPossible(b) && b.noShowAt() == null
                    ? new javafx.scene.control.Tooltip(text("bookings.noShowNotYet")) : null);
            refund.setDisable(b == null || !BookingsModel.refundable(b));
            details.setText(b == null ? text("bookings.chooseBooking") : details(b));
        });
        VBox box = new VBox(8, heading, details, actions, refund, actionMessage, new ReschedulePane(reschedule), messagesPane(),
                new Separator(), newBookingForm());
        box.setPrefWidth(360);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    /**
     * The chosen booking in four lines: number and status, what and when, party and payment, customer;
     * then the price before a promo code's discount, and what a gift card paid, when it had them.
     */
    private String details(Booking b) {
        String total = Texts.money(b.totalAmount(), b.currency());
        String lines = String.join("\n",
                text("bookings.details.number", b.bookingNumber(), status(b)),
                text("bookings.details.when", b.activityName(), when.format(b.startTime().atZoneSameInstant(model.zone()))),
                b.refundedAmount() > 0
                        ? text("bookings.details.partyRefunded", b.partySize(), total, payment(b), Texts.money(b.refundedAmount(), b.currency()))
                        : text("bookings.details.party", b.partySize(), total, payment(b)),
                b.customer().phone() == null
                        ? text("bookings.details.customer", BookingsModel.name(b), b.customer().email())
                        : text("bookings.details.customerPhone", BookingsModel.name(b), b.customer().email(), b.customer().phone()));
        if (b.discount() > 0) {
            lines += "\n" + text("bookings.details.discount", Texts.money(b.amount(), b.currency()), Texts.money(b.discount(), b.currency()));
        }
        if (b.giftCardAmount() > 0) {
            lines += "\n" + text("bookings.details.giftCard", Texts.money(b.giftCardAmount(), b.currency()));
        }
        return lines;
    }

    /** The mails to the customer of the chosen booking, each with "Send again". */
    private Node messagesPane() {
        Label heading = new Label(text("bookings.messagesHeading"));
        heading.getStyleClass().add("subheading");
        VBox list = new VBox(4);
        list.setId("bookingMessages");
        Label note = new Label();
        note.setId("bookingMessagesNote");
        note.setWrapText(true);
        note.textProperty().bind(messages.messageProperty());
        messages.messages().addListener((javafx.collections.ListChangeListener<io.slotwise.common.api.CustomerMessage>) c -> {
            list.getChildren().setAll(messages.messages().stream().map(m -> {
                Label text = new Label(BookingMessagesModel.describe(m, model.zone()));
                text.setWrapText(true);
                text.getStyleClass().add("message-" + m.status().toLowerCase(Locale.ROOT));
                Button again = new Button(text("bookings.sendAgain"));
                again.setId("resend-" + m.id());
                again.setOnAction(e -> messages.resend(m));
                HBox row = new HBox(6, text, again);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                return (Node) row;
            }).toList());
        });
        VBox pane = new VBox(4, heading, list, note);
        pane.visibleProperty().bind(model.selectedProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private Node newBookingForm() {
        Label heading = new Label(text("bookings.newBooking"));
        heading.getStyleClass().add("heading");
        heading.setWrapText(true);
        ComboBox<ActivityDetails> activity = new ComboBox<>(newBooking.activities());
        activity.setId("nbActivity");
        activity.valueProperty().bindBidirectional(newBooking.activityProperty());
        cells(activity, ActivityDetails::name);
        DatePicker date = new DatePicker();
        date.setId("nbDate");
        date.valueProperty().bindBidirectional(newBooking.dateProperty());
        ComboBox<StaffSessionView> slot = new ComboBox<>(newBooking.sessions());
        slot.setId("nbSession");
        slot.valueProperty().bindBidirectional(newBooking.slotProperty());
        cells(slot, s -> text("bookings.slot", DateTimeFormatter.ofPattern("HH:mm").format(s.startTime().atZoneSameInstant(model.zone())),
                s.capacityRemaining()));
        TextField party = field("nbParty", newBooking.partyProperty());
        party.setPrefColumnCount(3);
        TextField email = field("nbEmail", newBooking.emailProperty());
        TextField name = field("nbName", newBooking.nameProperty());
        TextField phone = field("nbPhone", newBooking.phoneProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>(NewBookingModel.methods());
        method.setId("nbMethod");
        method.valueProperty().bindBidirectional(newBooking.methodProperty());
        cells(method, m -> m == PaymentMethod.PAY_AT_VENUE ? text("bookings.paysOnArrival") : paymentMethod(m));
        Button create = new Button(text("bookings.book"));
        create.setId("nbCreate");
        create.setOnAction(e -> newBooking.create());
        Label message = new Label();
        message.setId("nbMessage");
        message.setWrapText(true);
        message.textProperty().bind(newBooking.messageProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        String[] labels = {text("bookings.activity"), text("bookings.day"), text("bookings.time"), text("bookings.people"),
            text("bookings.email"), text("bookings.name"), text("bookings.phone"), text("bookings.paid")};
        Node[] fields = {activity, date, slot, party, email, name, phone, method};
        for (int i = 0; i < labels.length; i++) {
            form.addRow(i, new Label(labels[i]), fields[i]);
        }
        return new VBox(8, heading, form, create, message);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
