package io.tajriba.workspaces;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.domain.EmailAddress;
import io.tajriba.workspaces.domain.OneTimeToken;
import io.tajriba.workspaces.internal.AccountMail;
import io.tajriba.workspaces.internal.AuditLog;
import io.tajriba.workspaces.internal.Invitations;
import io.tajriba.workspaces.internal.Memberships;
import io.tajriba.workspaces.internal.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members join by invitation: an owner or admin invites an e-mail address, the person follows the e-mailed link
 * and accepts (creating their account if they have none). Nobody is attached to a workspace without their
 * consent, and the answer to an invitation is the same whether the address has an account or not.
 */
@Service
public class MemberInvitations {

	/** How long an invitation's link works. */
	public static final Duration VALID = Duration.ofDays(7);

	/** What the link shows: who invites whom to what; {@code hasAccount} only to the holder of the link. */
	public record Opened(String workspaceName, String email, Role role, boolean hasAccount) {
	}

	private final Workspaces workspaces;
	private final Invitations invitations;
	private final Memberships memberships;
	private final UserAccounts users;
	private final Accounts accounts;
	private final AuditLog audit;
	private final AccountMail mail;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	MemberInvitations(Workspaces workspaces, Invitations invitations, Memberships memberships, UserAccounts users,
			Accounts accounts, AuditLog audit, AccountMail mail, Clock clock) {
		this.workspaces = workspaces;
		this.invitations = invitations;
		this.memberships = memberships;
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.mail = mail;
		this.clock = clock;
	}

	/** Invites the address to the current workspace with the role, by e-mail; a new invitation replaces the last. */
	@Transactional
	public Invitation invite(String email, Role role) {
		Access access = workspaces.requireAdmin();
		if (role == Role.OWNER && access.role() != Role.OWNER) {
			throw new InvalidFieldException("role", "only an owner may make another owner");
		}
		EmailAddress address = Accounts.address(email);
		// the members are listed to those who invite, so this tells them nothing new
		if (memberships.list(access.workspaceId()).stream().anyMatch(m -> m.email().equalsIgnoreCase(address.value()))) {
			throw new InvalidFieldException("email", "is already a member of this workspace");
		}
		OneTimeToken token = OneTimeToken.generate(random);
		Instant now = clock.instant();
		Invitation invitation = invitations.replace(access.workspaceId(), address.value(), role, token, access.actor(),
				now, now.plus(VALID));
		audit.append(access.workspaceId(), now, access.actor(), "member.invited", address.value(), "role=" + role.id(),
				null);
		Workspace workspace = workspaces.workspace(access.workspaceId());
		String inviter = Optional.ofNullable(access.userId()).flatMap(users::find)
			.map(UserAccounts.UserAccount::displayName).orElse(workspace.name());
		mail.send(address.value(), "invitation", "/invitations/" + token.value(), workspace.defaultLocale(),
				workspace.name(), inviter);
		return invitation;
	}

	/** The invitations of the current workspace still waiting for an answer. */
	public List<Invitation> pending() {
		return invitations.pending(workspaces.requireAdmin().workspaceId(), clock.instant());
	}

	@Transactional
	public void revoke(UUID id) {
		Access access = workspaces.requireAdmin();
		Invitation revoked = invitations.revoke(access.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Invitation"));
		audit.append(access.workspaceId(), clock.instant(), access.actor(), "member.invitation_revoked",
				revoked.email(), null, null);
	}

	/** What the link of an invitation shows, if it still works. */
	@Transactional(readOnly = true)
	public Optional<Opened> open(String token) {
		return OneTimeToken.parse(token).flatMap(t -> invitations.claimable(t, clock.instant(), false))
			.map(i -> new Opened(workspaces.workspace(i.workspaceId()).name(), i.email(), i.role(),
					users.findByEmail(i.email()).isPresent()));
	}

	/**
	 * Accepts the invitation of the link: the person joins with the invited role (keeping theirs if they are a
	 * member already); without an account they get one with the name and password given. The link then stops
	 * working. Returns the workspace joined.
	 */
	@Transactional
	public UUID accept(String token, String displayName, String password) {
		Instant now = clock.instant();
		Invitation invitation = OneTimeToken.parse(token).flatMap(t -> invitations.claimable(t, now, true))
			.orElseThrow(() -> new InvalidFieldException("token", "this invitation has expired or was used"));
		UUID userId = users.findByEmail(invitation.email()).map(UserAccounts.UserAccount::id)
			.orElseGet(() -> accounts.create(invitation.email(), displayName, password));
		memberships.addIfAbsent(invitation.workspaceId(), userId, invitation.role());
		invitations.accepted(invitation.workspaceId(), invitation.id(), now);
		audit.append(invitation.workspaceId(), now, "user:" + invitation.email(), "member.joined",
				invitation.email(), "role=" + invitation.role().id(), null);
		return invitation.workspaceId();
	}
}
