package io.slotwise.kiosk.screen;

import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.fx.Prices;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.flow.Screen;
import io.slotwise.kiosk.flow.Texts;
import io.slotwise.kiosk.payment.PaymentTerminal;
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

    private final KioskFlow flow;
    private final List<PaymentTerminal> terminals;
    private final StackPane root = new StackPane();
    /** The screen on show; the "still there?" question lies over it, so asking never redraws (or empties) a screen. */
    private final StackPane screenLayer = new StackPane();
    /** The words of the customer's language, for the screen being drawn. */
    private Texts t;
    private final String serverUrl;
    /** What the customer typed on the details screen: kept when the screen is drawn again (a notice), gone with the customer. */
    private final List<javafx.beans.property.StringProperty> typed = List.of(new javafx.beans.property.SimpleStringProperty(""),
            new javafx.beans.property.SimpleStringProperty(""), new javafx.beans.property.SimpleStringProperty(""));
    private final javafx.beans.property.StringProperty typedGiftCard = new javafx.beans.property.SimpleStringProperty("");

    /** A kiosk whose venue's logo, when it is a path on the server, is not shown. */
    public KioskView(KioskFlow flow, List<PaymentTerminal> terminals) {
        this(flow, terminals, null);
    }

    /** {@code serverUrl}: where a logo given as a path on the server is read from. */
    public KioskView(KioskFlow flow, List<PaymentTerminal> terminals, String serverUrl) {
        this.serverUrl = serverUrl;
        this.flow = flow;
        this.terminals = List.copyOf(terminals);
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskView.class.getResource("/io/slotwise/kiosk/kiosk.css").toExternalForm());
        flow.screenProperty().addListener((o, was, now) -> {
            if (now == Screen.ATTRACT) {
                typed.forEach(text -> text.set(""));
                typedGiftCard.set("");
            }
            draw();
        });
        flow.choice().sessions().addListener((javafx.collections.ListChangeListener<SessionView>) change -> {
            if (flow.screenProperty().get() == Screen.TIME) {
                draw();
            }
        });
        flow.messageProperty().addListener((o, was, now) -> draw());
        flow.language().texts().addListener((o, was, now) -> draw());
        flow.choice().venueProperty().addListener((o, was, now) -> {
            brand();
            draw();
        });
        t = flow.language().texts().get();
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
        t = flow.language().texts().get();
        Node screen = switch (flow.screenProperty().get()) {
            case ATTRACT -> attract();
            case ACTIVITY -> activities();
            case TIME -> times();
            case PARTY -> party();
            case DETAILS -> details();
            case HOLD -> hold();
            case GIFT_CARD -> giftCard();
            case DESK -> desk();
            case PHONE -> phone();
            case CONFIRMED -> confirmed();
            case EXPIRED, TROUBLE -> notice();
        };
        screenLayer.getChildren().setAll(screen);
        stillThereTexts();
    }

    private final Label stillQuestion = new Label();
    private final Button stillHere = new Button();

    private Node stillThere() {
        stillHere.setId("stillHereButton");
        stillHere.setOnAction(e -> flow.touched());
        VBox ask = new VBox(24, stillQuestion, stillHere);
        ask.setId("stillThere");
        ask.setAlignment(Pos.CENTER);
        ask.getStyleClass().add("overlay");
        ask.visibleProperty().bind(flow.askingStillThereProperty());
        stillThereTexts();
        return ask;
    }

    private void stillThereTexts() {
        stillQuestion.setText(t.get("still.question"));
        stillHere.setText(t.get("still.yes"));
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
        button.disableProperty().bind(flow.busyProperty().or(flow.payments().chargingProperty()));
        return button;
    }

    private Button cancel() {
        Button cancel = button("cancelButton", t.get("button.cancel"), flow::cancel);
        // Cancel works while a call is on its way (its answer is then ignored), not while money moves.
        cancel.disableProperty().unbind();
        cancel.disableProperty().bind(flow.payments().chargingProperty().or(flow.payments().paidHereProperty()));
        cancel.getStyleClass().add("secondary");
        return cancel;
    }

    /** One step back (nothing is held yet): Back and Cancel side by side. */
    private HBox backOrCancel(Node... more) {
        Button back = button("backButton", t.get("button.back"), flow::back);
        back.getStyleClass().add("secondary");
        HBox actions = new HBox(16, back, cancel());
        actions.getChildren().addAll(more);
        actions.setAlignment(Pos.CENTER);
        return actions;
    }

    /** What is being booked, repeated on every screen after the choice: activity, day, time, party. */
    private Label summary() {
        var activity = flow.choice().activityProperty().get();
        var session = flow.choice().sessionProperty().get();
        Integer party = flow.choice().partySize();
        Label summary = new Label(activity == null || session == null || party == null ? ""
                : t.get("summary", activity.name(), t.day(session.startTime().atZoneSameInstant(flow.choice().zone()).toLocalDate()),
                        t.time(session.startTime(), flow.choice().zone()), t.people(party)));
        summary.setId("summary");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        return summary;
    }

    /** The venue's accent colour on every button (the looked-up colour {@code -accent} of the stylesheet). */
    private void brand() {
        var venue = flow.choice().venueProperty().get();
        String accent = venue == null ? null : venue.accentColor();
        root.setStyle(accent != null && accent.matches("#[0-9a-fA-F]{6}") ? "-accent: " + accent + ";" : "");
    }

    /** The venue's logo, or nothing (none set, or a path while the server's address is unknown). */
    private Node logo() {
        var venue = flow.choice().venueProperty().get();
        String url = venue == null ? null : venue.logoUrl();
        if (url == null || url.isBlank() || (url.startsWith("/") && serverUrl == null)) {
            return new javafx.scene.layout.Region();
        }
        String address = url.startsWith("/") ? serverUrl.replaceAll("/$", "") + url : url;
        javafx.scene.image.ImageView logo = new javafx.scene.image.ImageView(new javafx.scene.image.Image(address, 480, 120, true, true, true));
        logo.setId("logo");
        logo.setAccessibleText(venue.name());
        return logo;
    }

    private Node attract() {
        Button start = button("startButton", t.get("attract.start"), flow::start);
        start.getStyleClass().add("huge");
        // Each language named in itself; the one in use is marked.
        HBox languages = new HBox(12);
        languages.setAlignment(Pos.CENTER);
        for (String code : Texts.LANGUAGES) {
            Button language = new Button(Texts.of(code).get("language.name"));
            language.setId("language-" + code);
            language.getStyleClass().addAll("language", code.equals(t.language()) ? "chosen" : "other");
            language.setOnAction(e -> flow.language().choose(code));
            languages.getChildren().add(language);
        }
        return page(t.get("attract.title"), logo(), start, languages);
    }

    private Node activities() {
        FlowPane choices = new FlowPane(16, 16);
        choices.setAlignment(Pos.CENTER);
        for (PublicActivity a : flow.choice().activities()) {
            choices.getChildren().add(button("activity-" + a.id(), a.name() + "\n" + t.get("activity.facts", a.durationMinutes(), PriceTexts.priceLine(t, a)),
                    () -> flow.chooseActivity(a)));
        }
        return page(t.get("activity.title"), choices, cancel());
    }

    private Node times() {
        Button earlier = button("previousDay", t.get("time.earlier"), () -> flow.chooseDay(flow.choice().dayProperty().get().minusDays(1)));
        earlier.disableProperty().unbind();
        earlier.setDisable(!flow.choice().earlierDayBookable() || flow.busyProperty().get()); // no day before the venue's today
        HBox days = new HBox(16, earlier,
                new Label(flow.choice().dayProperty().get() == null ? "" : t.day(flow.choice().dayProperty().get())),
                button("nextDay", t.get("time.later"), () -> flow.chooseDay(flow.choice().dayProperty().get().plusDays(1))));
        days.setAlignment(Pos.CENTER);
        FlowPane slots = new FlowPane(16, 16);
        slots.setAlignment(Pos.CENTER);
        for (SessionView s : flow.choice().sessions()) {
            boolean bookable = flow.choice().bookable(s);
            boolean privateRoom = Prices.isPrivate(flow.choice().activityProperty().get());
            String state = privateRoom ? t.get(bookable ? "slot.private" : "slot.booked")
                    : bookable ? t.get("slot.left", s.capacityRemaining()) : t.get("slot.full");
            Button slot = button("slot-" + s.id(), t.time(s.startTime(), flow.choice().zone()) + "\n" + state,
                    () -> flow.chooseSession(s));
            slot.disableProperty().unbind();
            slot.setDisable(!bookable || flow.busyProperty().get());
            slots.getChildren().add(slot);
        }
        if (slots.getChildren().isEmpty()) {
            slots.getChildren().add(new Label(t.get("time.none")));
        }
        return page(flow.choice().activityProperty().get().name(), days, new Label(t.get("time.zone", flow.choice().zone())), slots,
                backOrCancel());
    }

    private Node party() {
        PublicActivity activity = flow.choice().activityProperty().get();
        if (!Prices.categories(activity).isEmpty()) {
            Button next = button("ticketsButton", t.get("party.continue"), () -> { });
            TicketsPane tickets = new TicketsPane(activity, flow.choice().partySizes().stream().mapToInt(Integer::intValue).max().orElse(0), t);
            next.setOnAction(e -> flow.chooseTickets(tickets.counts()));
            return page(t.get("party.tickets"), tickets, backOrCancel(next));
        }
        FlowPane sizes = new FlowPane(16, 16);
        sizes.setAlignment(Pos.CENTER);
        for (int size : flow.choice().partySizes()) {
            sizes.getChildren().add(button("party-" + size, size + "\n" + t.money(Prices.forParty(activity, size), activity.currency()),
                    () -> flow.choosePartySize(size)));
        }
        return page(t.get("party.title"), sizes, backOrCancel());
    }

    private Node details() {
        DetailsForm form = new DetailsForm(t, typed);
        Button hold = button("holdButton", t.get("details.hold"), () -> flow.hold(form.name(), form.email(), form.promoCode()));
        VBox page = page(t.get("details.title"), form.fields(), form.keyboard(t), backOrCancel(hold));
        page.setSpacing(14);
        return page;
    }

    /** A gift card's code, typed on the screen's keyboard; the card pays what it can of the hold. */
    private Node giftCard() {
        TextField code = DetailsForm.field("giftCardCode");
        code.textProperty().bindBidirectional(typedGiftCard);
        Button back = button("giftCardBack", t.get("button.back"), flow.giftCards()::back);
        back.getStyleClass().add("secondary");
        Button apply = button("applyGiftCard", t.get("giftCard.apply"), () -> flow.giftCards().apply(code.getText()));
        HBox actions = new HBox(16, back, apply);
        actions.setAlignment(Pos.CENTER);
        return page(t.get("giftCard.title"), summary(), countdown(), DetailsForm.label(t.get("giftCard.code"), code), code,
                new OnScreenKeyboard(t, code), actions);
    }

    private Node hold() {
        var held = flow.holdProperty().get();
        Label amount = new Label(held == null ? "" : PriceTexts.amounts(t, held));
        amount.setId("heldAmount");
        Label tickets = new Label(held == null || held.tickets() == null ? ""
                : Prices.describe(flow.choice().activityProperty().get(), held.tickets()));
        tickets.setId("heldTickets");
        tickets.setManaged(!tickets.getText().isEmpty());
        // While the terminal waits for the card, the customer is told what to do with it.
        Label cardNow = new Label(t.get("hold.cardNow"));
        cardNow.setId("cardNow");
        cardNow.getStyleClass().add("message");
        cardNow.setWrapText(true);
        cardNow.visibleProperty().bind(flow.payments().chargingProperty());
        cardNow.managedProperty().bind(cardNow.visibleProperty());
        HBox pay = new HBox(16);
        pay.setAlignment(Pos.CENTER);
        for (PaymentTerminal terminal : terminals) {
            pay.getChildren().add(payButton("pay-" + terminal.method().name().toLowerCase(Locale.ROOT), t.get("hold.card"),
                    () -> flow.pay(terminal)));
        }
        if (flow.choice().activityProperty().get() != null && flow.choice().activityProperty().get().onlinePayment()) {
            pay.getChildren().add(payButton("pay-phone", t.get("hold.phone"), flow::payOnPhone));
        }
        pay.getChildren().add(payButton("pay-desk", t.get("hold.desk"), flow::payAtDesk));
        if (held != null && held.giftCardAmount() == 0) {
            pay.getChildren().add(payButton("pay-giftcard", t.get("hold.giftCard"), flow.giftCards()::open));
        }
        if (held != null && held.amountDue() == 0) {
            // Nothing left to pay (a gift card paid it all): booked at once.
            pay.getChildren().setAll(payButton("bookPaid", t.get("hold.bookNow"), flow.giftCards()::book));
        }
        pay.getChildren().add(cancel());
        return page(t.get("hold.title"), summary(), new Label(t.get("hold.timeLeft")), countdown(), tickets, amount, cardNow, pay);
    }

    /** A way to pay: not while a call is out, a card is being read, or money taken here awaits its booking. */
    private Button payButton(String id, String text, Runnable action) {
        Button button = button(id, text, action);
        button.disableProperty().unbind();
        button.disableProperty().bind(flow.busyProperty().or(flow.payments().chargingProperty()).or(flow.payments().paidHereProperty()));
        return button;
    }

    private Label countdown() {
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(flow.countdownProperty());
        return countdown;
    }

    private Node desk() {
        Label waiting = new Label(t.get("desk.waiting", flow.customerName()));
        waiting.setId("deskWaiting");
        waiting.setWrapText(true);
        return page(t.get("desk.title"), summary(), waiting, countdown(), cancel());
    }

    private Node phone() {
        String url = flow.payments().phonePaymentProperty().get();
        javafx.scene.image.ImageView qr = new javafx.scene.image.ImageView(url.isEmpty() ? null : io.slotwise.kiosk.ui.QrCode.of(url, 280));
        qr.setId("phoneQr");
        return page(t.get("phone.title"), summary(), new Label(t.get("phone.held")), qr, countdown(), cancel());
    }

    private Node confirmed() {
        Label number = new Label(flow.bookingNumberProperty().get());
        number.setId("bookingNumber");
        number.getStyleClass().add("countdown");
        javafx.scene.image.ImageView qr = new javafx.scene.image.ImageView(
                number.getText().isEmpty() ? null : io.slotwise.kiosk.ui.QrCode.of(number.getText(), 240));
        qr.setId("bookingQr");
        Label mailed = new Label(flow.customerEmail().isEmpty() ? "" : t.get("confirmed.mailed", flow.customerEmail()));
        mailed.setId("emailedTo");
        mailed.setWrapText(true);
        return page(t.get("confirmed.title"), summary(), new Label(t.get("confirmed.number")), number, qr, mailed,
                button("doneButton", t.get("confirmed.done"), flow::reset));
    }

    private Node notice() {
        return page(t.get("sorry.title"), button("againButton", t.get("sorry.again"), flow::reset));
    }
}
