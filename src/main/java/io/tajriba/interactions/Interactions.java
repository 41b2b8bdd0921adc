package io.tajriba.interactions;

import java.util.List;
import java.util.UUID;

import io.tajriba.interactions.internal.InteractionIngest;
import io.tajriba.interactions.internal.InteractionQueries;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import org.springframework.stereotype.Service;

/** Recording and reading interactions, for other modules (imports, the demo company, journeys). */
@Service
public class Interactions {

	private final InteractionIngest ingest;
	private final InteractionQueries queries;

	Interactions(InteractionIngest ingest, InteractionQueries queries) {
		this.ingest = ingest;
		this.queries = queries;
	}

	/** Records a batch of rows exactly as the API does: idempotent, bad rows reported and kept for replay. */
	public IngestReport record(UUID workspaceId, List<Row> rows) {
		return ingest.ingest(workspaceId, rows);
	}

	public List<InteractionView> list(UUID workspaceId, InteractionFilter filter) {
		return queries.list(workspaceId, filter);
	}
}
