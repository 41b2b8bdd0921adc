package io.tajriba.employees;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.employees.internal.EmployeeIngest;
import io.tajriba.employees.internal.EmployeeStore;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import org.springframework.stereotype.Service;

/** The employee directory for the other parts of employee voice and for other modules (imports, the demo). */
@Service
public class EmployeeDirectory {

	private final EmployeeStore store;
	private final EmployeeIngest ingest;

	EmployeeDirectory(EmployeeStore store, EmployeeIngest ingest) {
		this.store = store;
		this.ingest = ingest;
	}

	/**
	 * Creates or updates employees by id from rows of the API or an import: id, name, team (required), email,
	 * department (required for a team not yet known, which is created with it), location, manager, user (a
	 * member's e-mail or id), agent (an agent's key), language, active. Bad rows are reported and kept.
	 */
	public IngestReport record(UUID workspaceId, List<BatchReader.Row> rows) {
		return ingest.ingest(workspaceId, rows);
	}

	/** All the workspace's employees, active and inactive, by name. */
	public List<Employee> list(UUID workspaceId) {
		return store.list(workspaceId);
	}

	public Optional<Employee> find(UUID workspaceId, String id) {
		return store.find(workspaceId, id);
	}

	/** The employee who is this member of the workspace, if any. */
	public Optional<Employee> byUser(UUID workspaceId, UUID userId) {
		return store.byUser(workspaceId, userId);
	}

	/** The teams by name. */
	public List<EmployeeTeam> teams(UUID workspaceId) {
		return store.teams(workspaceId);
	}

	/** Creates the team or changes its department and stages. */
	public void saveTeam(UUID workspaceId, EmployeeTeam team) {
		store.saveTeam(workspaceId, io.tajriba.employees.domain.TeamInput.checked(team));
	}

	/** The team of each employee who is a support agent: agent key → team name. */
	public Map<String, String> teamOfAgents(UUID workspaceId) {
		return store.teamOfAgents(workspaceId);
	}
}
