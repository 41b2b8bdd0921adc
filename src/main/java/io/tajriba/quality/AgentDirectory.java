package io.tajriba.quality;

import java.util.List;
import java.util.UUID;

import io.tajriba.quality.internal.AgentImport;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The agent directory for other modules (the demo company, imports): agents created up front and read. */
@Service
public class AgentDirectory {

	private final AgentService agents;
	private final AgentImport imports;

	AgentDirectory(AgentService agents, AgentImport imports) {
		this.agents = agents;
		this.imports = imports;
	}

	/** Creates an agent exactly as {@code POST /api/v1/agents} does. */
	public Agent create(Access access, String key, @Nullable String displayName, @Nullable UUID team,
			@Nullable UUID user) {
		return agents.create(access, new AgentService.NewAgent(key, displayName, team, user, true));
	}

	/** Creates or updates agents from rows of an import; bad rows reported and kept (see {@link AgentImport}). */
	public io.tajriba.platform.IngestReport record(UUID workspaceId, List<io.tajriba.platform.BatchReader.Row> rows) {
		return imports.ingest(workspaceId, rows);
	}

	/** The workspace's agents by display name. */
	public List<Agent> list(UUID workspaceId) {
		return agents.list(workspaceId);
	}
}
