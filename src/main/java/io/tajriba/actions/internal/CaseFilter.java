package io.tajriba.actions.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which cases to list: of these statuses, priorities, owner, customer, rule and touchpoint, only overdue ones, of
 * some owners or teams only (an agent's view); every part optional. {@code byTimeLeft} sorts by the next due time
 * (the inbox) instead of newest first (the API).
 */
record CaseFilter(List<String> statuses, List<String> priorities, @Nullable UUID owner, @Nullable UUID customer,
		@Nullable UUID rule, @Nullable String touchpoint, boolean overdue, @Nullable Set<UUID> owners,
		@Nullable Set<UUID> teams, boolean byTimeLeft) {

	CaseFilter {
		statuses = List.copyOf(statuses);
		priorities = List.copyOf(priorities);
		owners = owners == null ? null : Set.copyOf(owners);
		teams = teams == null ? null : Set.copyOf(teams);
	}

	static CaseFilter all() {
		return new CaseFilter(List.of(), List.of(), null, null, null, null, false, null, null, false);
	}
}
