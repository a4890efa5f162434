package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.Member;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import io.slotwise.common.api.Invitation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Staff and roles: the members on the left with what can be done to the chosen one, inviting on the right. */
final class StaffView {

    private final HBox root;

    StaffView(StaffModel model) {
        TableView<Member> table = new TableView<>(model.members());
        table.setId("memberList");
        table.setPlaceholder(new Label(text("settings.staff.noMembers")));
        table.getColumns().add(column(text("settings.staff.name"),
                m -> model.isMe(m) ? text("settings.staff.you", m.displayName()) : m.displayName(), 190));
        table.getColumns().add(column(text("settings.staff.email"), Member::email, 230));
        table.getColumns().add(column(text("settings.staff.role"), m -> roleTitle(m.role()), 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button role = new Button();
        role.setId("changeRole");
        role.textProperty().bind(Bindings.createStringBinding(() -> selected.get() != null && StaffModel.OWNER.equals(selected.get().role())
                ? text("settings.staff.makeStaff") : text("settings.staff.makeOwner"), selected));
        role.disableProperty().bind(selected.isNull());
        role.setOnAction(e -> model.toggleRole(selected.get()));
        Button remove = new Button(text("settings.staff.removeButton"));
        remove.setId("removeMember");
        remove.disableProperty().bind(selected.isNull());
        remove.setOnAction(e -> model.remove(selected.get()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                model.remove(selected.get());
            }
        });
        Label message = new Label();
        message.setId("staffMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(8, role, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label owners = new Label(text("settings.staff.rolesHint"));
        owners.getStyleClass().add("hint");
        owners.setWrapText(true);
        VBox list = new VBox(10, heading(text("settings.staff.title")), owners, table, actions, message);
        list.getStyleClass().add("card");
        HBox.setHgrow(list, Priority.ALWAYS);

        root = new HBox(16, list, addForm(model));
    }

    private static Node addForm(StaffModel model) {
        TextField email = new TextField();
        email.setId("memberEmail");
        email.setPromptText("name@example.com");
        email.textProperty().bindBidirectional(model.emailProperty());
        ComboBox<String> role = new ComboBox<>();
        role.getItems().setAll(StaffModel.STAFF, StaffModel.OWNER);
        role.setId("memberRole");
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : roleTitle(value);
            }

            @Override
            public String fromString(String text) {
                return roleTitle(StaffModel.OWNER).equalsIgnoreCase(text) ? StaffModel.OWNER : StaffModel.STAFF;
            }
        });
        Forms.markInvalid(email, model.errors(), "email");
        Forms.markInvalid(role, model.errors(), "role");
        Button invite = new Button(text("settings.staff.invite"));
        invite.setId("addMember");
        invite.setOnAction(e -> model.invite());
        // Enter in the email field invites, as the button would.
        email.setOnAction(e -> model.invite());
        Label message = new Label();
        message.setId("addMemberMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.formMessageProperty());
        Label how = new Label(text("settings.staff.inviteHint"));
        how.getStyleClass().add("hint");
        how.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = field(grid, 0, text("settings.staff.email"), email, Forms.errorLabel(model.errors(), "email"));
        field(grid, row, text("settings.staff.role"), role, Forms.errorLabel(model.errors(), "role"));
        VBox form = new VBox(10, heading(text("settings.staff.inviteTitle")), how, grid, invite, message, tokenBox(model), pending(model));
        form.getStyleClass().add("card");
        form.setPrefWidth(400);
        form.setMinWidth(340);
        return form;
    }

    /** The code of the invitation just made, shown once, with a copy button. */
    private static Node tokenBox(StaffModel model) {
        var invited = model.tokenForProperty();
        return OnceShownToken.box("invite", Bindings.createStringBinding(() -> text("settings.staff.codeFor", invited.get()), invited),
                model.tokenProperty(), text("settings.staff.codeNote"));
    }

    /** Invitations waiting to be accepted, each of which can be withdrawn. */
    private static Node pending(StaffModel model) {
        ListView<Invitation> list = new ListView<>(model.invitations());
        list.setId("invitationList");
        list.setPlaceholder(new Label(text("settings.staff.noInvitations")));
        list.setPrefHeight(120);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Invitation invitation, boolean empty) {
                super.updateItem(invitation, empty);
                setText(empty || invitation == null ? null
                        : text(StaffModel.OWNER.equals(invitation.role()) ? "settings.staff.pendingOwner" : "settings.staff.pendingStaff",
                                invitation.email(), Forms.when(invitation.expiresAt(), model.zone())));
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        Button revoke = new Button(text("settings.staff.withdrawButton"));
        revoke.setId("revokeInvitation");
        revoke.disableProperty().bind(selected.isNull());
        revoke.setOnAction(e -> model.revoke(selected.get()));
        return new VBox(6, heading(text("settings.staff.pending")), list, revoke);
    }

    /** "Owner" or "Staff", as the list and the role choice show a role. */
    private static String roleTitle(String role) {
        return StaffModel.OWNER.equals(role) ? text("settings.staff.owner") : text("settings.staff.staff");
    }

    static int field(GridPane grid, int row, String label, Node control, Label error) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static TableColumn<Member, String> column(String title, java.util.function.Function<Member, String> text, double width) {
        TableColumn<Member, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    Node root() {
        return root;
    }
}
