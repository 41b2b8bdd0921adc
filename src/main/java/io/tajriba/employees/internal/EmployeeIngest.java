package io.tajriba.employees.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.employees.Employee;
import io.tajriba.employees.EmployeeTeam;
import io.tajriba.employees.domain.EmployeeRow;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.Replayer;
import io.tajriba.quality.Agent;
import io.tajriba.quality.AgentDirectory;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Rows of the employee directory (API, CSV import, replayed rejected rows): each creates the employee of its id or
 * updates them. A team not yet known is created with the row's department; a member is named by e-mail or user id,
 * an agent by its key. Everything is checked before anything is written, so that a bad row leaves the batch's
 * transaction usable; bad rows are reported and kept for a corrected replay.
 */
@Service
public class EmployeeIngest implements Replayer {

	static final String SOURCE = "employees";

	private final EmployeeStore store;
	private final AccessAdministration administration;
	private final AgentDirectory agents;
	private final RejectedRows rejectedRows;
	private final ObjectMapper mapper;
	private final Clock clock;

	EmployeeIngest(EmployeeStore store, AccessAdministration administration, AgentDirectory agents,
			RejectedRows rejectedRows, ObjectMapper mapper, Clock clock) {
		this.store = store;
		this.administration = administration;
		this.agents = agents;
		this.rejectedRows = rejectedRows;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** What the rows are checked against, read once a batch; teams created by the batch are added as it goes. */
	private record Context(Map<String, EmployeeTeam> teams, List<Member> members, Set<String> agentKeys) {
	}

	@Transactional
	public IngestReport ingest(UUID workspaceId, List<Row> rows) {
		Context context = context(workspaceId);
		return rejectedRows.applyEach(workspaceId, SOURCE, rows, row -> apply(workspaceId, parse(row), context),
				clock.instant());
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional
	public void replay(UUID workspaceId, String raw) {
		apply(workspaceId, parse(BatchReader.parse(1, raw, mapper)), context(workspaceId));
	}

	private Context context(UUID workspaceId) {
		Map<String, EmployeeTeam> teams = new HashMap<>();
		store.teams(workspaceId).forEach(t -> teams.put(t.name(), t));
		return new Context(teams, administration.membersOf(workspaceId),
				agents.list(workspaceId).stream().map(Agent::key).collect(Collectors.toSet()));
	}

	private static EmployeeRow parse(Row row) {
		if (row.json() == null) {
			throw new InvalidFieldException("line", String.valueOf(row.error()));
		}
		return EmployeeRow.parse(row.json());
	}

	private void apply(UUID workspaceId, EmployeeRow row, Context context) {
		Optional<Employee> existing = store.find(workspaceId, row.id());
		EmployeeTeam team = context.teams().get(row.team());
		if (team == null && row.department() == null) {
			throw new InvalidFieldException("department", "is required for the new team " + row.team());
		}
		if (team != null && row.department() != null && !team.department().equals(row.department())) {
			throw new InvalidFieldException("department", "team " + team.name() + " is in department "
					+ team.department() + ", not " + row.department());
		}
		UUID user = row.gives("user") ? user(row.user(), context.members())
				: existing.map(Employee::userId).orElse(null);
		String agent = row.gives("agent") ? agent(row.agent(), context.agentKeys())
				: existing.map(Employee::agent).orElse(null);
		if (user != null) {
			store.holder(workspaceId, user, null).filter(holder -> !holder.equals(row.id())).ifPresent(holder -> {
				throw new InvalidFieldException("user", "is already the member of employee " + holder);
			});
		}
		if (agent != null) {
			store.holder(workspaceId, null, agent).filter(holder -> !holder.equals(row.id())).ifPresent(holder -> {
				throw new InvalidFieldException("agent", "is already the agent of employee " + holder);
			});
		}
		if (team == null) {
			team = new EmployeeTeam(row.team(), row.department(), List.of());
			store.saveTeam(workspaceId, team);
			context.teams().put(team.name(), team);
		}
		store.save(workspaceId, new Employee(row.id(), row.name(),
				kept(row, "email", row.email(), existing.map(Employee::email)), team.name(), team.department(),
				kept(row, "location", row.location(), existing.map(Employee::location)),
				kept(row, "manager", row.manager(), existing.map(Employee::manager)), user, agent,
				kept(row, "language", row.language(), existing.map(Employee::language)),
				row.active() != null ? row.active() : existing.map(Employee::active).orElse(true)));
	}

	private static @Nullable String kept(EmployeeRow row, String field, @Nullable String value,
			Optional<String> stored) {
		return row.gives(field) ? value : stored.orElse(null);
	}

	/** A member of the workspace by e-mail (any case) or user id. */
	static @Nullable UUID user(@Nullable String ref, List<Member> members) {
		if (ref == null) {
			return null;
		}
		return members.stream()
			.filter(m -> m.email().equalsIgnoreCase(ref) || m.userId().toString().equalsIgnoreCase(ref))
			.map(Member::userId).findFirst()
			.orElseThrow(() -> new InvalidFieldException("user", "must be the e-mail or user id of a member of this workspace"));
	}

	static @Nullable String agent(@Nullable String key, Set<String> keys) {
		if (key != null && !keys.contains(key)) {
			throw new InvalidFieldException("agent", "must be the key of one of the workspace's agents (GET /api/v1/agents)");
		}
		return key;
	}
}
