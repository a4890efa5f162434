package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.Invitation;
import io.slotwise.common.api.InvitationRequest;
import io.slotwise.common.api.RoleChange;
import io.slotwise.server.security.Guarded;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners manage their organization's staff. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/members")
class MemberController {

    private final MemberService members;
    private final InvitationService invitations;

    MemberController(MemberService members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @Guarded(Role.OWNER)
    @GetMapping
    List<Member> list(@PathVariable UUID organizationId) {
        return members.list(organizationId);
    }

    /** Invites an email to join: answered alike whether the email has an account, with the token shown once. */
    @Guarded(Role.OWNER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Invitation invite(@PathVariable UUID organizationId, @RequestBody InvitationRequest request) {
        return invitations.invite(organizationId, request);
    }

    @Guarded(Role.OWNER)
    @GetMapping("/invitations")
    List<Invitation> invitations(@PathVariable UUID organizationId) {
        return invitations.pending(organizationId);
    }

    @Guarded(Role.OWNER)
    @DeleteMapping("/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID organizationId, @PathVariable UUID invitationId) {
        invitations.revoke(organizationId, invitationId);
    }

    @Guarded(Role.OWNER)
    @PutMapping("/{userId}")
    Member changeRole(@PathVariable UUID organizationId, @PathVariable UUID userId, @RequestBody RoleChange change) {
        return members.changeRole(organizationId, userId, change);
    }

    @Guarded(Role.OWNER)
    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID organizationId, @PathVariable UUID userId) {
        members.remove(organizationId, userId);
    }
}
