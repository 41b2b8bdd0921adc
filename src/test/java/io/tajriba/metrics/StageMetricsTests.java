package io.tajriba.metrics;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.CalendarSystem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * NPS per journey stage through the API: the workspace's map gets touchpoints (the branch in two stages), answers
 * come in at touchpoints of different stages, at one no stage lists and at none, and the figures are worked out by
 * hand below.
 */
@TajribaTest
class StageMetricsTests {

	static final String MARCH = "from=2026-03-01&to=2026-03-31&minimum=1&compare=false";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	WebClient key;
	String journey;

	@BeforeEach
	void answers() {
		Tenant tenant = tenants.create("Stage metrics");
		key = WebClient.withKey(port, tenant.apiKey());
		journey = assignTouchpoints(key);
		String survey = MetricsApiTests.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		String rows = row("a1", "web", "ads", 10) + row("a2", "web", "ads", 10) + row("a3", "social", "ads", 6)
				+ row("p1", "web", "product page", 9) + row("p2", "web", "product page", 7)
				+ row("c1", "web", "checkout", 10) + row("c2", "web", "checkout", 0) + row("c3", "web", "checkout", 3)
				+ row("b1", "store", "branch", 8) + row("b2", "store", "branch", 9)
				+ row("t1", "phone", "call", 2) + row("t2", "phone", "call", 1)
				+ row("f1", "web", "faq page", 5) + row("f2", "web", "faq page", 6)
				+ row("n1", "email", null, 10);
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows).body())
			.contains("\"accepted\":15");
	}

	/**
	 * Touchpoints for the template map: awareness at the ads, interest at the product page, action at the checkout
	 * and the branch, use at the branch and the call; answers the map's id.
	 */
	String assignTouchpoints(WebClient client) {
		JsonNode list = json(client.get("/api/v1/journeys"));
		String id = list.get(0).get("id").asString();
		ObjectNode map = (ObjectNode) list.get(0).get("map");
		map.putNull("personaId");
		ArrayNode stages = (ArrayNode) map.get("stages");
		touchpoints(stages, "awareness", "ads");
		touchpoints(stages, "interest", "product page");
		touchpoints(stages, "action", "checkout", "branch");
		touchpoints(stages, "use", "branch", "call");
		HttpResponse<String> put = client.send("/api/v1/journeys/" + id, HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(map.toString())));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		return id;
	}

	static void touchpoints(ArrayNode stages, String key, String... touchpoints) {
		for (JsonNode stage : stages) {
			if (stage.get("key").asString().equals(key)) {
				ArrayNode list = ((ObjectNode) stage).putArray("touchpoints");
				List.of(touchpoints).forEach(list::add);
			}
		}
	}

	static String row(String id, String channel, @Nullable String touchpoint, int nps) {
		return "{\"id\":\"" + id + "\",\"channel\":\"" + channel + "\""
				+ (touchpoint == null ? "" : ",\"touchpoint\":\"" + touchpoint + "\"")
				+ ",\"submittedAt\":\"2026-03-10T12:00:00Z\",\"answers\":{\"nps\":" + nps + "}}\n";
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	JsonNode get(String path) {
		return json(key.get(path));
	}

	static String describe(JsonNode g) {
		return (g.has("group") ? g.get("group").asString() : "null") + ":" + g.get("n").asLong() + ":"
				+ g.get("value").asDouble();
	}

	@Test
	void npsPerStageInTheMapsOrderWithTheUnassignedLast() {
		JsonNode nps = get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage");
		assertThat(nps.get("overall").get("n").asLong()).isEqualTo(15);
		JsonNode groups = nps.get("groups");
		// awareness (ads): 10, 10, 6: (2 - 1) / 3 = 33.33
		// interest (product page): 9, 7: (1 - 0) / 2 = 50
		// action (checkout, branch): 10, 0, 3, 8, 9: (2 - 2) / 5 = 0
		// use (branch, call): 8, 9, 2, 1: (1 - 2) / 4 = -25
		// unassigned (the faq page, which no stage lists, and the answer at no touchpoint): 5, 6, 10: (1 - 2) / 3
		// consideration and advocacy have no answers, so no group
		assertThat(groups.valueStream().map(StageMetricsTests::describe)).containsExactly("awareness:3:33.33",
				"interest:2:50.0", "action:5:0.0", "use:4:-25.0", "null:3:-33.33");
		assertThat(groups.valueStream().map(g -> g.has("label") ? g.get("label").asString() : null))
			.containsExactly("Awareness", "Interest", "Action (purchase)", "Use", null);
		JsonNode use = groups.get(3);
		assertThat(use.get("promoters").asLong()).isEqualTo(1);
		assertThat(use.get("passives").asLong()).isEqualTo(1);
		assertThat(use.get("detractors").asLong()).isEqualTo(2);
		// the branch's two answers count in action and in use: 17 answers in the groups, 15 in all
		assertThat(groups.valueStream().mapToLong(g -> g.get("n").asLong()).sum()).isEqualTo(17);

		// the same with the map named
		assertThat(get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage&journey=" + journey).get("groups")
			.valueStream().map(StageMetricsTests::describe)).containsExactly("awareness:3:33.33", "interest:2:50.0",
					"action:5:0.0", "use:4:-25.0", "null:3:-33.33");
	}

	@Test
	void stagesAsTheSecondDimensionAndTouchpointsWithinAStage() {
		JsonNode groups = get("/api/v1/metrics/nps?" + MARCH + "&groupBy=channel&then=stage").get("groups");
		assertThat(groups.valueStream().map(g -> g.get("group").asString() + "/"
				+ (g.has("subgroup") ? g.get("subgroup").asString() : "null") + ":" + g.get("n").asLong()))
			.containsExactly("email/null:1", "phone/use:2", "social/awareness:1", "store/action:2", "store/use:2",
					"web/awareness:2", "web/interest:2", "web/action:3", "web/null:2");
		JsonNode store = groups.get(3);
		assertThat(store.get("subgroupLabel").asString()).isEqualTo("Action (purchase)");
		// 8 and 9: (1 - 0) / 2 = 50
		assertThat(store.get("value").asDouble()).isCloseTo(50, within(0.001));

		JsonNode action = get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage&then=touchpoint").get("groups");
		assertThat(action.valueStream().filter(g -> g.has("group") && g.get("group").asString().equals("action"))
			.map(g -> g.get("subgroup").asString() + ":" + g.get("n").asLong()))
			.containsExactly("branch:2", "checkout:3");
		// the unassigned group's touchpoints: the faq page, and none
		assertThat(action.valueStream().filter(g -> !g.has("group"))
			.map(g -> (g.has("subgroup") ? g.get("subgroup").asString() : "none") + ":" + g.get("n").asLong()))
			.containsExactly("none:1", "faq page:2");
	}

	@Test
	void csatPerStage() {
		String csat = MetricsApiTests.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + csat + "/publish", "");
		String rows = "";
		String[][] answers = { { "ads", "5" }, { "ads", "4" }, { "ads", "2" }, { "branch", "5" }, { "branch", "1" } };
		for (int i = 0; i < answers.length; i++) {
			rows += "{\"id\":\"s" + i + "\",\"touchpoint\":\"" + answers[i][0]
					+ "\",\"submittedAt\":\"2026-03-12T10:00:00Z\",\"answers\":{\"csat\":" + answers[i][1]
					+ ",\"repurchase\":4}}\n";
		}
		assertThat(key.post("/api/v1/surveys/" + csat + "/responses", "application/x-ndjson", rows).body())
			.contains("\"accepted\":5");
		JsonNode groups = get("/api/v1/metrics/csat?" + MARCH + "&groupBy=stage").get("groups");
		// awareness: 5, 4, 2: 2 of 3 satisfied, 66.67%, mean 3.67; the branch's 5 and 1 in action and in use: 50%, 3
		assertThat(groups.valueStream().map(StageMetricsTests::describe)).containsExactly("awareness:3:66.67",
				"action:2:50.0", "use:2:50.0");
		assertThat(groups.get(0).get("mean").asDouble()).isCloseTo(3.67, within(0.001));
		assertThat(groups.get(2).get("mean").asDouble()).isCloseTo(3, within(0.001));
	}

	@Test
	void theApiDocumentationSaysWhatStageMeans() {
		// the API docs are for signed-in users
		Tenant reader = tenants.create("Stage metrics docs");
		String docs = WebClient.signedIn(port, reader.ownerEmail(), reader.password()).get("/v3/api-docs").body();
		assertThat(docs).contains("language, stage, persona").contains("journey (id of the journey map")
			.contains("a touchpoint listed in several stages counts in each");
	}

	@Test
	void theFirstMapIsMadeWhenMetricsAskForItFirst() {
		WebClient fresh = WebClient.withKey(port, tenants.create("Stage metrics first").apiKey());
		JsonNode nps = json(fresh.get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage"));
		assertThat(nps.get("groups")).isEmpty();
		assertThat(json(fresh.get("/api/v1/journeys")).size()).isEqualTo(1);
	}

	@Test
	void stagesAreNamedInTheWorkspacesLanguage() {
		Tenant persian = tenants.create("Stage metrics fa", "fa", CalendarSystem.PERSIAN);
		WebClient fa = WebClient.withKey(port, persian.apiKey());
		assignTouchpoints(fa);
		String survey = MetricsApiTests.id(fa.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		fa.postJson("/api/v1/surveys/" + survey + "/publish", "");
		fa.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", row("x", "web", "ads", 9));
		JsonNode groups = json(fa.get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage")).get("groups");
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).get("group").asString()).isEqualTo("awareness");
		assertThat(groups.get(0).get("label").asString()).isEqualTo("آگاهی");
	}

	@Test
	void anUnknownOrAnotherWorkspacesMapNamesTheJourneyField() {
		HttpResponse<String> unknown = key.get("/api/v1/metrics/nps?groupBy=stage&journey=" + UUID.randomUUID());
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"journey\"");
		HttpResponse<String> malformed = key.get("/api/v1/metrics/csat?groupBy=stage&journey=first");
		assertThat(malformed.statusCode()).isEqualTo(422);
		assertThat(malformed.body()).contains("\"field\":\"journey\"");

		// another workspace's map is unknown here, and its answers stay its own
		WebClient stranger = WebClient.withKey(port, tenants.create("Stage metrics stranger").apiKey());
		String theirs = json(stranger.get("/api/v1/journeys")).get(0).get("id").asString();
		HttpResponse<String> foreign = key.get("/api/v1/metrics/nps?groupBy=stage&journey=" + theirs);
		assertThat(foreign.statusCode()).isEqualTo(422);
		assertThat(foreign.body()).contains("\"field\":\"journey\"").doesNotContain("groups");
		HttpResponse<String> mine = stranger.get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage&journey=" + journey);
		assertThat(mine.statusCode()).isEqualTo(422);
		assertThat(mine.body()).contains("\"field\":\"journey\"");
		JsonNode own = json(stranger.get("/api/v1/metrics/nps?" + MARCH + "&groupBy=stage"));
		assertThat(own.get("overall").get("n").asLong()).isZero();
		assertThat(own.get("groups")).isEmpty();

		assertThat(key.get("/api/v1/metrics/nps?groupBy=stage&then=stage").body()).contains("\"field\":\"then\"");
		assertThat(key.get("/api/v1/metrics/nps?groupBy=week&then=stage").body()).contains("\"field\":\"then\"");
		assertThat(key.get("/api/v1/metrics/nps?groupBy=persona&then=stage").body()).contains("\"field\":\"then\"");
	}
}
