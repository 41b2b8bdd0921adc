package io.tajriba.actions;

import java.util.List;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A team of users that works cases together: its lead (the manager escalations go to), its members, and the names
 * its support agents carry in the data (an interaction's or response's {@code agent}), so that a case about an
 * agent goes to the agent's team lead.
 */
public record Team(@Nullable UUID id, String name, @Nullable UUID lead, List<UUID> members, List<String> agents) {

	public Team {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 120) {
			throw new InvalidFieldException("name", "must have 1 to 120 characters");
		}
		if (members != null && members.stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidFieldException("members", "must be user ids, not null or empty");
		}
		members = members == null ? List.of() : List.copyOf(members);
		agents = agents == null ? List.of()
				: agents.stream().map(a -> a == null ? "" : a.strip()).filter(a -> !a.isEmpty()).distinct().toList();
		if (members.size() > 500 || agents.size() > 500 || agents.stream().anyMatch(a -> a.length() > 200)) {
			throw new InvalidFieldException("agents", "a team has at most 500 members and 500 agents of at most 200 characters");
		}
	}

	/** The lead and the members: who works the team's cases. */
	public List<UUID> people() {
		return lead == null || members.contains(lead) ? members
				: java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), members.stream()).toList();
	}
}
