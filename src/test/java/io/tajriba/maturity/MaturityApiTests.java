package io.tajriba.maturity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
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

/**
 * Maturity through the API on a small hand-built workspace: the evidence read from what it recorded, an assessment
 * with raters whose answers stay apart, bad input named by field, and one workspace never seeing another's.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaturityApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	io.tajriba.journeys.JourneyStages journeys;

	Tenant tenant;
	Tenant other;
	WebClient owner;
	WebClient agent;
	UUID agentUser;
	UUID analystUser;
	WebClient analyst;

	@BeforeAll
	void aWorkspaceWithTwoChannelsThreeTouchpointsAndAnOwner() {
		tenant = tenants.create("Maturity");
		other = tenants.create("Maturity elsewhere");
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		agentUser = administration.ensureUser("agent." + UUID.randomUUID() + "@example.com", "Omid Rahimi",
				TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agentUser, Role.AGENT);
		analystUser = administration.ensureUser("analyst." + UUID.randomUUID() + "@example.com", "Leila Karimi",
				TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, analystUser, Role.ANALYST);
		agent = WebClient.signedIn(port, emailOf(agentUser), TestWorkspaces.PASSWORD);
		analyst = WebClient.signedIn(port, emailOf(analystUser), TestWorkspaces.PASSWORD);
		Instant at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		String[][] rows = { { "web", "Checkout" }, { "web", "Help centre" }, { "phone", "Call centre" },
				{ "phone", "Call centre" } };
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < rows.length; i++) {
			body.append("{\"id\":\"m-").append(i).append("\",\"customer\":\"c-").append(i)
				.append("\",\"type\":\"visit\",\"channel\":\"").append(rows[i][0]).append("\",\"touchpoint\":\"")
				.append(rows[i][1]).append("\",\"occurredAt\":\"").append(at).append("\"}\n");
		}
		// one long ago: outside the 90 days the evidence reads
		body.append("{\"id\":\"m-old\",\"customer\":\"c-9\",\"type\":\"visit\",\"channel\":\"store\",\"occurredAt\":\"")
			.append(Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)).append("\"}\n");
		var recorded = owner.post("/api/v1/interactions", "application/x-ndjson", body.toString());
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
	}

	private String emailOf(UUID user) {
		return administration.membersOf(tenant.workspace().id()).stream().filter(m -> m.userId().equals(user))
			.findFirst().orElseThrow().email();
	}

	JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	static JsonNode evidence(JsonNode competencies, String key) {
		for (JsonNode c : competencies) {
			for (JsonNode e : c.get("evidence")) {
				if (e.get("key").asString().equals(key)) {
					return e;
				}
			}
		}
		throw new AssertionError("no evidence " + key);
	}

	@Test
	void theEvidenceIsReadFromWhatTheWorkspaceRecorded() {
		// the first journey's first stage gets an owner: one of the stages and touchpoints owned
		var stages = journeys.of(tenant.workspace().id(), null, "en").orElseThrow();
		String stage = stages.getFirst().key();
		var owned = owner.send("/api/v1/owners", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"stages\":{\"" + stage + "\":\"" + tenant.ownerId() + "\"},\"touchpoints\":{}}")));
		assertThat(owned.statusCode()).as(owned.body()).isEqualTo(200);

		var response = owner.get("/api/v1/maturity/evidence");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode now = json(response);
		assertThat(now.get("competencies")).hasSize(7);
		now.get("competencies").forEach(c -> assertThat(c.get("evidence")).as(c.toString()).isNotEmpty());
		// web and phone in the last 90 days (the store's interaction is older): 2 channels -> developing
		JsonNode channels = evidence(now.get("competencies"), "channels_recorded");
		assertThat(channels.get("value").asDouble()).isEqualTo(2);
		assertThat(channels.get("level").asInt()).isEqualTo(2);
		// Checkout, Help centre, Call centre: 3 -> developing (thresholds 2, 4, 7, 10)
		JsonNode touchpoints = evidence(now.get("competencies"), "touchpoints_recorded");
		assertThat(touchpoints.get("value").asDouble()).isEqualTo(3);
		assertThat(touchpoints.get("level").asInt()).isEqualTo(2);
		// one owned of the stages and their touchpoints
		// the map's touchpoints and those interactions were recorded at
		java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("Checkout", "Help centre", "Call centre"));
		stages.forEach(s -> names.addAll(s.touchpoints()));
		int touchpointCount = names.size();
		JsonNode owners = evidence(now.get("competencies"), "owners_assigned");
		assertThat(owners.get("part").asLong()).isEqualTo(1);
		assertThat(owners.get("n").asLong()).isEqualTo(stages.size() + touchpointCount);
		assertThat(owners.get("ci95")).hasSize(2);
		// no calibration, no pulse, no initiative yet: no data, and the steps say how to start
		assertThat(evidence(now.get("competencies"), "calibration_agreement").get("level").isNull()).isTrue();
		assertThat(evidence(now.get("competencies"), "enps_participation").get("level").isNull()).isTrue();
		JsonNode measurement = now.get("competencies").get(3);
		assertThat(measurement.get("recommendations").toString()).contains("Hold a calibration session",
				"/quality/calibrations");

		// in Hebrew
		JsonNode hebrew = json(owner.get("/api/v1/maturity/evidence?language=he"));
		assertThat(hebrew.get("competencies").get(0).get("name").asString()).isEqualTo("אסטרטגיה והנהגה");
		var bad = owner.get("/api/v1/maturity/evidence?language=xx");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("language");
	}

	@Test
	void ratersAnswerApartAndTheirLevelStandsBesideTheEvidence() {
		var created = owner.postJson("/api/v1/maturity/assessments", """
				{"name":"Spring review","raters":[{"user":"%s","group":"executive"},{"user":"%s","group":"frontline"}]}"""
			.formatted(tenant.ownerId(), agentUser));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode a = json(created);
		String id = a.get("id").asString();
		assertThat(a.get("raters")).hasSize(2);
		assertThat(a.get("competencies").get(0).get("raterLevel").isNull()).isTrue();
		// the agent is told where to rate; the owner who invited themself is not
		assertThat(agent.get("/api/v1/notifications").body()).contains("\"kind\":\"maturity_invite\"",
				"Spring review");
		assertThat(owner.get("/api/v1/notifications").body()).doesNotContain("maturity_invite");

		// the owner rates strategy high, the agent low: 5 and 1, each kept apart
		var mine = owner.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"strategy.priority\":5,\"strategy.targets\":5,\"strategy.leaders\":5}}");
		assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
		var theirs = agent.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"strategy.priority\":1,\"strategy.targets\":2,\"strategy.leaders\":1}}");
		assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
		assertThat(json(theirs).get("ratings").get("strategy.priority").asInt()).isEqualTo(1);

		JsonNode read = json(owner.get("/api/v1/maturity/assessments/" + id));
		JsonNode strategy = read.get("competencies").get(0);
		// (5 + 4/3) / 2 = 3.17 -> defined
		assertThat(strategy.get("raterMean").asDouble()).isCloseTo(3.1667, org.assertj.core.data.Offset.offset(1e-3));
		assertThat(strategy.get("raterLevel").asInt()).isEqualTo(3);
		JsonNode priority = strategy.get("items").get(0);
		assertThat(priority.get("spread").asInt()).isEqualTo(4);
		assertThat(priority.get("disagreed").asBoolean()).isTrue();
		assertThat(priority.get("ratings").get(tenant.ownerId().toString()).asInt()).isEqualTo(5);
		assertThat(priority.get("ratings").get(agentUser.toString()).asInt()).isEqualTo(1);
		assertThat(read.get("raters").get(1).get("answered").asInt()).isEqualTo(3);

		// an agent not invited, an analyst not invited, bad items and ratings: refused, nothing stored
		var notInvited = analyst.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"strategy.priority\":3}}");
		assertThat(notInvited.statusCode()).isEqualTo(403);
		var unknown = agent.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"voc.listen\":3,\"strategy.vision\":3}}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("ratings.strategy.vision");
		var outOfScale = agent.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"voc.listen\":7}}");
		assertThat(outOfScale.statusCode()).isEqualTo(422);
		assertThat(outOfScale.body()).contains("ratings.voc.listen");
		assertThat(json(owner.get("/api/v1/maturity/assessments/" + id)).get("competencies").get(1).get("raterLevel")
			.isNull()).isTrue();

		// the agent sees the assessment they rate in the list, not the report
		assertThat(agent.get("/api/v1/maturity/assessments/" + id).statusCode()).isEqualTo(404);
		assertThat(json(agent.get("/api/v1/maturity/assessments")).toString()).contains(id);

		// closed: no more ratings
		assertThat(owner.postJson("/api/v1/maturity/assessments/" + id + "/close", "{}").statusCode()).isEqualTo(200);
		var late = agent.postJson("/api/v1/maturity/assessments/" + id + "/ratings", "{\"ratings\":{\"voc.listen\":3}}");
		assertThat(late.statusCode()).isEqualTo(422);

		// another workspace neither sees nor lists it
		WebClient stranger = WebClient.withKey(port, other.apiKey());
		assertThat(stranger.get("/api/v1/maturity/assessments/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/maturity/assessments").body()).doesNotContain(id);
	}

	@Test
	void aBadAssessmentNamesTheField() {
		Map<String, String> cases = new HashMap<>();
		cases.put("{\"raters\":[]}", "name");
		cases.put("{\"name\":\"x\",\"raters\":[{\"user\":\"%s\",\"group\":\"boss\"}]}".formatted(agentUser),
				"raters[0].group");
		cases.put("{\"name\":\"x\",\"raters\":[{\"user\":\"%s\",\"group\":\"manager\"}]}".formatted(other.ownerId()),
				"raters[0].user");
		cases.put("{\"name\":\"x\",\"raters\":[{\"user\":\"%s\",\"group\":\"manager\"},{\"user\":\"%s\",\"group\":\"executive\"}]}"
			.formatted(agentUser, agentUser), "raters[1].user");
		cases.forEach((body, field) -> {
			var response = owner.postJson("/api/v1/maturity/assessments", body);
			assertThat(response.statusCode()).as(body).isEqualTo(422);
			assertThat(response.body()).as(body).contains("\"" + field + "\"");
		});
		assertThat(analyst.postJson("/api/v1/maturity/assessments", "{\"name\":\"mine\"}").statusCode()).isEqualTo(403);
	}
}
