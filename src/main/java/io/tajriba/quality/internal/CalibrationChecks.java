package io.tajriba.quality.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.internal.CalibrationService.Item;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import org.springframework.stereotype.Component;

/** What a new calibration session lists, checked: interactions of the workspace, reviewers who may review. */
@Component
class CalibrationChecks {

	static final int MAX_INTERACTIONS = 50;
	static final int MAX_REVIEWERS = 10;

	private final AgentStore agents;
	private final Interactions interactions;
	private final AccessAdministration administration;
	private final Clock clock;

	CalibrationChecks(AgentStore agents, Interactions interactions, AccessAdministration administration, Clock clock) {
		this.agents = agents;
		this.interactions = interactions;
		this.administration = administration;
		this.clock = clock;
	}

	/** The members of the workspace who may review: owners, admins and analysts. */
	List<Member> possibleReviewers(UUID workspaceId) {
		return administration.membersOf(workspaceId).stream().filter(m -> m.role().canWrite()).toList();
	}

	List<Item> items(UUID w, List<String> ids) {
		if (ids.isEmpty() || ids.size() > MAX_INTERACTIONS) {
			throw new InvalidFieldException("interactions", "must list 1 to " + MAX_INTERACTIONS + " interactions");
		}
		Set<String> seen = new LinkedHashSet<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String field = "interactions[" + i + "]";
			String eventId = ids.get(i) == null ? "" : ids.get(i).strip();
			if (eventId.isEmpty() || eventId.length() > 200 || eventId.indexOf('\0') >= 0) {
				throw new InvalidFieldException(field, "must be an interaction's id");
			}
			if (!seen.add(eventId)) {
				throw new InvalidFieldException(field, "is listed twice");
			}
			InteractionView interaction = interactions.find(w, eventId)
				.orElseThrow(() -> new InvalidFieldException(field, "must be the id of one of the workspace's interactions"));
			keys.add(AgentStore.fits(interaction.agent()) ? interaction.agent() : null);
		}
		// the agent each interaction is about, from the directory, which learns the names it did not know yet
		agents.discover(w, keys.stream().filter(k -> k != null).toList(), clock.instant());
		Map<String, UUID> directory = new HashMap<>();
		agents.list(w).forEach(a -> directory.put(a.key(), a.id()));
		List<Item> items = new ArrayList<>();
		int position = 0;
		for (String eventId : seen) {
			String key = keys.get(position);
			items.add(new Item(position, eventId, key == null ? null : directory.get(key)));
			position++;
		}
		return items;
	}

	List<UUID> reviewers(UUID w, List<UUID> ids) {
		if (ids.size() < 2 || ids.size() > MAX_REVIEWERS) {
			throw new InvalidFieldException("reviewers", "must list 2 to " + MAX_REVIEWERS + " reviewers");
		}
		Set<UUID> may = new HashSet<>();
		possibleReviewers(w).forEach(m -> may.add(m.userId()));
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String field = "reviewers[" + i + "]";
			if (!may.contains(ids.get(i))) {
				throw new InvalidFieldException(field, "must be a member of the workspace who may review (owner, admin "
						+ "or analyst)");
			}
			if (!seen.add(ids.get(i))) {
				throw new InvalidFieldException(field, "is listed twice");
			}
		}
		return List.copyOf(ids);
	}
}
