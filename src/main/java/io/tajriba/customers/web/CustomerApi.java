package io.tajriba.customers.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.customers.internal.CustomerIngest;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@Tag(name = "Customers", description = "Customer profiles, merged across identities")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

	private final Workspaces workspaces;
	private final Customers customers;
	private final CustomerIngest ingest;
	private final ObjectMapper mapper;
	private final int maxRows;

	CustomerApi(Workspaces workspaces, Customers customers, CustomerIngest ingest, ObjectMapper mapper,
			@Value("${tajriba.api.max-rows:10000}") int maxRows) {
		this.workspaces = workspaces;
		this.customers = customers;
		this.ingest = ingest;
		this.mapper = mapper;
		this.maxRows = maxRows;
	}

	@Operation(summary = "Create or update customers: NDJSON or a JSON array of {id, email, phone, locale, "
			+ "attributes, churnedAt}; rows sharing an identity with existing profiles update (and merge) them")
	@PostMapping(consumes = { "application/x-ndjson", "application/json" })
	IngestReport ingest(HttpServletRequest request) throws IOException {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		try (InputStream body = request.getInputStream()) {
			var rows = BatchReader.read(body, BatchReader.isNdjson(request.getContentType()), maxRows, mapper);
			return io.tajriba.platform.Retries.onConflict(() -> ingest.ingest(access.workspaceId(), rows));
		}
	}

	@Operation(summary = "A customer by external id, e-mail, phone or Tajriba id")
	@GetMapping("/{ref}")
	CustomerProfile profile(@PathVariable String ref) {
		return customers.profile(workspaces.current().workspaceId(), ref)
			.orElseThrow(() -> new NotFoundException("Customer"));
	}
}
