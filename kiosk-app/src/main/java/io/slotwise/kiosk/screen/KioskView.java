package io.slotwise.kiosk.screen;

import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.fx.Money;
import io.slotwise.common.fx.Prices;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.flow.Screen;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The kiosk's screens, drawn from the flow's state: one screen at a time, big touch targets,
 * ids on every control the customer uses (for tests and for the touch-screen automation).
 */
public final class KioskView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.UK);

    private final KioskFlow flow;
    private final List<PaymentTerminal> terminals;
    private final StackPane root = new StackPane();
    /** The screen on show; the "still there?" question lies over it, so asking never redraws (or empties) a screen. */
    private final StackPane screenLayer = new StackPane();

    public KioskView(KioskFlow flow, List<PaymentTerminal> terminals) {
        this.flow = flow;
        this.terminals = List.copyOf(terminals);
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskView.class.getResource("/io/slotwise/kiosk/kiosk.css").toExternalForm());
        flow.screenProperty().addListener((o, was, now) -> draw());
        flow.choice().sessions().addListener((javafx.collections.ListChangeListener<SessionView>) change -> {
            if (flow.screenProperty().get() == Screen.TIME) {
                draw();
            }
        });
        flow.messageProperty().addListener((o, was, now) -> draw());
        root.getChildren().setAll(screenLayer, stillThere());
        // Only what a customer does counts as them being there: JavaFX's own enter and exit events,
        // fired when a screen changes under a resting pointer, do not.
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> {
            if (CustomerInput.isCustomer(e)) {
                flow.touched();
            }
        });
        draw();
    }

    public StackPane root() {
        return root;
    }

    private void draw() {
        Node screen = switch (flow.screenProperty().get()) {
            case ATTRACT -> attract();
            case ACTIVITY -> activities();
            case TIME -> times();
            case PARTY -> party();
            case DETAILS -> details();
            case HOLD -> hold();
            case DESK -> desk();
            case PHONE -> phone();
            case CONFIRMED -> confirmed();
            case EXPIRED, TROUBLE -> notice();
        };
        screenLayer.getChildren().setAll(screen);
    }

    private Node stillThere() {
        Button here = new Button("Yes, I'm still here");
        here.setId("stillHereButton");
        here.setOnAction(e -> flow.touched());
        VBox ask = new VBox(24, new Label("Are you still there?"), here);
        ask.setId("stillThere");
        ask.setAlignment(Pos.CENTER);
        ask.getStyleClass().add("overlay");
        ask.visibleProperty().bind(flow.askingStillThereProperty());
        return ask;
    }

    private VBox page(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label message = new Label(flow.messageProperty().get());
        message.setId("message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setVisible(!message.getText().isEmpty());
        message.setManaged(message.isVisible());
        VBox page = new VBox(24, heading, message);
        page.getChildren().addAll(content);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("page");
        return page;
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(flow.busyProperty().or(flow.chargingProperty()));
        return button;
    }

    private Button cancel() {
        Button cancel = button("cancelButton", "Cancel", flow::cancel);
        // Cancel works while a call is on its way (its answer is then ignored), not while money moves.
        cancel.disableProperty().unbind();
        cancel.disableProperty().bind(flow.chargingProperty());
        cancel.getStyleClass().add("secondary");
        return cancel;
    }

    private Node attract() {
        Button start = button("startButton", "Touch to book", flow::start);
        start.getStyleClass().add("huge");
        return page("Book your game", start);
    }

    private Node activities() {
        FlowPane choices = new FlowPane(16, 16);
        choices.setAlignment(Pos.CENTER);
        for (PublicActivity a : flow.choice().activities()) {
            choices.getChildren().add(button("activity-" + a.id(), a.name() + "\n" + a.durationMinutes() + " min · " + Prices.line(a),
                    () -> flow.chooseActivity(a)));
        }
        return page("What would you like to play?", choices, cancel());
    }

    private Node times() {
        Button earlier = button("previousDay", "‹ Earlier day", () -> flow.chooseDay(flow.choice().dayProperty().get().minusDays(1)));
        earlier.disableProperty().unbind();
        earlier.setDisable(!flow.choice().earlierDayBookable() || flow.busyProperty().get()); // no day before the venue's today
        HBox days = new HBox(16, earlier,
                new Label(flow.choice().dayProperty().get() == null ? "" : DAY.format(flow.choice().dayProperty().get())),
                button("nextDay", "Later day ›", () -> flow.chooseDay(flow.choice().dayProperty().get().plusDays(1))));
        days.setAlignment(Pos.CENTER);
        FlowPane slots = new FlowPane(16, 16);
        slots.setAlignment(Pos.CENTER);
        for (SessionView s : flow.choice().sessions()) {
            boolean bookable = flow.choice().bookable(s);
            boolean privateRoom = Prices.isPrivate(flow.choice().activityProperty().get());
            String state = privateRoom ? (bookable ? "Private room" : "Booked") : bookable ? s.capacityRemaining() + " places left" : "Full";
            Button slot = button("slot-" + s.id(), s.startTime().atZoneSameInstant(flow.choice().zone()).format(TIME) + "\n" + state,
                    () -> flow.chooseSession(s));
            slot.disableProperty().unbind();
            slot.setDisable(!bookable || flow.busyProperty().get());
            slots.getChildren().add(slot);
        }
        if (slots.getChildren().isEmpty()) {
            slots.getChildren().add(new Label("No times left on this day."));
        }
        return page(flow.choice().activityProperty().get().name(), days, new Label("Times in " + flow.choice().zone()), slots, cancel());
    }

    private Node party() {
        PublicActivity activity = flow.choice().activityProperty().get();
        if (!Prices.categories(activity).isEmpty()) {
            Button next = button("ticketsButton", "Continue", () -> { });
            TicketsPane tickets = new TicketsPane(activity, flow.choice().partySizes().stream().mapToInt(Integer::intValue).max().orElse(0));
            next.setOnAction(e -> flow.chooseTickets(tickets.counts()));
            return page("Who is coming?", tickets, new HBox(16, cancel(), next));
        }
        FlowPane sizes = new FlowPane(16, 16);
        sizes.setAlignment(Pos.CENTER);
        for (int size : flow.choice().partySizes()) {
            sizes.getChildren().add(button("party-" + size, size + "\n" + Money.format(Prices.forParty(activity, size), activity.currency()),
                    () -> flow.choosePartySize(size)));
        }
        return page("How many people?", sizes, cancel());
    }

    private Node details() {
        TextField name = new TextField();
        name.setId("name");
        name.setPromptText("Your name");
        TextField email = new TextField();
        email.setId("email");
        email.setPromptText("Your email");
        Button hold = button("holdButton", "Hold my places", () -> flow.hold(name.getText(), email.getText()));
        return page("Your details", name, email, new HBox(16, cancel(), hold));
    }

    private Node hold() {
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(flow.countdownProperty());
        var held = flow.holdProperty().get();
        Label amount = new Label(held == null ? "" : "Total: " + Money.format(held.amount(), held.currency()));
        amount.setId("heldAmount");
        Label tickets = new Label(held == null || held.tickets() == null ? ""
                : Prices.describe(flow.choice().activityProperty().get(), held.tickets()));
        tickets.setId("heldTickets");
        HBox pay = new HBox(16);
        pay.setAlignment(Pos.CENTER);
        for (PaymentTerminal terminal : terminals) {
            pay.getChildren().add(button("pay-" + terminal.method().name().toLowerCase(Locale.ROOT), terminal.label(),
                    () -> flow.pay(terminal)));
        }
        if (flow.choice().activityProperty().get() != null && flow.choice().activityProperty().get().onlinePayment()) {
            pay.getChildren().add(button("pay-phone", "Pay on your phone", flow::payOnPhone));
        }
        pay.getChildren().add(button("pay-desk", "Pay at the front desk", flow::payAtDesk));
        pay.getChildren().add(cancel());
        return page("Your places are held", new Label("Time left to pay"), countdown, tickets, amount, pay);
    }

    private Node desk() {
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(flow.countdownProperty());
        Label waiting = new Label("Your places are held while you pay. Give the desk your name: " + flow.customerName());
        waiting.setId("deskWaiting");
        waiting.setWrapText(true);
        return page("Please pay at the front desk", waiting, countdown, cancel());
    }

    private Node phone() {
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(flow.countdownProperty());
        String url = flow.phonePaymentProperty().get();
        javafx.scene.image.ImageView qr = new javafx.scene.image.ImageView(url.isEmpty() ? null : io.slotwise.kiosk.ui.QrCode.of(url, 280));
        qr.setId("phoneQr");
        return page("Scan to pay on your phone", new Label("Your places are held while you pay"), qr, countdown, cancel());
    }

    private Node confirmed() {
        Label number = new Label(flow.bookingNumberProperty().get());
        number.setId("bookingNumber");
        number.getStyleClass().add("countdown");
        javafx.scene.image.ImageView qr = new javafx.scene.image.ImageView(
                number.getText().isEmpty() ? null : io.slotwise.kiosk.ui.QrCode.of(number.getText(), 240));
        qr.setId("bookingQr");
        Label mailed = new Label(flow.customerEmail().isEmpty() ? ""
                : "We're emailing your booking and a calendar file to " + flow.customerEmail() + ".");
        mailed.setId("emailedTo");
        mailed.setWrapText(true);
        return page("You're booked!", new Label("Your booking number"), number, qr, mailed, button("doneButton", "Done", flow::reset));
    }

    private Node notice() {
        return page("Sorry", button("againButton", "Start again", flow::reset));
    }
}
