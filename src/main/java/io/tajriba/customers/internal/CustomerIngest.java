package io.tajriba.customers.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.tajriba.customers.CustomersMerged;
import io.tajriba.customers.domain.CustomerRow;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.Replayer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Customer rows from the API: each creates a profile, or updates the profile that owns one of its identities;
 * when the identities of one row belong to several profiles, those are merged into one.
 */
@Service
public class CustomerIngest implements Replayer {

	static final String SOURCE = "customers";

	private final CustomerStore store;
	private final RejectedRows rejectedRows;
	private final ApplicationEventPublisher events;
	private final ObjectMapper mapper;
	private final Clock clock;

	CustomerIngest(CustomerStore store, RejectedRows rejectedRows, ApplicationEventPublisher events,
			ObjectMapper mapper, Clock clock) {
		this.store = store;
		this.rejectedRows = rejectedRows;
		this.events = events;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional
	public IngestReport ingest(UUID workspaceId, List<Row> rows) {
		return rejectedRows.applyEach(workspaceId, SOURCE, rows, row -> apply(workspaceId, parse(row)), clock.instant());
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional
	public void replay(UUID workspaceId, String raw) {
		apply(workspaceId, parse(BatchReader.parse(1, raw, mapper)));
	}

	private static CustomerRow parse(Row row) {
		if (row.json() == null) {
			throw new InvalidFieldException("line", String.valueOf(row.error()));
		}
		JsonFields fields = new JsonFields(row.json());
		return new CustomerRow(fields.requiredText("id", 200), fields.text("email", 254), fields.text("phone", 40),
				fields.text("locale", 35), fields.object("attributes", 20_000), fields.instant("churnedAt"));
	}

	private void apply(UUID workspaceId, CustomerRow row) {
		List<UUID> owners = store.owners(workspaceId, row.externalId(), row.email(), row.phone());
		UUID customer = owners.isEmpty() ? store.insert(workspaceId, row.externalId()) : owners.getFirst();
		for (UUID other : owners.subList(Math.min(1, owners.size()), owners.size())) {
			store.merge(workspaceId, other, customer, "shared identity in customer " + row.externalId(), clock.instant());
			events.publishEvent(new CustomersMerged(workspaceId, other, customer));
		}
		store.addIdentity(workspaceId, customer, "external", row.externalId());
		store.addIdentity(workspaceId, customer, "email", row.email());
		store.addIdentity(workspaceId, customer, "phone", row.phone());
		store.update(workspaceId, customer, row.locale(), row.attributes(), row.churnedAt());
	}
}
