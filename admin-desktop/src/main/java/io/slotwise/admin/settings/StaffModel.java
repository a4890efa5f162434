package io.slotwise.admin.settings;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.MemberRequest;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The organization's staff: who they are, their roles, adding, promoting, demoting and removing. */
final class StaffModel {

    static final String OWNER = "OWNER";
    static final String STAFF = "STAFF";
    private static final Set<String> FORM_FIELDS = Set.of("email", "displayName", "password", "role");

    private final AdminSession session;
    private final Confirm confirm;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty(STAFF);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    StaffModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.confirm = confirm;
    }

    void load() {
        UUID organization = organizationId();
        if (organization == null) {
            members.clear();
            return;
        }
        session.async().run(() -> session.client().members(organization), list -> {
            if (organization.equals(organizationId())) {
                members.setAll(list);
            }
        }, problem -> message.set(problem.message()));
    }

    void add() {
        UUID organization = organizationId();
        if (organization == null) {
            return;
        }
        errors.clear();
        formMessage.set("");
        MemberRequest request = new MemberRequest(Forms.text(email.get()), blankToNull(displayName.get()),
                password.get() == null || password.get().isEmpty() ? null : password.get(), role.get());
        session.async().run(() -> session.client().addMember(organization, request), added -> {
            email.set("");
            displayName.set("");
            password.set("");
            role.set(STAFF);
            formMessage.set(added.displayName() + " was added as " + roleName(added.role()) + ".");
            load();
        }, problem -> {
            problem.fields().forEach((field, text) -> errors.put(field, Forms.sentence(text)));
            String rest = Forms.unplaced(problem, FORM_FIELDS::contains);
            formMessage.set(problem.fields().isEmpty() ? problem.message()
                    : rest.isEmpty() ? "Please correct the highlighted fields." : rest);
        });
    }

    /** Gives {@code member} the other role; changing one's own role is confirmed first. */
    void toggleRole(Member member) {
        String next = OWNER.equals(member.role()) ? STAFF : OWNER;
        if (isMe(member) && !confirm.ask("You are about to make yourself " + roleName(next)
                + ". You will no longer see the owner settings. Go on?", "Make me " + roleName(next))) {
            return;
        }
        UUID organization = organizationId();
        message.set("");
        session.async().run(() -> session.client().changeRole(organization, member.userId(), next), changed -> {
            message.set(changed.displayName() + " is now " + roleName(changed.role()) + ".");
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    void remove(Member member) {
        String question = isMe(member)
                ? "Remove yourself from this organization? You will lose access to it at once."
                : "Remove " + member.displayName() + " (" + member.email() + ") from this organization? "
                        + "Their account stays, but they can no longer work here.";
        if (!confirm.ask(question, "Remove")) {
            return;
        }
        UUID organization = organizationId();
        message.set("");
        session.async().run(() -> session.client().removeMember(organization, member.userId()), () -> {
            message.set(member.displayName() + " was removed.");
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    boolean isMe(Member member) {
        return member != null && member.userId().equals(session.user().id());
    }

    static String roleName(String role) {
        return OWNER.equals(role) ? "an owner" : "staff";
    }

    private UUID organizationId() {
        var membership = session.organizationProperty().get();
        return membership == null ? null : membership.organizationId();
    }

    private static String blankToNull(String text) {
        String t = Forms.text(text);
        return t.isEmpty() ? null : t;
    }

    ObservableList<Member> members() {
        return members;
    }

    StringProperty emailProperty() {
        return email;
    }

    StringProperty displayNameProperty() {
        return displayName;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty roleProperty() {
        return role;
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
