package io.tajriba.journeys;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The journey API on a handful of customers whose funnel is counted by hand below, with a target met and one
 * missed, stages assigned by a touchpoint and by a type, the coverage cells, a customer's path, a refused change
 * naming the field, and another workspace that sees nothing.
 */
@TajribaTest
class JourneyApiTests {

	static final String PERIOD = "from=2026-05-01&to=2026-05-31";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	WebClient key;
	String journey;

	@BeforeEach
	void customers() {
		Tenant tenant = tenants.create("Journeys");
		key = WebClient.withKey(port, tenant.apiKey());
		// c1: awareness (1st), discovery (2nd), interest (3rd); c2: awareness (1st), discovery (3rd);
		// c3: discovery only; c4: awareness only; c5: a page view at "faq page" and a purchase, neither naming a stage
		String events = event("e1", "c1", "visit", "web", "ads", "awareness", 1)
				+ event("e2", "c1", "visit", "web", "home", "discovery", 2)
				+ event("e3", "c1", "page_view", "web", "product page", "interest", 3)
				+ event("e4", "c2", "visit", "social", "ads", "awareness", 1)
				+ event("e5", "c2", "store_visit", "store", "branch", "discovery", 3)
				+ event("e6", "c3", "visit", "web", "home", "discovery", 1)
				+ event("e7", "c4", "visit", "web", "ads", "awareness", 1)
				+ event("e8", "c5", "page_view", "web", "faq page", null, 4)
				+ event("e9", "c5", "purchase", "web", "checkout", null, 5);
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events).body()).contains("\"accepted\":9");
		JsonNode list = get("/api/v1/journeys");
		assertThat(list.size()).isEqualTo(1);
		journey = list.get(0).get("id").asString();
	}

	static String event(String id, String customer, String type, String channel, String touchpoint, String stage,
			int day) {
		return ("{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"%s\",\"channel\":\"%s\",\"touchpoint\":\"%s\","
				+ "\"occurredAt\":\"2026-05-%02dT09:00:00Z\"%s}\n").formatted(id, customer, type, channel, touchpoint,
						day, stage == null ? "" : ",\"properties\":{\"stage\":\"" + stage + "\"}");
	}

	JsonNode get(String path) {
		var response = key.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	HttpResponse<String> put(String path, String json) {
		return key.send(path, HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** The map as GET returns it, ready to be changed and sent back. */
	ObjectNode map() {
		JsonNode record = get("/api/v1/journeys/" + journey);
		ObjectNode map = (ObjectNode) record.get("map");
		map.putNull("personaId");
		return map;
	}

	@Test
	void theTemplateMapHasSevenStagesInFourLanguages() {
		JsonNode map = get("/api/v1/journeys/" + journey).get("map");
		assertThat(map.get("stages").valueStream().map(s -> s.get("key").asString()))
			.containsExactly("awareness", "discovery", "interest", "consideration", "action", "use", "advocacy");
		assertThat(map.get("stages").get(0).get("name").get("he").asString()).isEqualTo("מודעות");
		assertThat(get("/api/v1/journeys").size()).isEqualTo(1);
	}

	@Test
	void funnelCountsAsCountedByHand() {
		ObjectNode map = map();
		((ObjectNode) map.get("stages").get(3)).putArray("touchpoints").add("faq page");
		assertThat(put("/api/v1/journeys/" + journey, map.toString()).statusCode()).isEqualTo(200);
		JsonNode analysis = get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD);
		assertThat(analysis.get("customers").asLong()).isEqualTo(5);
		JsonNode stages = analysis.get("stages");
		assertThat(stages.valueStream().map(s -> s.get("reached").asLong())).containsExactly(3L, 3L, 1L, 1L, 1L, 0L,
				0L);
		JsonNode awareness = stages.get(0);
		assertThat(awareness.get("conversion").get("successes").asLong()).isEqualTo(2);
		assertThat(awareness.get("conversion").get("n").asLong()).isEqualTo(3);
		assertThat(awareness.get("dropOff").get("successes").asLong()).isEqualTo(1);
		// c1 took a day from awareness to discovery, c2 two
		assertThat(awareness.get("timeToNext").get("hours").asDouble()).isCloseTo(36, within(1e-9));
		assertThat(stages.get(1).get("conversion").get("successes").asLong()).isEqualTo(1);
		// the faq page is assigned to consideration, the purchase is evidence of action by its type
		assertThat(stages.get(3).get("touchpoints").get(0).get("name").asString()).isEqualTo("faq page");
		assertThat(stages.get(4).get("actions").get(0).get("name").asString()).isEqualTo("purchase");
		assertThat(stages.get(6).has("conversion")).isFalse();
		JsonNode online = get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD + "&channelKind=offline");
		assertThat(online.get("customers").asLong()).isEqualTo(1);
		assertThat(online.get("stages").get(1).get("reached").asLong()).isEqualTo(1);
	}

	@Test
	void targetsAreMetOrMissedWithTheirNumbers() {
		ObjectNode map = map();
		ObjectNode targets = ((ObjectNode) map.get("stages").get(0)).putObject("targets");
		targets.put("conversionPercent", 30.0).put("medianHours", 10.0);
		assertThat(put("/api/v1/journeys/" + journey, map.toString()).statusCode()).isEqualTo(200);
		JsonNode gaps = get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD).get("stages").get(0)
			.get("targets");
		assertThat(gaps.size()).isEqualTo(2);
		assertThat(gaps.get(0).get("kpi").asString()).isEqualTo("CONVERSION");
		assertThat(gaps.get(0).get("status").asString()).isEqualTo("GREEN");
		assertThat(gaps.get(0).get("actual").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
		assertThat(gaps.get(0).get("n").asLong()).isEqualTo(3);
		assertThat(gaps.get(1).get("kpi").asString()).isEqualTo("MEDIAN_HOURS");
		assertThat(gaps.get(1).get("status").asString()).isEqualTo("RED");
		assertThat(gaps.get(1).get("gap").asDouble()).isCloseTo(26, within(1e-9));
	}

	@Test
	void coverageShowsWhatEachStageHas() {
		JsonNode coverage = get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD).get("coverage");
		JsonNode awarenessWeb = cell(coverage, "awareness", "web");
		assertThat(awarenessWeb.get("count").asLong()).isEqualTo(3);
		assertThat(awarenessWeb.get("status").asString()).isEqualTo("thin");
		assertThat(awarenessWeb.get("recommendation").get("messageKey").asString())
			.isEqualTo("journeys.coverage.thin");
		JsonNode advocacySocial = cell(coverage, "advocacy", "social");
		assertThat(advocacySocial.get("status").asString()).isEqualTo("gap");
		assertThat(advocacySocial.get("recommendation").get("messageKey").asString())
			.isEqualTo("journeys.coverage.gap.social");
		assertThat(cell(coverage, "awareness", "purchase").get("expected").asBoolean()).isFalse();
		assertThat(cell(coverage, "discovery", "web").get("count").asLong()).isEqualTo(3);
	}

	static JsonNode cell(JsonNode coverage, String stage, String type) {
		return coverage.get("cells").valueStream()
			.filter(c -> c.get("stage").asString().equals(stage) && c.get("dataType").asString().equals(type))
			.findFirst().orElseThrow();
	}

	@Test
	void aCustomersPathThroughTheStages() {
		JsonNode path = get("/api/v1/journeys/" + journey + "/customers/c1");
		assertThat(path.get("externalId").asString()).isEqualTo("c1");
		assertThat(path.get("visits").valueStream().map(v -> v.get("stage").asString()))
			.containsExactly("awareness", "discovery", "interest");
		assertThat(path.get("visits").get(0).get("touchpoints").get(0).asString()).isEqualTo("ads");
		assertThat(key.get("/api/v1/journeys/" + journey + "/customers/nobody").statusCode()).isEqualTo(404);
	}

	@Test
	void invalidChangesAndParametersNameTheField() {
		ObjectNode map = map();
		((ObjectNode) map.get("stages").get(4)).putObject("targets").put("csatPercent", 150);
		var response = put("/api/v1/journeys/" + journey, map.toString());
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(mapper.readTree(response.body()).get("field").asString())
			.isEqualTo("stages[4].targets.csatPercent");

		ObjectNode renamed = map();
		((ObjectNode) renamed.get("stages").get(1)).put("key", "Bad Key");
		assertThat(mapper.readTree(put("/api/v1/journeys/" + journey, renamed.toString()).body()).get("field")
			.asString()).isEqualTo("stages[1].key");

		var outcome = key.get("/api/v1/journeys/" + journey + "/analysis?outcome=happiness");
		assertThat(outcome.statusCode()).isEqualTo(422);
		assertThat(mapper.readTree(outcome.body()).get("field").asString()).isEqualTo("outcome");
		assertThat(key.get("/api/v1/journeys/" + journey + "/analysis?from=2026-06-01&to=2026-05-01").body())
			.contains("\"field\":\"from\"");
	}

	@Test
	void anotherWorkspaceSeesNoneOfIt() {
		Tenant other = tenants.create("Other journeys");
		WebClient otherKey = WebClient.withKey(port, other.apiKey());
		assertThat(otherKey.get("/api/v1/journeys/" + journey).statusCode()).isEqualTo(404);
		assertThat(otherKey.get("/api/v1/journeys/" + journey + "/analysis").statusCode()).isEqualTo(404);
		assertThat(otherKey.get("/api/v1/journeys/" + journey + "/customers/c1").statusCode()).isEqualTo(404);
		assertThat(otherKey.send("/api/v1/journeys/" + journey, HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(map().toString())))
			.statusCode()).isEqualTo(404);
		String own = otherKey.get("/api/v1/journeys").body();
		assertThat(own).doesNotContain(journey);
		JsonNode analysis = mapper.readTree(otherKey.get("/api/v1/journeys/"
				+ mapper.readTree(own).get(0).get("id").asString() + "/analysis?" + PERIOD).body());
		assertThat(analysis.get("customers").asLong()).isZero();
	}
}
