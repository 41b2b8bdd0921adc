package io.tajriba.interactions.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.internal.InteractionIngest;
import io.tajriba.interactions.internal.InteractionQueries;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@Tag(name = "Interactions", description = "Every interaction at every touchpoint")
@RestController
@RequestMapping("/api/v1/interactions")
class InteractionApi {

	private final Workspaces workspaces;
	private final Customers customers;
	private final InteractionIngest ingest;
	private final InteractionQueries queries;
	private final ObjectMapper mapper;
	private final int maxRows;

	InteractionApi(Workspaces workspaces, Customers customers, InteractionIngest ingest, InteractionQueries queries,
			ObjectMapper mapper, @Value("${tajriba.api.max-rows:10000}") int maxRows) {
		this.workspaces = workspaces;
		this.customers = customers;
		this.ingest = ingest;
		this.queries = queries;
		this.mapper = mapper;
		this.maxRows = maxRows;
	}

	@Operation(summary = "Record interactions: NDJSON (one object a line) or a JSON array of {id, customer, type, "
			+ "channel, touchpoint, occurredAt, agent, sessionId, value, currency, durationSeconds, text, "
			+ "properties}. The same id twice is stored once; bad rows are reported by line and kept for replay.")
	@PostMapping(consumes = { "application/x-ndjson", "application/json" })
	IngestReport record(HttpServletRequest request) throws IOException {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		boolean ndjson = BatchReader.isNdjson(request.getContentType());
		try (InputStream body = request.getInputStream()) {
			return ingest.ingest(access.workspaceId(), BatchReader.read(body, ndjson, maxRows, mapper));
		}
	}

	@Operation(summary = "Interactions, newest first, filtered by customer (any identity), type, channel, "
			+ "touchpoint and time [from, to)")
	@GetMapping
	List<InteractionView> list(@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String touchpoint,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(defaultValue = "100") int limit) {
		UUID workspace = workspaces.current().workspaceId();
		UUID customerId = null;
		if (customer != null) {
			var profile = customers.profile(workspace, customer);
			if (profile.isEmpty()) {
				return List.of();
			}
			customerId = profile.get().id();
		}
		return queries.list(workspace, new InteractionFilter(customerId, type, channel, touchpoint, from, to,
				Math.max(1, Math.min(limit, 1000))));
	}
}
