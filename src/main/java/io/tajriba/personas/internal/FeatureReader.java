package io.tajriba.personas.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.CustomerBehaviour;
import io.tajriba.interactions.Interactions;
import io.tajriba.personas.domain.CustomerFeatures;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The features of every customer of a workspace, from their attributes (customers module) and their behaviour
 * (interactions module). Holds the workspace's customers in memory: fine for hundreds of thousands.
 */
@Component
class FeatureReader {

	private final Customers customers;
	private final Interactions interactions;
	private final ObjectMapper mapper;
	private final Clock clock;

	FeatureReader(Customers customers, Interactions interactions, ObjectMapper mapper, Clock clock) {
		this.customers = customers;
		this.interactions = interactions;
		this.mapper = mapper;
		this.clock = clock;
	}

	List<CustomerFeatures> read(UUID workspaceId) {
		Map<UUID, CustomerBehaviour> behaviour = new HashMap<>();
		interactions.behaviour(workspaceId, b -> behaviour.put(b.customerId(), b));
		Instant now = clock.instant();
		List<CustomerFeatures> all = new ArrayList<>();
		customers.attributes(workspaceId, (id, attributes) -> {
			Map<String, Double> numbers = new HashMap<>();
			Map<String, String> texts = new HashMap<>();
			attributes(attributes, numbers, texts);
			CustomerBehaviour b = behaviour.get(id);
			if (b != null) {
				behaviour(b, now, numbers, texts);
			}
			all.add(new CustomerFeatures(id, numbers, texts));
		});
		return all;
	}

	/** The channels with the most interactions, at most {@code limit}, for clustering. */
	static List<String> topChannels(List<CustomerFeatures> customers, int limit) {
		Map<String, Double> volume = new HashMap<>();
		customers.forEach(c -> c.numbers().forEach((key, value) -> {
			if (key.startsWith("channelShare.")) {
				volume.merge(key, value, Double::sum);
			}
		}));
		return volume.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
			.map(Map.Entry::getKey).sorted().toList();
	}

	private void attributes(String json, Map<String, Double> numbers, Map<String, String> texts) {
		JsonNode node = mapper.readTree(json);
		for (var entry : node.properties()) {
			JsonNode value = entry.getValue();
			String key = "attributes." + entry.getKey();
			if (value.isNumber()) {
				numbers.put(key, value.doubleValue());
			}
			else if (value.isString() || value.isBoolean()) {
				texts.put(key, value.asString());
			}
		}
	}

	private static void behaviour(CustomerBehaviour b, Instant now, Map<String, Double> numbers,
			Map<String, String> texts) {
		numbers.put("interactions", (double) b.interactions());
		numbers.put("purchases", (double) b.purchases());
		numbers.put("revenue", b.revenue().doubleValue());
		numbers.put("avgOrder", b.purchases() == 0 ? 0 : b.revenue().doubleValue() / b.purchases());
		numbers.put("support", (double) b.supportContacts());
		numbers.put("daysSinceLastSeen", (double) Duration.between(b.lastAt(), now).toDays());
		numbers.put("tenureDays", (double) Duration.between(b.firstAt(), now).toDays());
		b.byChannel().forEach((channel, n) -> numbers.put("channelShare." + channel, (double) n / b.interactions()));
		b.byChannel().entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(
				Map.Entry.comparingByKey())).ifPresent(e -> texts.put("preferredChannel", e.getKey()));
	}
}
