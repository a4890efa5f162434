package io.slotwise.admin.messages;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.api.MailPreview;
import io.slotwise.common.api.VenueEvent;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the venue tells its customers and integrators: the mails and webhook events waiting or
 * given up (or all recent ones), each readable as its receiver gets it. A venue without a mail
 * server reads its customers' mails here; a failing one shows why, and a mail can go again.
 */
public final class MessagesPage implements Page {

    private final AdminSession session;
    private final MessagesModel model;
    private final BorderPane root = new BorderPane();

    public MessagesPage(AdminSession session) {
        this.session = session;
        this.model = new MessagesModel(session);
        root.setTop(filterBar());
        root.setCenter(table());
        root.setRight(preview());
        // New bookings, cancellations and moves write new messages.
        new LiveReload(session, root, e -> e instanceof VenueEvent.BookingChanged, model::load);
    }

    @Override
    public String title() {
        return text("messages.title");
    }

    @Override
    public String id() {
        return "messages";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    private Node filterBar() {
        Label heading = new Label(text("messages.title"));
        heading.getStyleClass().add("heading");
        ToggleGroup filter = new ToggleGroup();
        RadioButton attention = new RadioButton(text("messages.attention"));
        attention.setId("messagesAttention");
        attention.setToggleGroup(filter);
        RadioButton all = new RadioButton(text("messages.all"));
        all.setId("messagesAll");
        all.setToggleGroup(filter);
        attention.setSelected(model.attentionOnlyProperty().get());
        all.setSelected(!model.attentionOnlyProperty().get());
        filter.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.attentionOnlyProperty().set(now == attention);
            }
        });
        Button refresh = new Button(text("messages.refresh"));
        refresh.setId("refreshMessages");
        refresh.setOnAction(e -> model.load());
        Label hint = new Label(text("messages.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(12, heading, attention, all, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, hint);
        top.setPadding(new Insets(0, 0, 12, 0));
        return top;
    }

    private Node table() {
        TableView<CustomerMessage> table = new TableView<>(model.messages());
        table.setId("messageTable");
        table.getColumns().add(column(text("messages.column.written"), m -> MessageTexts.created(m, session.zone())));
        table.getColumns().add(column(text("messages.column.what"), m -> MessageTexts.kind(m.kind())));
        table.getColumns().add(column(text("messages.column.to"), CustomerMessage::recipient));
        table.getColumns().add(column(text("messages.column.delivery"), m -> MessageTexts.state(m, session.zone())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.chosenProperty().set(now));
        model.chosenProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setPlaceholder(new Label(text("messages.allDelivered")));
        model.attentionOnlyProperty().addListener((o, was, only) -> table.setPlaceholder(new Label(
                only ? text("messages.allDelivered") : text("messages.none"))));
        return table;
    }

    private static TableColumn<CustomerMessage, String> column(String title, Function<CustomerMessage, String> value) {
        TableColumn<CustomerMessage, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node preview() {
        Label subject = new Label(text("messages.choose"));
        subject.setId("previewSubject");
        subject.getStyleClass().add("heading");
        subject.setWrapText(true);
        Label to = new Label();
        to.setId("previewTo");
        to.getStyleClass().add("hint");
        TextArea text = new TextArea();
        text.setId("previewText");
        text.setEditable(false);
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label calendar = new Label();
        calendar.setId("previewCalendar");
        calendar.getStyleClass().add("hint");
        Button again = new Button(text("messages.sendAgain"));
        again.setId("resendMessage");
        again.setOnAction(e -> model.resend());
        again.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.canResend(model.chosenProperty().get()), model.chosenProperty()));
        Label note = new Label();
        note.setId("messagesNote");
        note.setWrapText(true);
        note.textProperty().bind(model.messageProperty());
        model.previewProperty().addListener((o, was, now) -> show(now, subject, to, text, calendar));
        VBox side = new VBox(8, subject, to, text, calendar, again, note);
        side.setPadding(new Insets(0, 0, 0, 16));
        side.setPrefWidth(460);
        side.setMinWidth(320);
        return side;
    }

    private void show(MailPreview preview, Label subject, Label to, TextArea text, Label calendar) {
        if (preview == null) {
            subject.setText(model.chosenProperty().get() == null ? text("messages.choose") : text("messages.loading"));
            to.setText("");
            text.clear();
            calendar.setText("");
            return;
        }
        subject.setText(preview.subject());
        to.setText(text("messages.to", preview.to()));
        text.setText(preview.text());
        calendar.setText(preview.calendar() == null ? "" : text("messages.calendar"));
    }
}
