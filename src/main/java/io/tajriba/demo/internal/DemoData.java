package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.demo.domain.DemoCompany;
import io.tajriba.demo.domain.DemoCustomer;
import io.tajriba.demo.domain.DemoSizes;
import io.tajriba.demo.domain.Feedback;
import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo company into a workspace through the same ingest as the API, in batches of 5,000 interactions
 * (each batch preceded by its customers), so the demo exercises identity merges, events and everything else.
 */
@Component
class DemoData {

	/** What a load stored. */
	record Loaded(int customers, long interactions, long responses, long rejected) {
	}

	static final int BATCH = 5_000;
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Customers customers;
	private final Interactions interactions;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final DemoSurveys surveys;

	DemoData(Customers customers, Interactions interactions, ObjectMapper mapper, Clock clock, DemoSurveys surveys) {
		this.surveys = surveys;
		this.customers = customers;
		this.interactions = interactions;
		this.mapper = mapper;
		this.clock = clock;
	}

	boolean isEmpty(UUID workspaceId) {
		return interactions.list(workspaceId, new InteractionFilter(null, null, null, null, null, null, 1)).isEmpty();
	}

	Loaded load(UUID workspaceId, int size, long seed) {
		DemoSizes sizes = new DemoSizes(size, DemoSizes.DEFAULT_DAYS, seed,
				clock.instant().truncatedTo(ChronoUnit.DAYS));
		List<String> people = new ArrayList<>();
		List<String> events = new ArrayList<>(BATCH + 200);
		List<Feedback.Response> answers = new ArrayList<>();
		Map<String, UUID> surveyIds = surveys.create(workspaceId);
		int count = 0;
		long stored = 0;
		long responses = 0;
		long rejected = 0;
		for (DemoCustomer customer : new DemoCompany(sizes)) {
			count++;
			people.addAll(customer.customerRows());
			events.addAll(customer.interactionRows());
			answers.addAll(customer.responses());
			if (events.size() >= BATCH || count == size) {
				rejected += record(workspaceId, people, events);
				rejected += surveys.answer(workspaceId, surveyIds, answers);
				stored += events.size();
				responses += answers.size();
				people.clear();
				events.clear();
				answers.clear();
				if (count % 1_000 < 200 || count == size) {
					log.info("Demo company: {} of {} customers, {} interactions", count, size, stored);
				}
			}
		}
		return new Loaded(count, stored, responses, rejected);
	}

	private long record(UUID workspaceId, List<String> people, List<String> events) {
		IngestReport profiles = customers.record(workspaceId, rows(people, mapper));
		IngestReport contacts = interactions.record(workspaceId, rows(events, mapper));
		return profiles.rejected().size() + contacts.rejected().size();
	}

	static List<Row> rows(List<String> json, ObjectMapper mapper) {
		List<Row> rows = new ArrayList<>(json.size());
		for (int i = 0; i < json.size(); i++) {
			rows.add(BatchReader.parse(i + 1, json.get(i), mapper));
		}
		return rows;
	}
}
