package io.slotwise.admin.sessions;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session board: a day or a week, each session a card with a bar of booked (blue), held
 * (amber) and free (green) seats that follows the venue's events live; the selected session can
 * be blocked, unblocked or given another capacity, and sessions generated for a range of days.
 */
public final class SessionsPage implements Page {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** "Fri 4 Dec" in the language chosen at login. */
    private final DateTimeFormatter day = Texts.dates("sessions.format.day");

    private final SessionsModel model;
    private final BorderPane root = new BorderPane();
    private final ScrollPane board = new ScrollPane();
    private final Label range = new Label();
    private final SessionRoster roster;

    public SessionsPage(AdminSession session) {
        model = new SessionsModel(session);
        roster = new SessionRoster(session);
        // Who is booked follows the session chosen, and is read again when the board is (after a change anywhere).
        model.selectedProperty().addListener((o, was, now) -> roster.show(now));
        root.setTop(toolbar());
        board.setFitToWidth(true);
        board.setId("sessionBoard");
        root.setCenter(board);
        root.setRight(side());
        model.sessions().addListener((ListChangeListener<StaffSessionView>) c -> drawBoard());
        model.selectedProperty().addListener((o, was, now) -> drawBoard());
        new LiveReload(session, root, e -> e instanceof VenueEvent.SessionUpdated || e instanceof VenueEvent.HoldChanged
                || e instanceof VenueEvent.BookingChanged || e instanceof VenueEvent.ActivityUpdated, model::load);
    }

    public SessionsModel model() {
        return model;
    }

    @Override
    public String title() {
        return text("sessions.title");
    }

    @Override
    public String id() {
        return "sessions";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.open();
    }

