package io.tajriba.workspaces.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.AccessAdministration.IssuedKey;
import io.tajriba.workspaces.ApiKey;
import io.tajriba.workspaces.AuditEntry;
import io.tajriba.workspaces.Invitation;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.MemberInvitations;
import io.tajriba.workspaces.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Access", description = "Members, API keys and the audit log of the current workspace (owners and admins)")
@RestController
@RequestMapping("/api/v1")
class AccessApi {

	record MemberView(UUID userId, String email, String displayName, String role, Instant since) {

		static MemberView of(Member m) {
			return new MemberView(m.userId(), m.email(), m.displayName(), m.role().id(), m.since());
		}
	}

	record NewMember(@NotBlank @Size(max = 254) String email, @NotBlank String role) {
	}

	/** The same answer whether the address has an account or not. */
	record InvitationView(UUID id, String email, String role, String invitedBy, Instant createdAt, Instant expiresAt) {

		static InvitationView of(Invitation i) {
			return new InvitationView(i.id(), i.email(), i.role().id(), i.invitedBy(), i.createdAt(), i.expiresAt());
		}
	}

	record RoleChange(@NotBlank String role) {
	}

	record NewKey(@NotBlank @Size(max = 100) String name, String role) {
	}

	record KeyView(UUID id, String name, String role, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		static KeyView of(ApiKey k) {
			return new KeyView(k.id(), k.name(), k.role().id(), k.prefix(), k.createdAt(), k.lastUsedAt(),
					k.revokedAt());
		}
	}

	private final AccessAdministration administration;
	private final MemberInvitations invitations;

	AccessApi(AccessAdministration administration, MemberInvitations invitations) {
		this.administration = administration;
		this.invitations = invitations;
	}

	@GetMapping("/members")
	List<MemberView> members() {
		return administration.members().stream().map(MemberView::of).toList();
	}

	@Operation(summary = "Invite a member by e-mail: they join with the role when they accept the link (and choose a "
			+ "password if they have no account); the answer is the same whether the address has an account or not")
	@PostMapping({ "/members", "/invitations" })
	@ResponseStatus(HttpStatus.ACCEPTED)
	InvitationView invite(@Valid @RequestBody NewMember member) {
		return InvitationView.of(invitations.invite(member.email(), Role.of("role", member.role())));
	}

	@GetMapping("/invitations")
	List<InvitationView> invitations() {
		return invitations.pending().stream().map(InvitationView::of).toList();
	}

	@DeleteMapping("/invitations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeInvitation(@PathVariable UUID id) {
		invitations.revoke(id);
	}

	@PatchMapping("/members/{userId}")
	MemberView changeRole(@PathVariable UUID userId, @Valid @RequestBody RoleChange change) {
		return MemberView.of(administration.changeRole(userId, Role.of("role", change.role())));
	}

	@DeleteMapping("/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID userId) {
		administration.removeMember(userId);
	}

	@GetMapping("/api-keys")
	List<KeyView> keys() {
		return administration.apiKeys().stream().map(KeyView::of).toList();
	}

	@Operation(summary = "Issue an API key; its secret is in this answer only")
	@PostMapping("/api-keys")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedKey issue(@Valid @RequestBody NewKey key) {
		return administration.issueKey(key.name(), key.role() == null ? Role.ANALYST : Role.of("role", key.role()));
	}

	@DeleteMapping("/api-keys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		administration.revokeKey(id);
	}

	@GetMapping("/audit")
	List<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
		return administration.auditLog(limit);
	}
}
