package io.slotwise.admin.bookings;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.fx.Money;
import static io.slotwise.admin.shell.MainView.cells;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Bookings: search (Enter searches), the found bookings in a table, the selected one's details
 * with cancel, check-in and no-show, and a form for a booking taken on the phone or at the counter.
 */
public final class BookingsPage implements Page {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

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
        return "Bookings";
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
        query.setPromptText("Booking number, email, name or phone");
        query.setPrefColumnCount(24);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        DatePicker from = new DatePicker();
        from.setId("bookingFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("bookingTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button("Search");
        search.setId("searchBookings");
        search.setDefaultButton(false);
        search.setOnAction(e -> model.search());
        Label message = new Label();
        message.setId("bookingsMessage");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, query, new Label("from"), from, new Label("to"), to, search, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private Node table() {
        TableView<Booking> table = new TableView<>(model.results());
        table.setId("bookingTable");
        table.getColumns().add(column("Number", Booking::bookingNumber));
        table.getColumns().add(column("When", b -> WHEN.format(b.startTime().atZoneSameInstant(model.zone()))));
        table.getColumns().add(column("Activity", Booking::activityName));
        table.getColumns().add(column("Name", BookingsModel::name));
        table.getColumns().add(column("Email", b -> b.customer().email()));
        table.getColumns().add(column("People", b -> String.valueOf(b.partySize())));
        table.getColumns().add(column("Status", BookingsPage::status));
        table.getColumns().add(column("Paid", BookingsPage::payment));
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
        table.setPlaceholder(new Label("Search for bookings above."));
        return table;
    }

    /** How it was paid, and what became of an online payment. */
    static String payment(Booking b) {
        String method = b.paymentMethod().name().toLowerCase().replace('_', ' ');
        return switch (b.paymentStatus()) {
            case PAID -> method + ", paid";
            case PARTIALLY_REFUNDED -> method + ", part refunded";
            case REFUNDED -> method + ", refunded";
            case NONE -> method;
        };
    }

    static String status(Booking b) {
        if (b.status() == BookingStatus.CANCELLED) {
            return "cancelled";
        }
        if (b.checkedInAt() != null) {
            return "checked in";
        }
        return b.noShowAt() != null ? "no-show" : "confirmed";
    }

    private static TableColumn<Booking, String> column(String title, Function<Booking, String> value) {
        TableColumn<Booking, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node side() {
        Label heading = new Label("Booking");
        heading.getStyleClass().add("heading");
        Label details = new Label("Choose a booking in the list.");
        details.setId("bookingDetails");
        details.setWrapText(true);
        Button cancel = new Button("Cancel booking");
        cancel.setId("cancelBooking");
        cancel.setOnAction(e -> model.cancel());
        Button checkIn = new Button("Check in");
        checkIn.setId("checkIn");
        checkIn.setOnAction(e -> model.checkIn());
        Button noShow = new Button("No-show");
        noShow.setId("noShow");
        noShow.setOnAction(e -> model.noShow());
        Button refund = new Button("Refund");
        refund.setId("refundBooking");
        refund.setOnAction(e -> model.refund());
        refund.setDisable(true);
        Label actionMessage = new Label();
        actionMessage.setId("bookingActionMessage");
        actionMessage.setWrapText(true);
        actionMessage.textProperty().bind(model.actionMessageProperty());
        HBox actions = new HBox(6, checkIn, noShow, cancel);
        actions.setDisable(true);
        model.selectedProperty().addListener((o, was, b) -> {
            actions.setDisable(b == null || b.status() == BookingStatus.CANCELLED);
            // A party that arrived is not cancelled (the server refuses it too): refund instead. Nor checked in twice.
            cancel.setDisable(b != null && b.checkedInAt() != null);
            checkIn.setDisable(b != null && (b.checkedInAt() != null || b.noShowAt() != null));
            // Nobody is a no-show before their game has begun.
            noShow.setDisable(!model.noShowPossible(b));
            noShow.setTooltip(b != null && b.checkedInAt() == null && !model.noShowPossible(b) && b.noShowAt() == null
                    ? new javafx.scene.control.Tooltip("Possible once the session has begun") : null);
            refund.setDisable(b == null || !BookingsModel.refundable(b));
            details.setText(b == null ? "Choose a booking in the list." : b.bookingNumber() + " · " + status(b) + "\n"
                    + b.activityName() + ", " + WHEN.format(b.startTime().atZoneSameInstant(model.zone())) + "\n"
                    + b.partySize() + " people · " + Money.format(b.totalAmount(), b.currency()) + " · "
                    + payment(b) + (b.refundedAmount() > 0 ? " (" + Money.format(b.refundedAmount(), b.currency()) + " back)" : "")
                    + "\n" + BookingsModel.name(b) + " · "
                    + b.customer().email() + (b.customer().phone() == null ? "" : " · " + b.customer().phone()));
        });
        VBox box = new VBox(8, heading, details, actions, refund, actionMessage, new ReschedulePane(reschedule), messagesPane(),
                new Separator(), newBookingForm());
        box.setPrefWidth(360);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    /** The mails to the customer of the chosen booking, each with "Send again". */
    private Node messagesPane() {
        Label heading = new Label("Messages to the customer");
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
                Button again = new Button("Send again");
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
        Label heading = new Label("New booking (phone or walk-in)");
        heading.getStyleClass().add("heading");
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
        cells(slot, s -> DateTimeFormatter.ofPattern("HH:mm").format(s.startTime().atZoneSameInstant(model.zone())) + " · "
                + s.capacityRemaining() + " free");
        TextField party = field("nbParty", newBooking.partyProperty());
        party.setPrefColumnCount(3);
        TextField email = field("nbEmail", newBooking.emailProperty());
        TextField name = field("nbName", newBooking.nameProperty());
        TextField phone = field("nbPhone", newBooking.phoneProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>(NewBookingModel.methods());
        method.setId("nbMethod");
        method.valueProperty().bindBidirectional(newBooking.methodProperty());
        cells(method, m -> m == PaymentMethod.PAY_AT_VENUE ? "pays on arrival" : m.name().toLowerCase());
        Button create = new Button("Book");
        create.setId("nbCreate");
        create.setOnAction(e -> newBooking.create());
        Label message = new Label();
        message.setId("nbMessage");
        message.setWrapText(true);
        message.textProperty().bind(newBooking.messageProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        String[] labels = {"Activity", "Day", "Time", "People", "Email", "Name", "Phone", "Paid"};
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
