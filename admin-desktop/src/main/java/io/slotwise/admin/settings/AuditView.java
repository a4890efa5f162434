package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.AuditEntry;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The audit log: who changed what and when, newest first, with the chosen change's before and after below. */
final class AuditView {

    private final VBox root;

    AuditView(AuditModel model) {
        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("auditTable");
        table.setPlaceholder(new Label(text("settings.audit.noChanges")));
        table.getColumns().add(column(text("settings.audit.when"), e -> Forms.when(e.at(), model.zone()), 150));
        table.getColumns().add(column(text("settings.audit.who"), AuditView::who, 200));
        table.getColumns().add(column(text("settings.audit.what"), AuditSentences::of, 470));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextArea before = state("auditBefore");
        TextArea after = state("auditAfter");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> {
            before.setText(entry == null ? "" : AuditModel.pretty(entry.before()));
            after.setText(entry == null ? "" : AuditModel.pretty(entry.after()));
        });

        Label hint = new Label(text("settings.audit.hint", AuditModel.LIMIT));
        hint.getStyleClass().add("hint");
        Button refresh = new Button(text("settings.audit.refresh"));
        refresh.setId("refreshAudit");
        refresh.setOnAction(e -> model.load());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(10, hint, spring, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("auditMessage");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox beforeBox = new VBox(4, new Label(text("settings.audit.before")), before);
        VBox afterBox = new VBox(4, new Label(text("settings.audit.after")), after);
        HBox.setHgrow(beforeBox, Priority.ALWAYS);
        HBox.setHgrow(afterBox, Priority.ALWAYS);
        HBox states = new HBox(12, beforeBox, afterBox);
        root = new VBox(10, top, message, table, states);
        root.getStyleClass().add("card");
    }

    private static String who(AuditEntry e) {
        String name = e.actorName() == null ? "" : e.actorName();
        return "KIOSK".equals(e.actorKind()) ? text("settings.audit.byKiosk", name) : name;
    }

    private static TextArea state(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(9);
        area.getStyleClass().add("token");
        area.setMaxWidth(Double.MAX_VALUE);
        return area;
    }

    private static TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> text, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    Node root() {
        return root;
    }
}
