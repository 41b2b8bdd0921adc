package io.tajriba.workspaces;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.domain.ApiKeySecret;
import io.tajriba.workspaces.internal.ApiKeys;
import io.tajriba.workspaces.internal.AuditLog;
import io.tajriba.workspaces.internal.Memberships;
import io.tajriba.workspaces.internal.UserAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and API keys of the current workspace; only owners and admins may change them, and every change is
 * written to the audit log. Members are added by invitation ({@link MemberInvitations}).
 */
@Service
public class AccessAdministration {

	/** A key just issued: the secret is in this answer and nowhere else, ever. */
	public record IssuedKey(UUID id, String name, Role role, String secret) {
	}

	private final Workspaces workspaces;
	private final UserAccounts users;
	private final Memberships memberships;
	private final ApiKeys keys;
	private final AuditLog audit;
	private final Accounts accounts;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	AccessAdministration(Workspaces workspaces, UserAccounts users, Memberships memberships, ApiKeys keys,
			AuditLog audit, Accounts accounts, Clock clock) {
		this.workspaces = workspaces;
		this.users = users;
		this.memberships = memberships;
		this.keys = keys;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The team of the current workspace, for its members to see; API keys do not read people's addresses. */
	public List<Member> members() {
		Access access = workspaces.current();
		if (!access.isUser()) {
			throw new AccessDeniedException("API keys cannot list members");
		}
		return memberships.list(access.workspaceId());
	}

	/** Owners are removed by owners only, and never the last one. */
	@Transactional
	public void removeMember(UUID userId) {
		Access access = workspaces.requireAdmin();
		memberships.lockWorkspace(access.workspaceId());
		Member member = member(access, userId);
		if (member.role() == Role.OWNER) {
			requireOwner(access, "userId", "only an owner may remove an owner");
			requireAnotherOwner(access, "userId", "is the last owner of the workspace");
		}
		memberships.remove(access.workspaceId(), userId);
		log(access, "member.removed", member.email(), null);
	}

	/** Owners are made, demoted and promoted by owners only; the workspace always keeps one. */
	@Transactional
	public Member changeRole(UUID userId, Role role) {
		Access access = workspaces.requireAdmin();
		requireGrantable(access, role);
		memberships.lockWorkspace(access.workspaceId());
		Member member = member(access, userId);
		if (member.role() == Role.OWNER && role != Role.OWNER) {
			requireOwner(access, "role", "only an owner may change an owner's role");
			requireAnotherOwner(access, "role", "the last owner must stay owner");
		}
		memberships.add(access.workspaceId(), userId, role);
		log(access, "member.role_changed", member.email(), member.role().id() + " -> " + role.id());
		return member(access, userId);
	}

	public List<ApiKey> apiKeys() {
		return keys.list(workspaces.requireAdmin().workspaceId());
	}

	@Transactional
	public IssuedKey issueKey(String name, Role role) {
		Access access = workspaces.requireAdmin();
		return issue(access.workspaceId(), access.actor(), name, role, ApiKeySecret.generate(random));
	}

	@Transactional
	public void revokeKey(UUID keyId) {
		Access access = workspaces.requireAdmin();
		ApiKey key = keys.find(access.workspaceId(), keyId).orElseThrow(() -> new NotFoundException("API key"));
		keys.revoke(access.workspaceId(), keyId, clock.instant());
		log(access, "api_key.revoked", key.name() + " (" + key.prefix() + "…)", null);
	}

	public List<AuditEntry> auditLog(int limit) {
		return audit.latest(workspaces.requireAdmin().workspaceId(), Math.max(1, Math.min(limit, 1000)));
	}

	/** The members of a workspace, for work done without a signed-in user (assigning cases, notifying). */
	public List<Member> membersOf(UUID workspaceId) {
		return memberships.list(workspaceId);
	}

	/** The members' names by user id (the first, should one user be listed twice). */
	public java.util.Map<UUID, String> memberNames(UUID workspaceId) {
		return membersOf(workspaceId).stream()
			.collect(java.util.stream.Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
	}

	/** The language a user last chose for the pages, if any: what their e-mails are written in. */
	public Optional<String> languageOf(UUID userId) {
		return users.language(userId);
	}

	/** Remembers the language the signed-in user chose (the language switcher calls this). */
	public void rememberLanguage(String language) {
		if (!Languages.SUPPORTED.contains(language)) {
			return;
		}
		try {
			workspaces.currentIfAny().filter(Access::isUser).ifPresent(a -> users.rememberLanguage(a.userId(), language));
		}
		catch (AccessDeniedException e) {
			// a user of no workspace: nothing is written to them
		}
	}

	/** Set-up without a signed-in user (first start, demo data): the user with this password, created if new. */
	@Transactional
	public UUID ensureUser(String email, String displayName, String password) {
		UUID userId = findOrCreateUser(email, displayName, password);
		users.changePassword(userId, accounts.encode(email, password));
		return userId;
	}

	/**
	 * Set-up without a signed-in user (first start, demo data, trusted code): makes the user a member of the
	 * workspace with this role at once, without an invitation.
	 */
	@Transactional
	public void ensureMember(UUID workspaceId, UUID userId, Role role) {
		memberships.add(workspaceId, userId, role);
	}

	/** Set-up without a signed-in user: replaces the active keys of that name with a new one. */
	@Transactional
	public IssuedKey replaceKey(UUID workspaceId, String name, Role role, Optional<String> chosenSecret) {
		ApiKeySecret secret = chosenSecret.map(ApiKeySecret::chosen).orElseGet(() -> ApiKeySecret.generate(random));
		Optional<ApiKey> same = keys.findAny(secret);
		if (same.isPresent()) {
			// the same chosen secret as before (a restart with a fixed key): keep that key rather than a new one
			ApiKey key = same.get();
			if (!key.workspaceId().equals(workspaceId) || !key.name().equals(name)) {
				throw new InvalidFieldException("apiKey", "is already in use by another key; choose another secret");
			}
			keys.activeNamed(workspaceId, name).stream().filter(id -> !id.equals(key.id()))
				.forEach(id -> keys.revoke(workspaceId, id, clock.instant()));
			keys.restore(workspaceId, key.id(), role);
			return new IssuedKey(key.id(), key.name(), role, secret.value());
		}
		keys.activeNamed(workspaceId, name).forEach(id -> keys.revoke(workspaceId, id, clock.instant()));
		return issue(workspaceId, "system", name, role, secret);
	}

	private IssuedKey issue(UUID workspaceId, String actor, String name, Role role, ApiKeySecret secret) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidFieldException("name", "must have 1 to 100 characters");
		}
		if (role.canAdminister()) {
			throw new InvalidFieldException("role", "an API key may be analyst, agent or viewer");
		}
		ApiKey key = keys.insert(workspaceId, name.trim(), role, secret, clock.instant());
		audit.append(workspaceId, clock.instant(), actor, "api_key.created", key.name() + " (" + key.prefix() + "…)",
				"role=" + role.id(), null);
		return new IssuedKey(key.id(), key.name(), role, secret.value());
	}

	private UUID findOrCreateUser(String email, String displayName, String password) {
		return users.findByEmail(Accounts.address(email).value()).map(UserAccounts.UserAccount::id)
			.orElseGet(() -> accounts.create(email, displayName, password));
	}

	private Member member(Access access, UUID userId) {
		return memberships.list(access.workspaceId()).stream().filter(m -> m.userId().equals(userId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Member"));
	}

	private static void requireGrantable(Access access, Role role) {
		if (role == Role.OWNER) {
			requireOwner(access, "role", "only an owner may make another owner");
		}
	}

	private static void requireOwner(Access access, String field, String problem) {
		if (access.role() != Role.OWNER) {
			throw new InvalidFieldException(field, problem);
		}
	}

	private void requireAnotherOwner(Access access, String field, String problem) {
		if (memberships.owners(access.workspaceId()) <= 1) {
			throw new InvalidFieldException(field, problem);
		}
	}

	private void log(Access access, String action, String target, String detail) {
		audit.append(access.workspaceId(), clock.instant(), access.actor(), action, target, detail, null);
	}
}
