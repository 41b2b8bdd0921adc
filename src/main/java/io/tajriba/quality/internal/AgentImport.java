package io.tajriba.quality.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.Replayer;
import io.tajriba.quality.Agent;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Agents created or updated up front from rows of an import (CSV or NDJSON): {@code key} (the name interactions
 * and responses record, required), {@code displayName}, {@code team} (a team's name or id), {@code email} (a
 * member with the agent role, linked to the agent), {@code active} (true or false). A row whose key is in the
 * directory changes the fields it gives; bad rows are reported and kept for a corrected replay.
 */
@Service
public class AgentImport implements Replayer {

	static final String SOURCE = "agents";

	record AgentRow(String key, @Nullable String displayName, @Nullable UUID team, @Nullable UUID user,
			@Nullable Boolean active) {
	}

	private final AgentService agents;
	private final Teams teams;
	private final AccessAdministration administration;
	private final RejectedRows rejectedRows;
	private final ObjectMapper mapper;
	private final Clock clock;

	AgentImport(AgentService agents, Teams teams, AccessAdministration administration, RejectedRows rejectedRows,
			ObjectMapper mapper, Clock clock) {
		this.agents = agents;
		this.teams = teams;
		this.administration = administration;
		this.rejectedRows = rejectedRows;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional
	public IngestReport ingest(UUID workspaceId, List<Row> rows) {
		List<Team> all = teams.list(workspaceId);
		List<Member> members = administration.membersOf(workspaceId);
		return rejectedRows.applyEach(workspaceId, SOURCE, rows, row -> apply(workspaceId, parse(row, all, members)),
				clock.instant());
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional
	public void replay(UUID workspaceId, String raw) {
		apply(workspaceId, parse(BatchReader.parse(1, raw, mapper), teams.list(workspaceId),
				administration.membersOf(workspaceId)));
	}

	static AgentRow parse(Row row, List<Team> teams, List<Member> members) {
		if (row.json() == null) {
			throw new InvalidFieldException("line", String.valueOf(row.error()));
		}
		JsonFields fields = new JsonFields(row.json());
		String key = fields.requiredText("key", 200).strip();
		if (key.isEmpty()) {
			throw new InvalidFieldException("key", "is required: the agent's name as interactions record it");
		}
		String name = fields.text("displayName", 120);
		String team = fields.text("team", 200);
		UUID teamId = team == null || team.isBlank() ? null : teams.stream()
			.filter(t -> String.valueOf(t.id()).equalsIgnoreCase(team.strip()) || t.name().equalsIgnoreCase(team.strip()))
			.findFirst().map(Team::id)
			.orElseThrow(() -> new InvalidFieldException("team", "must be the name or id of one of the workspace's teams"));
		String email = fields.text("email", 254);
		UUID user = email == null || email.isBlank() ? null : members.stream()
			.filter(m -> m.email().equalsIgnoreCase(email.strip()) && m.role() == Role.AGENT).findFirst()
			.map(Member::userId)
			.orElseThrow(() -> new InvalidFieldException("email", "must be the e-mail of a member with the agent role"));
		return new AgentRow(key, name == null || name.isBlank() ? null : AgentService.displayName(name), teamId, user,
				active(row.json().get("active")));
	}

	private static @Nullable Boolean active(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		String text = value.isString() ? value.asString().strip().toLowerCase(Locale.ROOT) : "";
		return switch (text) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new InvalidFieldException("active", "must be true or false");
		};
	}

	private void apply(UUID workspaceId, AgentRow row) {
		Access access = new Access(workspaceId, Role.ANALYST, "import", null, null);
		Optional<Agent> existing = agents.list(workspaceId).stream().filter(a -> a.key().equals(row.key())).findFirst();
		// checked before any write, so that a bad row leaves the batch's transaction usable
		try {
			agents.requireUser(workspaceId, row.user(), existing.map(Agent::id).orElse(null));
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException("email", e.getMessage());
		}
		if (existing.isPresent()) {
			agents.change(access, existing.get().id(),
					new AgentService.Change(row.displayName(), row.team(), false, row.user(), false, row.active()));
		}
		else {
			agents.create(access, new AgentService.NewAgent(row.key(), row.displayName(), row.team(), row.user(),
					row.active()));
		}
	}
}
