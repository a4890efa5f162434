package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.Invitation;
import io.slotwise.common.api.InvitationRequest;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The organization's staff: who they are, their roles, inviting (the token shown once, pending
 * invitations withdrawn), promoting, demoting and removing.
 */
final class StaffModel {

    static final String OWNER = "OWNER";
    static final String STAFF = "STAFF";
    private static final Set<String> FORM_FIELDS = Set.of("email", "role");

    private final AdminSession session;
    private final Confirm confirm;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Invitation> invitations = FXCollections.observableArrayList();
    private final StringProperty email = new SimpleStringProperty("");
    /** The token of the invitation just made, shown once; empty otherwise. */
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenFor = new ReadOnlyStringWrapper("");
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
            invitations.clear();
            return;
        }
        session.async().run(() -> session.client().admin().members(organization), list -> {
            if (organization.equals(organizationId())) {
                members.setAll(list);
            }
        }, problem -> message.set(problem.message()));
        session.async().run(() -> session.client().admin().invitations(organization), list -> {
            if (organization.equals(organizationId())) {
                invitations.setAll(list);
            }
        }, problem -> message.set(problem.message()));
    }

    /** The token leaves the screen when the owner leaves the section: it was shown once. */
    void forgetToken() {
        token.set("");
        tokenFor.set("");
    }

    void invite() {
        UUID organization = organizationId();
        if (organization == null) {
            return;
        }
        errors.clear();
        formMessage.set("");
        forgetToken();
        InvitationRequest request = new InvitationRequest(Forms.text(email.get()), role.get());
        session.async().run(() -> session.client().admin().invite(organization, request), made -> {
            email.set("");
            role.set(STAFF);
            tokenFor.set(made.email());
            token.set(made.token());
            formMessage.set(text("settings.staff.invited", made.email(), roleName(made.role()),
                    Forms.when(made.expiresAt(), session.zone())));
            load();
        }, problem -> {
            problem.fields().forEach((field, text) -> errors.put(field, Forms.sentence(text)));
            String rest = Forms.unplaced(problem, FORM_FIELDS::contains);
            formMessage.set(problem.fields().isEmpty() ? problem.message()
                    : rest.isEmpty() ? text("settings.correctFields") : rest);
        });
    }

    /** Gives {@code member} the other role; changing one's own role is confirmed first. */
    void toggleRole(Member member) {
        String next = OWNER.equals(member.role()) ? STAFF : OWNER;
        if (isMe(member) && !confirm.ask(text("settings.staff.makeMeQuestion", roleName(next)),
                text("settings.staff.makeMe", roleName(next)))) {
            return;
        }
        UUID organization = organizationId();
        message.set("");
        session.async().run(() -> session.client().admin().changeRole(organization, member.userId(), next), changed -> {
            message.set(text("settings.staff.roleChanged", changed.displayName(), roleName(changed.role())));
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    /** Withdraws an invitation after asking: its token stops working. */
    void revoke(Invitation invitation) {
        if (invitation == null
                || !confirm.ask(text("settings.staff.withdrawQuestion", invitation.email()), text("settings.staff.withdraw"))) {
            return;
        }
        UUID organization = organizationId();
        message.set("");
        session.async().run(() -> session.client().admin().revokeInvitation(organization, invitation.id()), () -> {
            message.set(text("settings.staff.withdrawn", invitation.email()));
            if (invitation.email().equals(tokenFor.get())) {
                forgetToken();
            }
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    void remove(Member member) {
        String question = isMe(member)
                ? text("settings.staff.removeMeQuestion")
                : text("settings.staff.removeQuestion", member.displayName(), member.email());
        if (!confirm.ask(question, text("settings.remove"))) {
            return;
        }
        UUID organization = organizationId();
        message.set("");
        session.async().run(() -> session.client().admin().removeMember(organization, member.userId()), () -> {
            message.set(text("settings.staff.removed", member.displayName()));
            load();
        }, problem -> message.set(Forms.explain(problem)));
    }

    /** Times are shown on the venue's clock. */
    java.time.ZoneId zone() {
        return session.zone();
    }

    boolean isMe(Member member) {
        return member != null && member.userId().equals(session.user().id());
    }

    /** A role as a sentence names it: "an owner", "staff". */
    static String roleName(String role) {
        return OWNER.equals(role) ? text("settings.staff.anOwner") : text("settings.staff.aStaffMember");
    }

    private UUID organizationId() {
        var membership = session.organizationProperty().get();
        return membership == null ? null : membership.organizationId();
    }

    ObservableList<Member> members() {
        return members;
    }

    StringProperty emailProperty() {
        return email;
    }

    ObservableList<Invitation> invitations() {
        return invitations;
    }

    ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    ReadOnlyStringProperty tokenForProperty() {
        return tokenFor.getReadOnlyProperty();
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
