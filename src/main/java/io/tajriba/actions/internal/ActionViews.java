package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.domain.Action;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;

/**
 * Actions as lists and pages show them, with the names of owners and initiatives, and overdue as of today in the
 * workspace's time zone.
 */
@Component
class ActionViews {

	private final ActionStore store;
	private final InitiativeReader initiatives;
	private final AccessAdministration administration;
	private final Workspaces workspaces;
	private final Clock clock;

	ActionViews(ActionStore store, InitiativeReader initiatives, AccessAdministration administration,
			Workspaces workspaces, Clock clock) {
		this.store = store;
		this.initiatives = initiatives;
		this.administration = administration;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Today in the workspace's time zone: the day an action due before it is overdue. */
	LocalDate today(UUID workspaceId) {
		return LocalDate.now(clock.withZone(workspaces.workspace(workspaceId).timeZone()));
	}

	List<ActionView> list(UUID workspaceId, ActionFilter filter) {
		LocalDate today = today(workspaceId);
		return views(workspaceId, store.list(workspaceId, filter, today), today);
	}

	ActionView view(UUID workspaceId, Action action) {
		return views(workspaceId, List.of(action), today(workspaceId)).getFirst();
	}

	/** The names of the workspace's members by user id. */
	Map<UUID, String> names(UUID workspaceId) {
		return administration.memberNames(workspaceId);
	}

	private List<ActionView> views(UUID workspaceId, List<Action> actions, LocalDate today) {
		Map<UUID, String> names = names(workspaceId);
		Map<UUID, String> titles = initiatives.titles(workspaceId,
				actions.stream().map(Action::initiative).filter(Objects::nonNull).collect(Collectors.toSet()));
		return actions.stream().map(a -> new ActionView(a, a.owner() == null ? null : names.get(a.owner()),
				a.initiative() == null ? null : titles.get(a.initiative()), a.overdue(today))).toList();
	}
}