    private Node toolbar() {
        ToggleGroup spans = new ToggleGroup();
        ToggleButton dayButton = new ToggleButton(text("sessions.day"));
        dayButton.setId("spanDay");
        ToggleButton weekButton = new ToggleButton(text("sessions.week"));
        weekButton.setId("spanWeek");
        dayButton.setToggleGroup(spans);
        weekButton.setToggleGroup(spans);
        dayButton.setSelected(true);
        dayButton.setOnAction(e -> model.spanProperty().set(SessionsModel.Span.DAY));
        weekButton.setOnAction(e -> model.spanProperty().set(SessionsModel.Span.WEEK));
        Button previous = new Button("‹");
        previous.setId("previous");
        previous.setTooltip(new Tooltip(text("sessions.earlier")));
        previous.setOnAction(e -> model.move(-1));
        Button today = new Button(text("sessions.today"));
        today.setId("today");
        today.setOnAction(e -> model.goToday());
        Button next = new Button("›");
        next.setId("next");
        next.setTooltip(new Tooltip(text("sessions.later")));
        next.setOnAction(e -> model.move(1));
        DatePicker pick = new DatePicker();
        pick.setId("sessionDay");
        pick.valueProperty().bindBidirectional(model.dayProperty());
        range.getStyleClass().add("heading");
        model.dayProperty().addListener((o, was, now) -> showRange());
        model.spanProperty().addListener((o, was, now) -> showRange());
        Label message = new Label();
        message.setId("boardMessage");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, dayButton, weekButton, previous, today, next, pick, range, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private void showRange() {
        LocalDate from = model.from();
        range.setText(model.spanProperty().get() == SessionsModel.Span.DAY ? day.format(from)
                : day.format(from) + " – " + day.format(model.to()));
    }

    private void drawBoard() {
        showRange();
        if (model.spanProperty().get() == SessionsModel.Span.DAY) {
            FlowPane cards = new FlowPane(10, 10);
            model.sessions().forEach(s -> cards.getChildren().add(card(s)));
            board.setContent(cards);
            return;
        }
        HBox week = new HBox(10);
        for (int i = 0; i < 7; i++) {
            LocalDate date = model.from().plusDays(i);
            VBox column = new VBox(8);
            column.setId("day-" + date);
            column.setPrefWidth(150);
            // Wide enough for the times and a word of the name, however long the day's heading is.
            column.setMinWidth(Region.USE_PREF_SIZE);
            Label heading = new Label(day.format(date));
            heading.getStyleClass().add("heading");
            column.getChildren().add(heading);
            // A night past midnight stays in its evening's column, as the venue's schedule has it.
            model.sessions().stream().filter(s -> (s.day() != null ? s.day() : s.startTime().atZoneSameInstant(model.zone()).toLocalDate())
                    .equals(date))
                    .forEach(s -> column.getChildren().add(card(s)));
            week.getChildren().add(column);
        }
        board.setContent(week);
    }

    private Node card(StaffSessionView s) {
        int free = Math.max(0, s.capacityTotal() - s.bookedSeats() - s.heldSeats());
        Label time = new Label(TIME.format(s.startTime().atZoneSameInstant(model.zone())) + "–"
                + TIME.format(s.endTime().atZoneSameInstant(model.zone())));
        time.setStyle("-fx-font-weight: bold;");
        // Never cut short ("19:00–2…", "The Phar…"): the time keeps its width, a long name wraps.
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label activity = new Label(s.activityName());
        activity.setWrapText(true);
        activity.setId("name-" + s.id());
        Label seats = new Label(text("sessions.seats", s.bookedSeats(), s.heldSeats(), free)
                + (s.status() == SessionStatus.OPEN ? "" : " · " + statusName(s.status())));
        seats.setId("seats-" + s.id());
        seats.setWrapText(true);
        VBox card = new VBox(4, time, activity, seatsBar(s, free), seats);
        if (s.resourceBusy() != null) {
            // Open with places, and still not for sale: a room it shares is taken then; say by what.
            Label busy = new Label(s.resourceBusy());
            busy.setId("busy-" + s.id());
            busy.setWrapText(true);
            busy.getStyleClass().add("hint");
            card.getChildren().add(busy);
        }
        card.setId("session-" + s.id());
        card.getStyleClass().add("session-card");
        if (s.status() != SessionStatus.OPEN || s.resourceBusy() != null) {
            card.getStyleClass().add("blocked");
        }
        StaffSessionView chosen = model.selectedProperty().get();
        if (chosen != null && chosen.id().equals(s.id())) {
            card.setStyle("-fx-border-color: #0b57d0; -fx-border-width: 2;");
        }
        card.setPrefWidth(150);
        card.setMinWidth(Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> model.selectedProperty().set(s));
        return card;
    }

    /** The selected session's bookings, each with its party, how it pays, and check-in (or that they arrived). */
    private Node rosterBox() {
        Label heading = new Label(text("sessions.whoIsBooked"));
        heading.getStyleClass().add("subheading");
        VBox rows = new VBox(6);
        rows.setId("roster");
        Label note = new Label();
        note.setId("rosterMessage");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.textProperty().bind(roster.messageProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        roster.bookings().addListener((ListChangeListener<io.slotwise.common.api.Booking>) c -> {
            rows.getChildren().clear();
            for (io.slotwise.common.api.Booking b : roster.bookings()) {
                Label who = new Label(SessionRoster.line(b));
                who.setWrapText(true);
                who.setId("rosterLine-" + b.bookingNumber());
                HBox.setHgrow(who, Priority.ALWAYS);
                Node arrived;
                if (b.checkedInAt() != null) {
                    Label in = new Label(text("sessions.checkedInMark"));
                    in.setId("rosterIn-" + b.bookingNumber());
                    in.setMinWidth(Region.USE_PREF_SIZE);
                    arrived = in;
                } else {
                    Button checkIn = new Button(text("sessions.checkIn"));
                    checkIn.setId("rosterCheckIn-" + b.bookingNumber());
                    checkIn.setMinWidth(Region.USE_PREF_SIZE);
                    checkIn.setDisable(b.noShowAt() != null);
                    checkIn.setOnAction(e -> roster.checkIn(b));
                    arrived = checkIn;
                }
                HBox row = new HBox(8, who, arrived);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
        });
        VBox box = new VBox(6, heading, rows, note);
        box.visibleProperty().bind(model.selectedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "open", "blocked", "cancelled": a session's status in words. */
    private static String statusName(SessionStatus status) {
        return switch (status) {
            case OPEN -> text("sessions.status.open");
            case BLOCKED -> text("sessions.status.blocked");
            case CANCELLED -> text("sessions.status.cancelled");
        };
    }

    /** Booked, held and free seats as three coloured parts of one bar. */
    private static Node seatsBar(StaffSessionView s, int free) {
        HBox bar = new HBox();
        bar.getStyleClass().add("seats-bar");
        bar.setPrefHeight(10);
        double total = Math.max(1, s.capacityTotal());
        for (var part : List.of(new Object[] {"booked", s.bookedSeats()}, new Object[] {"held", s.heldSeats()},
                new Object[] {"free", free})) {
            Region r = new Region();
            r.getStyleClass().add((String) part[0]);
            r.setPrefWidth(130 * ((Integer) part[1]) / total);
            r.setMinHeight(10);
            bar.getChildren().add(r);
        }
        return bar;
    }

    private Node side() {
        Label heading = new Label(text("sessions.selectedSession"));
        heading.getStyleClass().add("heading");
        Label what = new Label(text("sessions.chooseSession"));
        what.setId("selectedSession");
        what.setWrapText(true);
        TextField capacity = new TextField();
        capacity.setId("capacity");
        capacity.setPrefColumnCount(4);
        Button apply = new Button(text("sessions.setCapacity"));
        apply.setId("applyCapacity");
        apply.setOnAction(e -> model.changeCapacity(capacity.getText()));
        capacity.setOnAction(e -> model.changeCapacity(capacity.getText()));
        Button block = new Button(text("sessions.block"));
        block.setId("blockSession");
        block.setOnAction(e -> model.block(true));
        Button unblock = new Button(text("sessions.unblock"));
        unblock.setId("unblockSession");
        unblock.setOnAction(e -> model.block(false));
        Label sessionMessage = new Label();
        sessionMessage.setId("sessionMessage");
        sessionMessage.setWrapText(true);
        sessionMessage.getStyleClass().add("hint");
        sessionMessage.textProperty().bind(model.sessionMessageProperty());
        VBox selectedBox = new VBox(8, heading, what, new HBox(6, new Label(text("sessions.capacity")), capacity, apply),
                new HBox(6, block, unblock), sessionMessage);
        model.selectedProperty().addListener((o, was, now) -> {
            boolean none = now == null;
            selectedBox.getChildren().subList(2, 4).forEach(n -> n.setDisable(none));
            if (!none) {
                what.setText(text("sessions.selected", now.activityName(), day.format(now.startTime().atZoneSameInstant(model.zone())),
                        TIME.format(now.startTime().atZoneSameInstant(model.zone())), now.bookedSeats(), now.heldSeats(),
                        now.capacityTotal(), statusName(now.status())));
                if (was == null || !was.id().equals(now.id())) {
                    capacity.setText(String.valueOf(now.capacityTotal()));
                }
                block.setDisable(now.status() != SessionStatus.OPEN);
                unblock.setDisable(now.status() != SessionStatus.BLOCKED);
            } else {
                what.setText(text("sessions.chooseSession"));
            }
        });
        selectedBox.getChildren().subList(2, 4).forEach(n -> n.setDisable(true));

        Label generateHeading = new Label(text("sessions.generateSessions"));
        generateHeading.getStyleClass().add("heading");
        DatePicker from = new DatePicker();
        from.setId("generateFrom");
        DatePicker to = new DatePicker();
        to.setId("generateTo");
        Button generate = new Button(text("sessions.generate"));
        generate.setId("generateButton");
        generate.setOnAction(e -> model.generate(from.getValue(), to.getValue()));
        Label generateMessage = new Label();
        generateMessage.setId("generateMessage");
        generateMessage.setWrapText(true);
        generateMessage.textProperty().bind(model.generateMessageProperty());
        Label hint = new Label(text("sessions.generateHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox generateBox = new VBox(8, generateHeading, new HBox(6, new Label(text("sessions.from")), from),
                new HBox(6, new Label(text("sessions.to")), to), generate, generateMessage, hint);
        VBox side = new VBox(16, selectedBox, rosterBox(), new Separator(), generateBox);
        side.setPrefWidth(320);
        side.setPadding(new Insets(0, 0, 0, 16));
        VBox.setVgrow(generateBox, Priority.NEVER);
        return side;
    }
}
