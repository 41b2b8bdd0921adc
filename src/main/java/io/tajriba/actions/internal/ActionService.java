package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.actions.ActionPlans.Summary;
import io.tajriba.actions.domain.Action;
import io.tajriba.actions.domain.InsightLink;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans: owners, admins and analysts start and delete actions; whoever works cases changes and comments on
 * them, except that members with the agent role may only touch the actions they own. Everyone reads them all.
 * An action assigned to someone tells them in the app.
 */
@Service
public class ActionService {

	static final String ASSIGNED = "action_assigned";

	private final ActionStore store;
	private final ActionInput input;
	private final ActionViews views;
	private final InitiativeReader initiatives;
	private final NotificationStore notifications;
	private final Clock clock;

	ActionService(ActionStore store, ActionInput input, ActionViews views, InitiativeReader initiatives,
			NotificationStore notifications, Clock clock) {
		this.store = store;
		this.input = input;
		this.views = views;
		this.initiatives = initiatives;
		this.notifications = notifications;
		this.clock = clock;
	}

	public List<ActionView> list(Access access, ActionFilter filter) {
		return views.list(access.workspaceId(), filter);
	}

	public ActionView get(Access access, UUID id) {
		return views.view(access.workspaceId(), find(access.workspaceId(), id));
	}

	public List<ActionComment> comments(Access access, UUID id) {
		find(access.workspaceId(), id);
		return store.comments(access.workspaceId(), id);
	}

	@Transactional
	public ActionView create(Access access, NewAction action) {
		if (!mayCreate(access)) {
			throw new AccessDeniedException("Only owners, admins and analysts start actions");
		}
		return views.view(access.workspaceId(), record(access.workspaceId(), access.actor(), access.userId(), action));
	}

	/** Records an action without asking for a role: for the demo and other modules. */
	@Transactional
	public Action record(UUID workspaceId, String createdBy, @Nullable UUID actor, NewAction action) {
		Instant at = action.createdAt() != null ? action.createdAt() : clock.instant();
		Action made = input.draft(workspaceId, createdBy, action, at);
		store.insert(workspaceId, made);
		tellOwner(workspaceId, made, null, actor, createdBy, at);
		return made;
	}

	@Transactional
	public ActionView change(Access access, UUID id, ActionChange change) {
		UUID w = access.workspaceId();
		Action was = store.lock(w, id).orElseThrow(() -> new NotFoundException("Action"));
		requireWork(access, was);
		Instant now = clock.instant();
		Action changed = input.changed(w, was, change, now);
		store.update(w, changed);
		tellOwner(w, changed, was.owner(), access.userId(), access.actor(), now);
		return views.view(w, changed);
	}

	@Transactional
	public void delete(Access access, UUID id) {
		find(access.workspaceId(), id);
		if (!mayCreate(access)) {
			throw new AccessDeniedException("Only owners, admins and analysts delete actions");
		}
		store.delete(access.workspaceId(), id);
	}

	@Transactional
	public ActionComment comment(Access access, UUID id, @Nullable String body) {
		Action action = find(access.workspaceId(), id);
		requireWork(access, action);
		String name = access.userId() == null ? null : views.names(access.workspaceId()).get(access.userId());
		return comment(access.workspaceId(), id, access.userId(), name == null ? access.actor() : name, body,
				clock.instant());
	}

	/** A comment in someone's name at {@code at}, as the demo and imports write them. */
	@Transactional
	public ActionComment comment(UUID workspaceId, UUID id, @Nullable UUID author, String authorName,
			@Nullable String body, Instant at) {
		find(workspaceId, id);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > 10_000) {
			throw new InvalidFieldException("body", "must have 1 to 10000 characters");
		}
		String name = authorName.isBlank() ? "?" : authorName.strip();
		return store.comment(workspaceId, id, author, name.length() > 200 ? name.substring(0, 200) : name, text, at);
	}

	public Summary summary(UUID workspaceId, InsightLink insight) {
		int[] actions = store.counts(workspaceId, insight.kind(), insight.ref());
		int[] started = initiatives.counts(workspaceId, insight.kind(), insight.ref());
		return new Summary(actions[0], actions[1], actions[2], started[0], started[1]);
	}

	/** Whether the access starts (and deletes) actions: owners, admins, analysts. */
	public static boolean mayCreate(Access access) {
		return access.role().canWrite();
	}

	/** Whether the access changes and comments on this action: agents only their own, viewers none. */
	public static boolean mayChange(Access access, Action action) {
		return access.role().canWorkCases() && (access.role() != Role.AGENT || action.ownedBy(access.userId()));
	}

	private void requireWork(Access access, Action action) {
		if (!mayChange(access, action)) {
			throw new AccessDeniedException(access.role() == Role.AGENT ? "Agents change only the actions they own"
					: "Your role reads actions only");
		}
	}

	/** An action of the workspace, if there is one of that id. */
	public java.util.Optional<Action> lookup(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id);
	}

	private Action find(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Action"));
	}

	/** Tells a new owner, unless they gave it to themselves. */
	private void tellOwner(UUID workspaceId, Action action, @Nullable UUID previous, @Nullable UUID actor,
			String by, Instant at) {
		UUID owner = action.owner();
		if (owner == null || owner.equals(previous) || owner.equals(actor)) {
			return;
		}
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("action", action.id().toString());
		detail.put("title", action.title());
		detail.put("by", Objects.requireNonNullElse(by, ""));
		// in the app only: the e-mails of the notifier speak of cases
		notifications.add(workspaceId, List.of(owner), null, ASSIGNED, detail, at, null);
	}
}
