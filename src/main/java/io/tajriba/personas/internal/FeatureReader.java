package io.tajriba.personas.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.CustomerBehaviour;
import io.tajriba.interactions.Interactions;
import io.tajriba.personas.domain.CustomerFeatures;
import io.tajriba.surveys.SurveyScores;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The features of every customer of a workspace, from their attributes (customers module), their behaviour
 * (interactions module) and their latest answers (surveys module). {@link #read} holds every customer in memory (assigning personas needs them all);
 * {@link #sample} at most a bounded number, for clustering.
 */
@Component
class FeatureReader {

	/** The scale answers a rule may read, each customer's latest. */
	static final List<String> ANSWERS = List.of("nps", "csat", "ces");

	private final Customers customers;
	private final Interactions interactions;
	private final SurveyScores scores;
	private final ObjectMapper mapper;
	private final Clock clock;

	FeatureReader(Customers customers, Interactions interactions, SurveyScores scores, ObjectMapper mapper,
			Clock clock) {
		this.scores = scores;
		this.customers = customers;
		this.interactions = interactions;
		this.mapper = mapper;
		this.clock = clock;
	}

	List<CustomerFeatures> read(UUID workspaceId) {
		return features(workspaceId, Integer.MAX_VALUE, 0, true);
	}

	/**
	 * The features of at most {@code max} customers, a uniform sample (reservoir sampling, the same for the same
	 * seed and data) when the workspace has more: every customer when it has fewer.
	 */
	List<CustomerFeatures> sample(UUID workspaceId, int max, long seed) {
		return features(workspaceId, max, seed, false);
	}

	/** As {@link #sample}, with the customers' latest answers when asked (rules read them; clustering does not). */
	private List<CustomerFeatures> features(UUID workspaceId, int max, long seed, boolean withAnswers) {
		Random random = new Random(seed);
		List<UUID> ids = new ArrayList<>();
		List<String> attributes = new ArrayList<>();
		long[] seen = { 0 };
		customers.attributes(workspaceId, (id, json) -> {
			long n = seen[0]++;
			if (ids.size() < max) {
				ids.add(id);
				attributes.add(json);
				return;
			}
			long slot = (long) (random.nextDouble() * (n + 1));
			if (slot < max) {
				ids.set((int) slot, id);
				attributes.set((int) slot, json);
			}
		});
		Set<UUID> chosen = new HashSet<>(ids);
		Map<UUID, CustomerBehaviour> behaviour = new HashMap<>();
		interactions.behaviour(workspaceId, b -> {
			if (chosen.contains(b.customerId())) {
				behaviour.put(b.customerId(), b);
			}
		});
		Instant now = clock.instant();
		Map<String, Map<UUID, Integer>> answers = new HashMap<>();
		Map<UUID, Set<String>> emotions = withAnswers ? scores.latestEmotions(workspaceId) : Map.of();
		if (withAnswers) {
			ANSWERS.forEach(type -> answers.put(type, scores.latestByCustomer(workspaceId, type, now.plusSeconds(1))));
		}
		List<CustomerFeatures> all = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			Map<String, Double> numbers = new HashMap<>();
			Map<String, String> texts = new HashMap<>();
			attributes(attributes.get(i), numbers, texts);
			CustomerBehaviour b = behaviour.get(ids.get(i));
			if (b != null) {
				behaviour(b, now, numbers, texts);
			}
			UUID id = ids.get(i);
			answers.forEach((type, latest) -> {
				Integer score = latest.get(id);
				if (score != null) {
					numbers.put(type, score.doubleValue());
				}
			});
			Set<String> picked = emotions.get(id);
			all.add(new CustomerFeatures(id, numbers, texts, picked == null ? Map.of() : Map.of("emotion", picked)));
		}
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
