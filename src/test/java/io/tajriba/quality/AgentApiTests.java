package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The agent directory and the feedback per agent through the API, on a team of three agents whose answers are
 * counted by hand: Sara 40 CSAT answers 90% satisfied, Omid 40 answers 40%, Lina 3 answers all satisfied.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentApiTests {

	static final String PERIOD = "from=2026-10-01&to=2026-10-31";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	String team;

	@BeforeAll
	void aTeamOfThreeAgents() {
		tenant = tenants.create("Agents");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		team = json(owner.postJson("/api/v1/teams", "{\"name\":\"Front desk\",\"lead\":\"" + tenant.ownerId()
				+ "\",\"agents\":[\"Lina\"]}")).get("id").asString();
		String csat = json(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + csat + "/publish", "");
		StringBuilder rows = new StringBuilder();
		// Sara: 30 fives, 6 fours, 2 threes, 2 ones = 36 of 40 satisfied; Omid: 16 fours, 24 twos = 16 of 40
		answers(rows, "Sara", 5, 30);
		answers(rows, "Sara", 4, 6);
		answers(rows, "Sara", 3, 2);
		answers(rows, "Sara", 1, 2);
		answers(rows, "Omid", 4, 16);
		answers(rows, "Omid", 2, 24);
		answers(rows, "Lina", 5, 3);
		// outside the period: not counted
		rows.append(row("old-1", "Omid", "2026-09-30T12:00:00Z", 1));
		HttpResponse<String> imported = key.post("/api/v1/surveys/" + csat + "/responses", "application/x-ndjson",
				rows.toString());
		assertThat(imported.body()).contains("\"accepted\":84");
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		// Sara: 3 promoters, 1 passive, 1 detractor: NPS 40, detractors 20%
		key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson", """
				{"id":"n1","agent":"Sara","submittedAt":"2026-10-05T10:00:00Z","answers":{"nps":10}}
				{"id":"n2","agent":"Sara","submittedAt":"2026-10-05T10:00:00Z","answers":{"nps":9}}
				{"id":"n3","agent":"Sara","submittedAt":"2026-10-05T10:00:00Z","answers":{"nps":9}}
				{"id":"n4","agent":"Sara","submittedAt":"2026-10-05T10:00:00Z","answers":{"nps":7}}
				{"id":"n5","agent":"Sara","submittedAt":"2026-10-05T10:00:00Z","answers":{"nps":3}}
				""");
		JsonNode sara = agent("Sara");
		JsonNode omid = agent("Omid");
		for (JsonNode agent : new JsonNode[] { sara, omid }) {
			HttpResponse<String> moved = key.patchJson("/api/v1/agents/" + agent.get("id").asString(),
					"{\"team\":\"" + team + "\"}");
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		}
	}

	static void answers(StringBuilder rows, String agent, int csat, int times) {
		for (int i = 0; i < times; i++) {
			rows.append(row(agent + "-" + csat + "-" + i, agent, "2026-10-" + (10 + i % 15) + "T09:00:00Z", csat));
		}
	}

	static String row(String id, String agent, String at, int csat) {
		return "{\"id\":\"" + id + "\",\"agent\":\"" + agent + "\",\"submittedAt\":\"" + at
				+ "\",\"answers\":{\"csat\":" + csat + ",\"repurchase\":4}}\n";
	}

	JsonNode agent(String name) {
		for (JsonNode entry : json(key.get("/api/v1/agents?" + PERIOD)).get("agents")) {
			if (entry.get("agent").get("key").asString().equals(name)) {
				return entry.get("agent");
			}
		}
		throw new AssertionError(name + " is not in the directory");
	}

	static List<JsonNode> answered(JsonNode agents) {
		List<JsonNode> answered = new ArrayList<>();
		agents.forEach(a -> {
			if (a.get("figures").get("csat").get("n").asLong() > 0) {
				answered.add(a);
			}
		});
		return answered;
	}

	JsonNode figures(String name) {
		return json(key.get("/api/v1/agents/" + agent(name).get("id").asString() + "/figures?" + PERIOD));
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	@Test
	void theRecordedAgentsAreInTheDirectoryWithTheirTeam() {
		JsonNode lina = agent("Lina");
		assertThat(lina.get("source").asString()).isEqualTo("recorded");
		assertThat(lina.get("displayName").asString()).isEqualTo("Lina");
		// Lina's team is the one that lists her name; Sara's the one the directory was given
		assertThat(lina.get("team").get("name").asString()).isEqualTo("Front desk");
		assertThat(lina.get("team").get("lead").asString()).isEqualTo(tenant.ownerId().toString());
		assertThat(agent("Sara").get("team").get("id").asString()).isEqualTo(team);
		assertThat(json(key.get("/api/v1/agents/" + lina.get("id").asString())).get("key").asString())
			.isEqualTo("Lina");
	}

	@Test
	void anAgentNamedOnlyByAnInteractionJoinsTheDirectory() {
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"call-1\",\"type\":\"call\",\"channel\":\"phone\",\"agent\":\"Kian\","
						+ "\"occurredAt\":\"2026-10-03T08:00:00Z\"}\n").body()).contains("\"accepted\":1");
		// heard after the ingest committed, in the background
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> key.get("/api/v1/agents").body().contains("\"key\":\"Kian\""));
		assertThat(agent("Kian").get("source").asString()).isEqualTo("recorded");
	}

	@Test
	void theBetterAgentsIntervalLiesAboveTheWorseAgents() {
		JsonNode sara = figures("Sara").get("csat");
		JsonNode omid = figures("Omid").get("csat");
		assertThat(sara.get("n").asLong()).isEqualTo(40);
		assertThat(sara.get("value").asDouble()).isEqualTo(90.0);
		assertThat(sara.get("ci95").get(0).asDouble()).isCloseTo(76.95, within(0.01));
		assertThat(sara.get("ci95").get(1).asDouble()).isCloseTo(96.04, within(0.01));
		// the answer of 30 September is outside the period
		assertThat(omid.get("n").asLong()).isEqualTo(40);
		assertThat(omid.get("value").asDouble()).isEqualTo(40.0);
		assertThat(omid.get("ci95").get(1).asDouble()).isLessThan(sara.get("ci95").get(0).asDouble());
		JsonNode all = figures("Sara");
		assertThat(all.get("nps").get("n").asLong()).isEqualTo(5);
		assertThat(all.get("nps").get("value").asDouble()).isEqualTo(40.0);
		assertThat(all.get("detractors").get("value").asDouble()).isEqualTo(20.0);
		assertThat(all.get("ces").get("n").asLong()).isZero();
		assertThat(all.get("ces").get("rank").isNull()).isTrue();
		// no reviews of the random sample: no quality score, and it says what it would rest on
		assertThat(all.get("iqs").get("n").asLong()).isZero();
		assertThat(all.get("iqs").get("value").isNull()).isTrue();
		assertThat(all.get("iqs").get("basis").asString()).isEqualTo("random");
		assertThat(all.get("trainingNeeds")).isEmpty();
		// the team: 36 + 16 + 3 = 55 of 83 satisfied
		JsonNode team = all.get("team").get("figures").get("csat");
		assertThat(team.get("n").asLong()).isEqualTo(83);
		assertThat(team.get("value").asDouble()).isCloseTo(100.0 * 55 / 83, within(0.01));
	}

	@Test
	void anAgentWithThreeAnswersIsShrunkTowardsTheTeamAndTheRawFigureShownBeside() {
		JsonNode lina = figures("Lina").get("csat");
		assertThat(lina.get("n").asLong()).isEqualTo(3);
		assertThat(lina.get("value").asDouble()).isEqualTo(100.0);
		// DerSimonian–Laird over the team's three agents (worked out in AgentFigureTests): 93.55
		assertThat(lina.get("shrunk").asDouble()).isCloseTo(93.55, within(0.01));
		assertThat(figures("Sara").get("csat").get("shrunk").asDouble()).isCloseTo(89.66, within(0.01));
	}

	@Test
	void overlappingIntervalsAreTies() {
		// the three who were answered about; agents created by the other tests have no answers and come last
		List<JsonNode> agents = answered(json(key.get("/api/v1/agents?sort=csat&" + PERIOD)).get("agents"));
		assertThat(agents).hasSize(3);
		// Lina [43.9, 100] overlaps Sara [77.0, 96.0]: both first; Omid [26.3, 55.4] lies below Sara: second
		assertThat(agents.get(0).get("agent").get("key").asString()).isEqualTo("Lina");
		assertThat(agents.get(0).get("figures").get("csat").get("rank").asInt()).isEqualTo(1);
		assertThat(agents.get(1).get("agent").get("key").asString()).isEqualTo("Sara");
		assertThat(agents.get(1).get("figures").get("csat").get("rank").asInt()).isEqualTo(1);
		assertThat(agents.get(2).get("agent").get("key").asString()).isEqualTo("Omid");
		assertThat(agents.get(2).get("figures").get("csat").get("rank").asInt()).isEqualTo(2);
		List<JsonNode> byName = answered(json(key.get("/api/v1/agents?sort=name&" + PERIOD)).get("agents"));
		assertThat(byName).extracting(a -> a.get("agent").get("key").asString()).containsExactly("Lina", "Omid", "Sara");
	}

	@Test
	void thePagesShowTheFiguresWithTheirIntervalsAndTies() {
		HttpResponse<String> list = owner.get("/agents?sort=csat&" + PERIOD);
		assertThat(list.statusCode()).isEqualTo(200);
		// Lina and Sara tie for the first place, Omid is second; Sara's 90% with its interval and her shrunk 89.7%
		assertThat(list.body()).contains("≈ #1", ">#2<", "[76.9 – 96]", "40 answers", "towards the team: 89.7%",
				"Front desk");
		String sara = agent("Sara").get("id").asString();
		HttpResponse<String> page = owner.get("/agents/" + sara + "?" + PERIOD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sara", "Team Front desk", "No reviews yet");
		assertThat(owner.get("/agents?from=someday").body()).contains("must be a date");
		WebClient other = WebClient.signedIn(port, tenants.create("Elsewhere").ownerEmail(), TestWorkspaces.PASSWORD);
		assertThat(other.get("/agents/" + sara).statusCode()).isEqualTo(404);
	}

	@Test
	void agentsAreCreatedUpFrontAndChanged() {
		HttpResponse<String> created = key.postJson("/api/v1/agents",
				"{\"key\":\"Reza\",\"displayName\":\"Reza Ahmadi\",\"team\":\"" + team + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode reza = json(created);
		assertThat(reza.get("source").asString()).isEqualTo("created");
		assertThat(reza.get("team").get("name").asString()).isEqualTo("Front desk");
		JsonNode changed = json(key.patchJson("/api/v1/agents/" + reza.get("id").asString(),
				"{\"active\":false,\"team\":null}"));
		assertThat(changed.get("active").asBoolean()).isFalse();
		assertThat(changed.has("team")).isFalse();
		assertThat(changed.get("displayName").asString()).isEqualTo("Reza Ahmadi");
		assertThat(key.postJson("/api/v1/agents", "{\"key\":\"Reza\"}").body()).contains("\"field\":\"key\"");
	}

	@Test
	void aLinkedUserMustBeAMemberWithTheAgentRole() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID agentUser = administration.ensureUser("agent-" + unique + "@example.com", "Nima", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agentUser, Role.AGENT);
		String nima = json(key.postJson("/api/v1/agents", "{\"key\":\"Nima " + unique + "\"}")).get("id").asString();
		HttpResponse<String> owner = key.patchJson("/api/v1/agents/" + nima, "{\"user\":\"" + tenant.ownerId() + "\"}");
		assertThat(owner.statusCode()).isEqualTo(422);
		assertThat(owner.body()).contains("\"field\":\"user\"");
		assertThat(json(key.patchJson("/api/v1/agents/" + nima, "{\"user\":\"" + agentUser + "\"}")).get("user")
			.asString()).isEqualTo(agentUser.toString());
	}

	@Test
	void anotherWorkspacesAgentIsNotFound() {
		String sara = agent("Sara").get("id").asString();
		WebClient other = WebClient.withKey(port, tenants.create("Other").apiKey());
		assertThat(other.get("/api/v1/agents/" + sara).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/agents/" + sara + "/figures").statusCode()).isEqualTo(404);
		assertThat(other.patchJson("/api/v1/agents/" + sara, "{\"displayName\":\"Taken\"}").statusCode()).isEqualTo(404);
		assertThat(agent("Sara").get("displayName").asString()).isEqualTo("Sara");
	}

	@Test
	void viewersReadButDoNotCreate() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID viewer = administration.ensureUser("viewer-" + unique + "@example.com", "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient client = WebClient.signedIn(port, "viewer-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		assertThat(client.get("/api/v1/agents").statusCode()).isEqualTo(200);
		assertThat(client.postJson("/api/v1/agents", "{\"key\":\"Viewer made\"}").statusCode()).isEqualTo(403);
		assertThat(client.patchJson("/api/v1/agents/" + agent("Sara").get("id").asString(), "{\"active\":false}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void badFieldsAreNamed() {
		String sara = agent("Sara").get("id").asString();
		assertField(key.postJson("/api/v1/agents", "{\"key\":\"  \"}"), "key");
		assertField(key.postJson("/api/v1/agents", "{\"key\":\"x\",\"displayName\":\"" + "n".repeat(121) + "\"}"),
				"displayName");
		assertField(key.patchJson("/api/v1/agents/" + sara, "{\"team\":\"not an id\"}"), "team");
		assertField(key.patchJson("/api/v1/agents/" + sara, "{\"team\":\"" + UUID.randomUUID() + "\"}"), "team");
		assertField(key.patchJson("/api/v1/agents/" + sara, "{\"active\":\"yes\"}"), "active");
		assertField(key.get("/api/v1/agents?sort=fastest"), "sort");
		assertField(key.get("/api/v1/agents/" + sara + "/figures?from=2026-13-01"), "from");
		assertField(key.get("/api/v1/agents/" + sara + "/figures?from=2026-10-31&to=2026-10-01"), "from");
		assertField(owner.send("/api/v1/quality/settings", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"attribution\":\"middle\"}"))), "attribution");
	}

	@Test
	void theAttributionRuleIsTheLastAgentUnlessAnAdminChoosesTheFirst() {
		assertThat(key.get("/api/v1/quality/settings").body()).contains("\"attribution\":\"last\"");
		assertThat(key.send("/api/v1/quality/settings", first()).statusCode()).isEqualTo(403);
		Tenant own = tenants.create("Attribution");
		WebClient admin = WebClient.signedIn(port, own.ownerEmail(), own.password());
		assertThat(admin.send("/api/v1/quality/settings", first()).body()).contains("\"attribution\":\"first\"");
		assertThat(admin.get("/api/v1/quality/settings").body()).contains("\"attribution\":\"first\"");
	}

	static java.net.http.HttpRequest.Builder first() {
		return java.net.http.HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"attribution\":\"first\"}"));
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}
}
