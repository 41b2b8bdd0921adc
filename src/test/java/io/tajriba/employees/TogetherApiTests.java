package io.tajriba.employees;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Five released teams and a hidden one: each team's eNPS beside its agents' customer CSAT and QA, and r over the
 * teams, worked out by hand below.
 */
@TajribaTest
class TogetherApiTests {

	static final String PERIOD = "from=2026-03-01&to=2026-03-31";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void data() {
		tenant = tenants.create("Together");
		key = WebClient.withKey(port, tenant.apiKey());
		TogetherFixture.teams(jdbc, key, tenant.workspace().id());
	}

	JsonNode get(WebClient client, String path) {
		var response = client.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	@Test
	void teamsEnpsBesideTheirCustomersAndTheCorrelationOverTeams() {
		JsonNode body = get(key, "/api/v1/metrics/enps/teams?" + PERIOD);
		JsonNode teams = body.get("teams");
		assertThat(teams).hasSize(7);
		// by department, then name: Sales (Field, Tiny) before Support (T1 to T5)
		JsonNode t1 = teams.get(2);
		assertThat(t1.get("team").asString()).isEqualTo("T1");
		assertThat(t1.get("enps").get("value").asDouble()).isCloseTo(100, within(1e-9));
		assertThat(t1.get("enps").get("n").asLong()).isEqualTo(5);
		assertThat(t1.get("csat").get("value").asDouble()).isCloseTo(90, within(1e-9));
		assertThat(t1.get("csat").get("n").asLong()).isEqualTo(10);
		// Wilson, 9 of 10: 59.58% to 98.21%
		assertThat(t1.get("csat").get("ci95").get(0).asDouble()).isCloseTo(59.58, within(0.01));
		assertThat(t1.get("csat").get("ci95").get(1).asDouble()).isCloseTo(98.21, within(0.01));
		// the random reviews only: (80 + 90) / 2
		assertThat(t1.get("qa").get("value").asDouble()).isCloseTo(85, within(1e-9));
		assertThat(t1.get("qa").get("n").asLong()).isEqualTo(2);
		JsonNode t3 = teams.get(4);
		assertThat(t3.get("enps").get("value").asDouble()).isCloseTo(20, within(1e-9));
		// eNPS 20 on 5 answers (3 promoters, 2 detractors): var = (0.6 + 0.4 - 0.04) / 5 = 0.192, half 85.88
		assertThat(t3.get("enps").get("ci95").get(0).asDouble()).isCloseTo(-65.88, within(0.01));
		assertThat(t3.has("qa")).isFalse();
		// Tiny has two answers: hidden, and nothing else of it told
		assertThat(teams.get(0).get("team").asString()).isEqualTo("Field");
		assertThat(teams.get(0).get("hidden").asBoolean()).isTrue();
		assertThat(teams.get(0).has("enps")).isFalse();
		JsonNode tiny = teams.get(1);
		assertThat(tiny.get("team").asString()).isEqualTo("Tiny");
		assertThat(tiny.get("hidden").asBoolean()).isTrue();
		assertThat(tiny.has("enps")).isFalse();
		assertThat(tiny.has("csat")).isFalse();
		assertThat(tiny.has("department")).isFalse();

		// eNPS (100, 60, 20, -20, -60) against CSAT (90, 70, 80, 60, 40): sum of products of the deviations 4400,
		// sums of squares 16000 and 1480: r = 4400 / sqrt(23680000) = 0.904194; Fisher's z over n - 3 = 2:
		// tanh(atanh(r) -+ 1.959964 / sqrt 2) = 0.108415 to 0.993726
		JsonNode csat = body.get("correlations").get("csat");
		assertThat(csat.get("n").asInt()).isEqualTo(5);
		assertThat(csat.get("r").asDouble()).isCloseTo(0.904194, within(1e-6));
		assertThat(csat.get("ci95").get(0).asDouble()).isCloseTo(0.108415, within(1e-6));
		assertThat(csat.get("ci95").get(1).asDouble()).isCloseTo(0.993726, within(1e-6));
		// QA for two teams only: no r
		JsonNode qa = body.get("correlations").get("qa");
		assertThat(qa.get("n").asInt()).isEqualTo(2);
		assertThat(qa.has("r")).isFalse();
		assertThat(body.get("caution").asString()).contains("not cause", "few teams");
	}

	@Test
	void badDatesAreRefusedAndAnotherWorkspaceSeesNothing() {
		var bad = key.get("/api/v1/metrics/enps/teams?from=yesterday");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"from\"");
		var reversed = key.get("/api/v1/metrics/enps/teams?from=2026-04-01&to=2026-03-01");
		assertThat(reversed.statusCode()).isEqualTo(422);
		Tenant other = tenants.create("Together elsewhere");
		JsonNode theirs = get(WebClient.withKey(port, other.apiKey()), "/api/v1/metrics/enps/teams?" + PERIOD);
		assertThat(theirs.get("teams")).isEmpty();
		assertThat(theirs.get("correlations").get("csat").get("n").asInt()).isZero();
	}
}
