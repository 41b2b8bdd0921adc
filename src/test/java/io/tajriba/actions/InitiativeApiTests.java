package io.tajriba.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Initiatives through the API on {@link InitiativeFixture}'s answers: the checkout's planted +20 CSAT points found
 * against the cart and the branch, the controls suggested, the power estimate, the lock at launch and its
 * amendments, the job that finishes an initiative at its planned end, bad input and another workspace.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	InitiativeSetup setup;

	WebClient key;
	InitiativeFixture fixture;

	@BeforeAll
	void answers() {
		Tenant tenant = tenants.create("Initiatives");
		key = WebClient.withKey(port, tenant.apiKey());
		fixture = new InitiativeFixture(key);
	}

	@Test
	void theControlsAreSuggestedAndThePlantedEffectIsFound() {
		JsonNode created = json(key.postJson("/api/v1/initiatives", fixture.initiative("Checkout redesign",
				"\"plannedEnd\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"")), 201);
		// the branch (55%) is nearer the checkout's 50% than the cart (60%); the faq page has too few answers
		assertThat(created.at("/measurement/control").valueStream().map(u -> u.get("key").asString()))
			.containsExactly("branch", "cart");
		assertThat(created.get("controlSuggested").asBoolean()).isTrue();
		assertThat(created.at("/controlReasons/0/level").asDouble()).isEqualTo(55.0);
		assertThat(created.at("/controlReasons/0/treatedLevel").asDouble()).isEqualTo(50.0);
		String id = created.get("id").asString();
		assertThat(json(key.postJson("/api/v1/initiatives/" + id + "/launch", ""), 200).get("status").asString())
			.isEqualTo("running");

		JsonNode effect = json(key.get("/api/v1/initiatives/" + id + "/effect"), 200);
		assertThat(effect.get("evidence").asString()).isEqualTo("difference_in_differences");
		// treated 50% → 70%, controls 57.5% → 57.5%: (70 − 50) − 0
		assertThat(effect.at("/treated/before/value").asDouble()).isEqualTo(50.0);
		assertThat(effect.at("/treated/after/value").asDouble()).isEqualTo(70.0);
		assertThat(effect.at("/treated/before/n").asLong()).isEqualTo(160);
		assertThat(effect.at("/difference/value").asDouble()).isEqualTo(20.0);
		assertThat(effect.at("/difference/ci95/0").asDouble()).isBetween(0.0, 20.0);
		assertThat(effect.at("/difference/ci95/1").asDouble()).isGreaterThan(20.0);
		assertThat(effect.at("/difference/pValue").asDouble()).isLessThan(0.05);
		assertThat(effect.at("/preTrend/difference").asDouble()).isEqualTo(0.0);
		assertThat(effect.get("verdict").asString()).isEqualTo("improved");
		assertThat(effect.get("weeklySeries")).hasSize(16);
		assertThat(effect.at("/weeklySeries/8/period").asString()).isEqualTo("after");
		assertThat(effect.at("/weeklySeries/8/treated/value").asDouble()).isEqualTo(70.0);
		assertThat(effect.at("/weeklySeries/8/control/n").asLong()).isEqualTo(40);

		assertThat(setup.finishDue(Instant.now())).isZero();
		JsonNode finished = json(key.get("/api/v1/initiatives/" + id), 200);
		assertThat(finished.get("status").asString()).isEqualTo("finished");
		assertThat(finished.has("finishedAt")).isTrue();
		HttpResponse<String> amend = key.patchJson("/api/v1/initiatives/" + id, "{\"minEffect\":5,\"reason\":\"late\"}");
		assertThat(amend.statusCode()).as(amend.body()).isEqualTo(422);
		assertThat(amend.body()).contains("minEffect");
	}

	@Test
	void aRunningInitiativeIsTooEarlyAndItsMeasurementChangesOnlyByAmendment() {
		String id = json(key.postJson("/api/v1/initiatives", fixture.initiative("Faster payment page",
				"\"control\":[\"cart\"]")), 201).get("id").asString();
		HttpResponse<String> patchDraft = key.patchJson("/api/v1/initiatives/" + id, "{\"minEffect\":8}");
		assertThat(json(patchDraft, 200).at("/measurement/minEffect").asDouble()).isEqualTo(8.0);
		json(key.postJson("/api/v1/initiatives/" + id + "/launch", ""), 200);
		assertThat(key.postJson("/api/v1/initiatives/" + id + "/launch", "").statusCode()).isEqualTo(409);
		assertThat(json(key.get("/api/v1/initiatives/" + id + "/effect"), 200).get("verdict").asString())
			.isEqualTo("too_early");

		HttpResponse<String> noReason = key.patchJson("/api/v1/initiatives/" + id, "{\"control\":[\"branch\"]}");
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(json(noReason, 422).get("field").asString()).isEqualTo("reason");
		JsonNode amended = json(key.patchJson("/api/v1/initiatives/" + id,
				"{\"control\":[\"branch\"],\"reason\":\"the cart was redesigned too\",\"title\":\"Payment page\"}"), 200);
		assertThat(amended.get("title").asString()).isEqualTo("Payment page");
		assertThat(amended.get("amendments")).hasSize(1);
		assertThat(amended.at("/amendments/0/reason").asString()).isEqualTo("the cart was redesigned too");
		assertThat(amended.at("/amendments/0/changes/control/1/0").asString()).isEqualTo("branch");
		assertThat(amended.at("/measurement/locked").asBoolean()).isTrue();
	}

	@Test
	void theWorstUnitWithNothingNearItWarnsOfRegressionToTheMean() {
		String body = fixture.initiative("Returns desk", "\"control\":[\"branch\"]").replace("[\"checkout\"]",
				"[\"returns desk\"]");
		String id = json(key.postJson("/api/v1/initiatives", body), 201).get("id").asString();
		assertThat(json(key.get("/api/v1/initiatives/" + id + "/effect"), 200).get("regressionToMeanRisk").asBoolean())
			.isTrue();
		String checkout = json(key.postJson("/api/v1/initiatives", fixture.initiative("Checkout", "")), 201).get("id")
			.asString();
		assertThat(json(key.get("/api/v1/initiatives/" + checkout + "/effect"), 200).get("regressionToMeanRisk")
			.asBoolean()).isFalse();
	}

	@Test
	void withoutControlsTheEvidenceIsBeforeAfter() {
		String id = json(key.postJson("/api/v1/initiatives", fixture.initiative("Checkout copy",
				"\"control\":[],\"suggestControls\":false")), 201).get("id").asString();
		JsonNode effect = json(key.get("/api/v1/initiatives/" + id + "/effect"), 200);
		assertThat(effect.get("evidence").asString()).isEqualTo("before_after");
		assertThat(effect.get("weakerEvidence").asBoolean()).isTrue();
		assertThat(effect.has("control")).isFalse();
	}

	@Test
	void thePowerEstimateComesFromTheUnitsAnswers() {
		String body = "{\"metric\":\"csat\",\"survey\":\"" + fixture.survey + "\",\"unitKind\":\"touchpoint\","
				+ "\"treated\":[\"checkout\"],\"control\":[\"cart\",\"branch\"],\"baselineFrom\":\"" + fixture.baselineFrom
				+ "\",\"baselineTo\":\"" + fixture.launchOn.minusDays(1) + "\",\"effect\":";
		// s²: checkout 2500·160/159, controls (184 of 320 satisfied) 2443.75·320/319; 20 and 40 answers a week, 8
		// weeks of baseline: Var(W) = 187.07/W + 23.38, and 7.849·Var(W) ≤ 20² first at W = 7
		JsonNode twenty = json(key.postJson("/api/v1/initiatives/power", body + "20}"), 200);
		assertThat(twenty.get("weeks").asInt()).isEqualTo(7);
		assertThat(twenty.get("treatedPerWeek").asDouble()).isEqualTo(20.0);
		assertThat(twenty.get("controlPerWeek").asDouble()).isEqualTo(40.0);
		// the baseline's own noise, 7.849 · 23.38 > 10², keeps 10 points out of reach
		assertThat(json(key.postJson("/api/v1/initiatives/power", body + "10}"), 200).has("weeks")).isFalse();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertField(fixture.initiative("x", "").replace("\"csat\"", "\"sales\""), "metric");
		assertField(fixture.initiative("x", "").replace("\"touchpoint\"", "\"shelf\""), "unitKind");
		assertField(fixture.initiative("x", "").replace("[\"checkout\"]", "[]"), "treated");
		assertField(fixture.initiative("x", "\"control\":[\"checkout\"]"), "control");
		assertField(fixture.initiative("x", "\"baselineFrom\":\"" + fixture.launchOn.minusDays(5) + "\""),
				"baselineFrom");
		assertField(fixture.initiative("x", "\"plannedEnd\":\"" + fixture.launchOn.plusDays(2) + "\""), "plannedEnd");
		assertField(fixture.initiative("x", "").replace("\"minEffect\":10", "\"minEffect\":-1"), "minEffect");
		assertField(fixture.initiative("x", "").replace("\"touchpoint\"", "\"stage\""), "treated");
		assertField(fixture.initiative("", ""), "title");
		assertField(fixture.initiative("x", "\"owner\":\"" + java.util.UUID.randomUUID() + "\""), "owner");
		assertField(fixture.initiative("x", "\"insight\":{\"kind\":\"rumour\",\"ref\":\"a\"}"), "insight.kind");
		assertField(fixture.initiative("x", "\"launchOn\":\"soon\"").replace("\"launchOn\":\"" + fixture.launchOn + "\",",
				""), "launchOn");
	}

	@Test
	void anotherWorkspaceSeesNone() {
		String id = json(key.postJson("/api/v1/initiatives", fixture.initiative("Ours", "")), 201).get("id").asString();
		WebClient other = WebClient.withKey(port, tenants.create("Initiatives elsewhere").apiKey());
		assertThat(other.get("/api/v1/initiatives/" + id).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/initiatives/" + id + "/effect").statusCode()).isEqualTo(404);
		assertThat(other.postJson("/api/v1/initiatives/" + id + "/launch", "").statusCode()).isEqualTo(404);
		assertThat(other.patchJson("/api/v1/initiatives/" + id, "{\"title\":\"theirs\"}").statusCode()).isEqualTo(404);
		assertThat(json(other.get("/api/v1/initiatives"), 200)).isEmpty();
	}

	private void assertField(String body, String field) {
		HttpResponse<String> response = key.postJson("/api/v1/initiatives", body);
		assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(422);
		assertThat(mapper.readTree(response.body()).get("field").asString()).as(response.body()).isEqualTo(field);
	}

	private JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return mapper.readTree(response.body());
	}
}
