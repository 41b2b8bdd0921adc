package io.tajriba.journeys.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.tajriba.demo.domain.DemoCompany;
import io.tajriba.demo.domain.DemoCustomer;
import io.tajriba.demo.domain.DemoSizes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo company's interactions as the SQL layer will hand them over: parsed from the rows of the interactions
 * API, names dictionary-encoded, stages assigned by the template map over those codes, customers coded in the
 * order they come.
 */
final class DemoJourneys {

	static final Set<String> ONLINE_CHANNELS = Set.of("web", "app", "email", "chat", "social");

	final JourneyMap map = JourneyMap.template();
	final Dictionary touchpoints = new Dictionary();
	final Dictionary channels = new Dictionary();
	final Dictionary types = new Dictionary();
	final JourneyEvents events;
	final JourneyCustomers customers;
	final DemoSizes sizes;
	/** Customers with at least one row naming each stage, counted from the rows themselves. */
	final long[] customersNamingStage;
	private final StageAssignment assignment = StageAssignment.of(map);
	private final CodedStageAssignment coded = assignment.coded(touchpoints, types);
	private final ObjectMapper json = JsonMapper.builder().build();

	DemoJourneys(int customerCount, long seed) {
		sizes = new DemoSizes(customerCount, DemoSizes.DEFAULT_DAYS, seed, Instant.parse("2026-11-01T00:00:00Z"));
		events = new JourneyEvents(customerCount * 25);
		customers = new JourneyCustomers(customerCount);
		customersNamingStage = new long[map.size()];
		int code = 0;
		for (DemoCustomer customer : new DemoCompany(sizes)) {
			double revenue = 0;
			var named = new HashSet<String>();
			for (String row : customer.interactionRows()) {
				JsonNode node = json.readTree(row);
				named.add(node.path("properties").path("stage").asString(""));
				revenue += add(code, node);
			}
			named.forEach(key -> {
				if (map.indexOf(key) >= 0) {
					customersNamingStage[map.indexOf(key)]++;
				}
			});
			customers.set(code, customer.persona().ordinal(), customer.churned(), revenue * 365 / sizes.days());
			code++;
		}
	}

	/** Adds the interaction; answers the money it brought. */
	private double add(int customer, JsonNode row) {
		String type = row.get("type").asString();
		String channel = row.get("channel").asString();
		JsonNode properties = row.path("properties");
		String touchpointName = row.path("touchpoint").asString(null);
		int touchpoint = touchpointName == null ? JourneyEvents.NONE : touchpoints.encode(touchpointName);
		int typeCode = types.encode(type);
		int stage = coded.stageOf(assignment.stageIndex(properties.path("stage").asString(null)), touchpoint,
				typeCode);
		boolean purchase = type.equals("purchase");
		boolean bad = "bad".equals(properties.path("outcome").asString(null));
		events.add(customer, Instant.parse(row.get("occurredAt").asString()).getEpochSecond(), stage, touchpoint,
				channels.encode(channel), typeCode,
				JourneyEvents.flags(ONLINE_CHANNELS.contains(channel), bad, purchase));
		return purchase ? row.get("value").asDouble() : 0;
	}
}
