package io.tajriba.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.customers.Customers;
import io.tajriba.customers.Signal;
import io.tajriba.customers.internal.CustomerSignals;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.internal.TextQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics find what the demo company's generator planted: the order of the drivers of its NPS, detractors who
 * leave more often than promoters, and behaviour that adds up.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInsightsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	DemoData data;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	DemoPersonas personas;

	@Autowired
	Customers customers;

	@Autowired
	SurveyScores scores;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Autowired
	CustomerSignals figures;

	WebClient key;
	String period;
	UUID workspaceId;

	@BeforeAll
	void demo() {
		Tenant tenant = tenants.create("Demo insights");
		workspaceId = tenant.workspace().id();
		data.load(workspaceId, 1_500, 7);
		personas.define(tenant.workspace().id());
		key = WebClient.withKey(port, tenant.apiKey());
		LocalDate today = LocalDate.now();
		period = "from=" + today.minusDays(400) + "&to=" + today.plusDays(1);
	}

	JsonNode get(String path) {
		var response = key.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	@Test
	void theDriversOfTheRelationshipNpsComeOutInThePlantedOrder() {
		JsonNode drivers = get("/api/v1/metrics/drivers?" + period);
		assertThat(drivers.get("surveyName").asString()).isEqualTo("Relationship NPS");
		assertThat(drivers.get("tooFew").asBoolean()).isFalse();
		assertThat(drivers.get("rSquared").asDouble()).isGreaterThan(0.3);
		assertThat(drivers.get("drivers").valueStream().map(d -> d.get("key").asString()).toList())
			.containsExactly("rating_support", "rating_checkout", "rating_price", "rating_store");
		double total = drivers.get("drivers").valueStream().mapToDouble(d -> d.get("importance").asDouble()).sum();
		assertThat(total).isCloseTo(100, org.assertj.core.api.Assertions.within(0.1));
	}

	@Test
	void emotionsAndThemesCanDriveNpsToo() {
		JsonNode drivers = get("/api/v1/metrics/drivers?include=emotions,themes&" + period);
		List<JsonNode> all = drivers.get("drivers").valueStream().toList();
		assertThat(all).extracting(d -> d.get("kind").asString()).contains("rating", "emotion");
		assertThat(all.stream().mapToDouble(d -> d.get("importance").asDouble()).sum())
			.isCloseTo(100, org.assertj.core.api.Assertions.within(0.1));
		// an emotion that goes with lower NPS performs well where it is absent: performance = 100 - its share
		JsonNode worse = all.stream().filter(d -> d.get("lowerIsBetter").asBoolean()).findFirst().orElseThrow();
		assertThat(worse.get("kind").asString()).isIn("emotion", "theme");
		assertThat(worse.get("performance").asDouble())
			.isCloseTo(100 - 100 * worse.get("mean").asDouble(), org.assertj.core.api.Assertions.within(0.6));
		assertThat(all).filteredOn(d -> d.get("kind").asString().equals("rating"))
			.allSatisfy(d -> assertThat(d.get("lowerIsBetter").asBoolean()).isFalse());
		var bad = key.get("/api/v1/metrics/drivers?include=moods&" + period);
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("include");
	}

	@Test
	void detractorsLeaveMoreOftenAndTheirRevenueAtStakeIsExplained() {
		JsonNode roi = get("/api/v1/metrics/roi?" + period);
		JsonNode promoters = roi.get("groups").valueStream().filter(g -> g.get("tier").asString().equals("top"))
			.findFirst().orElseThrow();
		JsonNode detractors = roi.get("groups").valueStream().filter(g -> g.get("tier").asString().equals("bottom"))
			.findFirst().orElseThrow();
		assertThat(detractors.get("churn").get("value").asDouble())
			.isGreaterThan(promoters.get("churn").get("value").asDouble());
		assertThat(roi.get("assumptions").get(0).asString()).startsWith("The figure supposes that detractors would "
				+ "spend as much per customer as passives do").doesNotContain("{");
		assertThat(roi.get("customers").asLong()).isEqualTo(promoters.get("n").asLong() + detractors.get("n").asLong()
				+ roi.get("groups").valueStream().filter(g -> g.get("tier").asString().equals("middle")).findFirst()
					.orElseThrow().get("n").asLong());
	}

	@Test
	void theLatestNpsKeptOnEachCustomerIsTheirLatestAnswer() {
		// the return on experience reads the answer kept on each customer; found among all answers, it is the same
		Instant later = Instant.now().plus(Duration.ofDays(2));
		Map<UUID, Integer> latest = scores.latestByCustomer(workspaceId, "nps", later);
		assertThat(latest).hasSizeGreaterThan(100);
		List<Customers.GroupValues> kept = customers.valuesByLatest(workspaceId, Signal.NPS,
				IntStream.rangeClosed(0, 10).toArray());
		assertThat(kept).hasSizeGreaterThan(5).isEqualTo(customers.valuesByGroup(workspaceId, latest));
		assertThat(kept.stream().mapToLong(Customers.GroupValues::customers).sum()).isEqualTo(latest.size());
		assertThat(scores.answeredSince(workspaceId, "nps", later)).isFalse();

		// the sums are kept as customers change: folded, then a purchase after the fold, still the same figures
		figures.foldValues();
		assertThat(customers.valuesByLatest(workspaceId, Signal.NPS, IntStream.rangeClosed(0, 10).toArray()))
			.isEqualTo(kept);
		UUID buyer = latest.keySet().iterator().next();
		String ref = customers.externalIds(workspaceId, List.of(buyer)).get(buyer);
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"roi-check-1","customer":"%s","type":"purchase","channel":"web","occurredAt":"%s","value":1234.56,"currency":"EUR"}
				""".formatted(ref, Instant.now().minusSeconds(60))).statusCode()).isLessThan(300);
		List<Customers.GroupValues> after = customers.valuesByLatest(workspaceId, Signal.NPS,
				IntStream.rangeClosed(0, 10).toArray());
		assertThat(after).isNotEqualTo(kept).isEqualTo(customers.valuesByGroup(workspaceId, latest));
	}

	@Test
	void theSentimentKeptOnEachCustomerIsThatOfTheirLatestText() {
		queue.drain(Duration.ofSeconds(60));
		Instant later = Instant.now().plus(Duration.ofDays(2));
		Map<UUID, Integer> groups = new HashMap<>();
		text.latestSentiment(workspaceId, later).forEach((customer, polarity) -> groups.put(customer, polarity + 1));
		assertThat(groups).hasSizeGreaterThan(100);
		List<Customers.GroupValues> raw = customers.valuesByGroup(workspaceId, groups);
		// marks not yet folded into the customers are read beside them; folded, the figures stay the same
		assertThat(customers.valuesByLatest(workspaceId, Signal.SENTIMENT, new int[] { 0, 1, 2 })).hasSize(3)
			.isEqualTo(raw);
		while (figures.foldSentiment(1_000) > 0) {
			// every mark folded in
		}
		assertThat(customers.valuesByLatest(workspaceId, Signal.SENTIMENT, new int[] { 0, 1, 2 })).isEqualTo(raw);
		assertThat(text.writtenSince(workspaceId, later)).isFalse();

		JsonNode roi = get("/api/v1/metrics/roi?by=sentiment&" + period);
		assertThat(roi.get("grouping").asString()).isEqualTo("sentiment");
		assertThat(roi.get("customers").asLong()).isEqualTo(groups.size());
		assertThat(key.get("/api/v1/metrics/roi?by=mood").body()).contains("\"by\"");
	}

	@Test
	void behaviourAndEmotionsAddUp() {
		JsonNode kpis = get("/api/v1/metrics/kpis?" + period);
		assertThat(kpis.get("visits").asLong()).isGreaterThan(1_000);
		assertThat(kpis.get("bounceRate").get("value").asDouble()).isBetween(1.0, 60.0);
		assertThat(kpis.get("purchases").asLong()).isGreaterThan(500);
		assertThat(kpis.get("averageOrderValue").get("value").asDouble()).isPositive();
		// churn is the last quarter's: of the customers it began with (not all 1,500 of all time), some lost
		LocalDate today = LocalDate.now();
		JsonNode churn = get("/api/v1/metrics/kpis?from=" + today.minusDays(90) + "&to=" + today).get("churnRate");
		assertThat(churn.get("n").asLong()).isBetween(100L, 1_499L);
		assertThat(churn.get("count").asLong()).isPositive().isLessThan(churn.get("n").asLong());
		JsonNode emotions = get("/api/v1/metrics/emotions?" + period);
		assertThat(emotions.get("n").asLong()).isGreaterThan(100);
		assertThat(emotions.get("emotions").valueStream().map(e -> e.get("emotion").asString()).toList())
			.contains("frustrated", "delighted");
		JsonNode nps = get("/api/v1/metrics/nps?groupBy=touchpoint&" + period);
		assertThat(nps.get("overall").get("n").asLong()).isGreaterThan(100);

		// by persona: the three kinds of customer and the unhappy rest, whose answers add up to at most all answers
		JsonNode byPersona = get("/api/v1/metrics/csat?groupBy=persona&" + period);
		assertThat(byPersona.get("groups")).hasSize(4);
		JsonNode unhappy = get("/api/v1/personas").valueStream()
			.filter(p -> p.get("name").asString().equals("Unhappy lately")).findFirst().orElseThrow();
		assertThat(unhappy.get("customers").asLong()).as("customers found by their answers").isPositive();
		long sum = byPersona.get("groups").valueStream().mapToLong(g -> g.get("n").asLong()).sum();
		assertThat(sum).isPositive().isLessThanOrEqualTo(byPersona.get("overall").get("n").asLong());
		String first = byPersona.get("groups").get(0).get("group").asString();
		JsonNode one = get("/api/v1/metrics/csat?persona=" + first + "&" + period);
		assertThat(one.get("overall").get("n").asLong()).isEqualTo(byPersona.get("groups").get(0).get("n").asLong());

		// by a customer attribute: each value its own group, together every answer of a customer who has one
		JsonNode byChannel = get("/api/v1/metrics/csat?groupBy=attribute.signup_channel&" + period);
		assertThat(byChannel.get("groups").valueStream().map(g -> g.get("group").asString()).toList())
			.containsExactlyInAnyOrder("web", "store");
		assertThat(byChannel.get("groups").valueStream().mapToLong(g -> g.get("n").asLong()).sum())
			.isEqualTo(byChannel.get("overall").get("n").asLong());
	}

	/**
	 * The agents the generator makes worse (James Carter, Kaveh Jafari: bad experiences 2.5 times as often) and
	 * better (Tamar Cohen, Parisa Tehrani: 0.3 times) come out so in their figures: each worse agent's CSAT interval
	 * lies wholly below each better agent's, and the ranking does not put them level.
	 */
	@Test
	void theWorseAndBetterAgentsComeOutSoInTheirFigures() {
		JsonNode listing = get("/api/v1/agents?sort=csat&" + period);
		Map<String, String> ids = new HashMap<>();
		listing.get("agents").forEach(a -> ids.put(a.get("agent").get("displayName").asString(),
				a.get("agent").get("id").asString()));
		assertThat(ids).hasSize(20);
		for (String worse : List.of("James Carter", "Kaveh Jafari")) {
			JsonNode low = get("/api/v1/agents/" + ids.get(worse) + "/figures?" + period).get("csat");
			for (String better : List.of("Tamar Cohen", "Parisa Tehrani")) {
				JsonNode high = get("/api/v1/agents/" + ids.get(better) + "/figures?" + period).get("csat");
				assertThat(low.get("ci95").get(1).asDouble()).as(worse + " below " + better)
					.isLessThan(high.get("ci95").get(0).asDouble());
				assertThat(low.get("rank").asInt()).isGreaterThan(high.get("rank").asInt());
			}
		}
	}
}
