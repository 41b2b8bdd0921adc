package io.tajriba.workspaces;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.internal.ApiKeyPrincipal;
import io.tajriba.workspaces.internal.AuditLog;
import io.tajriba.workspaces.internal.Memberships;
import io.tajriba.workspaces.internal.SignedInUser;
import io.tajriba.workspaces.internal.WorkspaceRecords;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which workspace a request acts in, and the workspaces themselves. A signed-in user acts in the workspace chosen
 * with the switcher (kept in the session); an API key always acts in its own workspace.
 */
@Service
public class Workspaces {

	static final String SESSION_KEY = "tajriba.workspace";

	private final WorkspaceRecords records;
	private final Memberships memberships;
	private final AuditLog audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Workspaces(WorkspaceRecords records, Memberships memberships, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.records = records;
		this.memberships = memberships;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** The access of the current request; fails with 401 when nobody is signed in, 403 without a workspace. */
	public Access current() {
		return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/**
	 * The access of the current request, empty when nobody is signed in and also when the user belongs to no
	 * workspace (the home page offers them to create one), where {@link #currentIfAny} refuses.
	 */
	public Optional<Access> currentMember() {
		try {
			return currentIfAny();
		}
		catch (AccessDeniedException noWorkspace) {
			return Optional.empty();
		}
	}

	public Optional<Access> currentIfAny() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof ApiKeyPrincipal key) {
			return Optional.of(new Access(key.workspaceId(), key.role(), "key:" + key.prefix(), null, key.keyId()));
		}
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			List<Membership> mine = records.membershipsOf(user.id());
			if (mine.isEmpty()) {
				throw new AccessDeniedException("You belong to no workspace");
			}
			Object chosen = session().map(s -> s.getAttribute(SESSION_KEY)).orElse(null);
			Membership membership = mine.stream()
				.filter(m -> m.workspace().id().equals(chosen))
				.findFirst()
				.orElse(mine.getFirst());
			return Optional.of(new Access(membership.workspace().id(), membership.role(),
					"user:" + user.getUsername(), user.id(), null));
		}
		return Optional.empty();
	}

	public Workspace workspace(UUID id) {
		return records.find(id).orElseThrow(() -> new NotFoundException("Workspace"));
	}

	public Workspace currentWorkspace() {
		return workspace(current().workspaceId());
	}

	public Optional<Workspace> findByName(String name) {
		return records.findByName(name);
	}

	/** The workspaces the current user may switch to (just its own for an API key). */
	public List<Membership> mine() {
		Access access = current();
		if (!access.isUser()) {
			return List.of(new Membership(workspace(access.workspaceId()), access.role()));
		}
		return records.membershipsOf(access.userId());
	}

	/** Switches the signed-in user to another of their workspaces; 403 for a workspace they do not belong to. */
	public void switchTo(UUID workspaceId) {
		Access access = current();
		if (!access.isUser() || memberships.role(workspaceId, access.userId()).isEmpty()) {
			throw new AccessDeniedException("Not a member of that workspace");
		}
		session().orElseThrow().setAttribute(SESSION_KEY, workspaceId);
	}

	/** A new workspace, owned by the given user. */
	@Transactional
	public Workspace create(String name, String locale, ZoneId zone, CalendarSystem calendar, UUID owner) {
		Workspace workspace = records.insert(requireName(name), Languages.of("defaultLocale", locale), zone, calendar);
		memberships.add(workspace.id(), owner, Role.OWNER);
		audit.append(workspace.id(), clock.instant(), actorOrSystem(), "workspace.created", workspace.name(), null, null);
		events.publishEvent(new WorkspaceCreated(workspace.id(), workspace.name(), workspace.defaultLocale()));
		return workspace;
	}

	@Transactional
	public Workspace update(String name, String locale, ZoneId zone, CalendarSystem calendar) {
		Access access = requireAdmin();
		Workspace updated = new Workspace(access.workspaceId(), requireName(name), Languages.of("defaultLocale", locale),
				zone, calendar);
		records.update(updated);
		audit.append(access.workspaceId(), clock.instant(), access.actor(), "workspace.updated", updated.name(),
				"locale=" + updated.defaultLocale() + " zone=" + zone.getId() + " calendar=" + calendar.id(), null);
		return updated;
	}

	/** The current access, if it may administer its workspace; 403 otherwise. */
	public Access requireAdmin() {
		Access access = current();
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins may do this");
		}
		return access;
	}

	public static ZoneId zone(String field, String value) {
		try {
			return ZoneId.of(value.trim());
		}
		catch (RuntimeException e) {
			throw new InvalidFieldException(field, "is not a time zone such as Asia/Tehran or Europe/Berlin");
		}
	}

	private String actorOrSystem() {
		return currentIfAny().map(Access::actor).orElse("system");
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 120) {
			throw new InvalidFieldException("name", "must have 1 to 120 characters");
		}
		return name.trim();
	}

	private static Optional<HttpSession> session() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest().getSession(true)) : Optional.empty();
	}
}
