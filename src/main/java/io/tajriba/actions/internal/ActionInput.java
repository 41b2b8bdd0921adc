package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.actions.domain.Action;
import io.tajriba.actions.domain.ActionStatus;
import io.tajriba.actions.domain.InsightLink;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.AccessAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what is sent for an action against the workspace: its owner must be a member and its initiative one of
 * the workspace's; the action's own rules (title, status, progress, the insight) are the domain's.
 */
@Component
class ActionInput {

	private final AccessAdministration administration;
	private final InitiativeReader initiatives;

	ActionInput(AccessAdministration administration, InitiativeReader initiatives) {
		this.administration = administration;
		this.initiatives = initiatives;
	}

	/** A new action; a pain point's touchpoint or stage is taken from its reference when not sent. */
	Action draft(UUID workspaceId, String createdBy, NewAction a, Instant now) {
		String title = Action.title(a.title());
		ActionStatus status = a.status() == null ? ActionStatus.NOT_STARTED : ActionStatus.of("status", a.status());
		int progress = Action.progress(status, a.progress(), 0);
		requireOwner(workspaceId, a.owner());
		requireInitiative(workspaceId, a.initiative());
		InsightLink insight = InsightLink.of(a.insightKind(), a.insightRef(), a.insightLabel());
		String stage = a.stage() != null || insight == null ? a.stage() : insight.stage();
		String touchpoint = a.touchpoint() != null || insight == null ? a.touchpoint() : insight.touchpoint();
		return new Action(UUID.randomUUID(), title, Action.description(a.description()), a.owner(), a.dueOn(),
				status, progress, a.initiative(), insight, stage, touchpoint, createdBy, now, now,
				status == ActionStatus.DONE ? now : null);
	}

	/** The action with the change applied at {@code now}. */
	Action changed(UUID workspaceId, Action was, ActionChange c, Instant now) {
		String title = c.title() == null ? was.title() : Action.title(c.title());
		String description = c.description() == null ? was.description() : Action.description(c.description());
		ActionStatus status = c.status() == null ? was.status() : ActionStatus.of("status", c.status());
		Action moved = was.moved(status, c.progress(), now);
		UUID owner = c.hasOwner() ? c.owner() : was.owner();
		if (c.hasOwner()) {
			requireOwner(workspaceId, owner);
		}
		UUID initiative = c.hasInitiative() ? c.initiative() : was.initiative();
		if (c.hasInitiative()) {
			requireInitiative(workspaceId, initiative);
		}
		return moved.with(title, description, owner, c.hasDueOn() ? c.dueOn() : was.dueOn(), initiative, now);
	}

	private void requireOwner(UUID workspaceId, @Nullable UUID owner) {
		if (owner != null && !administration.memberNames(workspaceId).containsKey(owner)) {
			throw new InvalidFieldException("owner", "must be the user id of a member of the workspace");
		}
	}

	private void requireInitiative(UUID workspaceId, @Nullable UUID initiative) {
		if (initiative != null && !initiatives.exists(workspaceId, initiative)) {
			throw new InvalidFieldException("initiative", "must be the id of one of the workspace's initiatives");
		}
	}
}
