package io.tajriba.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.demo.domain.DemoIdeas;
import io.tajriba.demo.domain.DemoStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's employee voice on first start: 122 employees, six monthly pulse waves whose small teams stay hidden
 * and whose care north team loses heart, ideas in every status with the accepted ones turned into actions.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEmployeesTests {

	@Autowired
	DemoData data;

	@Autowired
	DemoTeam team;

	@Autowired
	DemoQuality quality;

	@Autowired
	DemoEmployees employees;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Tenant tenant;
	WebClient key;
	int answers;

	@BeforeAll
	void demo() {
		tenant = tenants.create("Demo employees");
		UUID w = tenant.workspace().id();
		data.load(w, 600, 20261123);
		Map<String, UUID> people = team.ensure(w, TestWorkspaces.PASSWORD);
		quality.seed(w, people, 20261123);
		answers = employees.seed(w, 20261123);
		key = WebClient.withKey(port, tenant.apiKey());
	}

	JsonNode get(String path) {
		var response = key.get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	@Test
	void theSmallTeamsAreHiddenAndTheOthersShownWithIntervals() {
		// six waves of about 122 × 0.72 answers each
		assertThat(answers).isBetween(480, 580);
		JsonNode board = get("/api/v1/metrics/enps?groupBy=team");
		Map<String, JsonNode> byTeam = new java.util.HashMap<>();
		board.get("groups").forEach(g -> byTeam.put(g.get("group").asString(), g));
		assertThat(byTeam).containsKeys("Night shift", "Returns desk", "People", DemoStaff.FALLING, "Warehouse");
		for (String small : List.of("Night shift", "Returns desk", "People")) {
			assertThat(byTeam.get(small).get("hidden").asBoolean()).as(small).isTrue();
			assertThat(byTeam.get(small).has("value")).isFalse();
			assertThat(byTeam.get(small).has("n")).isFalse();
		}
		for (String large : List.of(DemoStaff.FALLING, "Care south", "Warehouse", "Delivery", "Web and app")) {
			JsonNode g = byTeam.get(large);
			assertThat(g.has("hidden")).as(large).isFalse();
			assertThat(g.get("n").asInt()).isGreaterThanOrEqualTo(30);
			assertThat(g.get("ci95").get(0).asDouble()).isLessThan(g.get("value").asDouble());
			assertThat(g.get("ci95").get(1).asDouble()).isGreaterThan(g.get("value").asDouble());
		}
	}

	@Test
	void theCareNorthTeamsENpsFallsOverTheWaves() {
		JsonNode trend = get("/api/v1/metrics/enps/trend?groupBy=team&group=" + DemoStaff.FALLING.replace(" ", "%20")
				+ "&from=" + LocalDate.now().minusMonths(8) + "&to=" + LocalDate.now().plusDays(1));
		List<JsonNode> points = trend.get("points").valueStream().filter(p -> p.has("value")).toList();
		assertThat(points).hasSizeGreaterThanOrEqualTo(5);
		double first = points.get(0).get("value").asDouble();
		double last = points.get(points.size() - 1).get("value").asDouble();
		assertThat(first - last).as(trend.toString()).isGreaterThan(30);
	}

	@Test
	void ideasInEveryStatusAndTheAcceptedOnesBecameActions() {
		JsonNode ideas = get("/api/v1/ideas").get("ideas");
		assertThat(ideas.size()).isEqualTo(DemoIdeas.IDEAS.size());
		assertThat(ideas.valueStream().map(i -> i.get("status").asString()).distinct())
			.containsExactlyInAnyOrder("submitted", "under_review", "accepted", "in_progress", "done", "declined",
					"duplicate");
		assertThat(ideas.valueStream().map(i -> i.get("language").asString()).distinct())
			.containsExactlyInAnyOrder("en", "fa", "ar", "he");
		JsonNode accepted = ideas.valueStream().filter(i -> i.get("title").asString().equals(DemoIdeas.ACCEPTED))
			.findFirst().orElseThrow();
		JsonNode detail = get("/api/v1/ideas/" + accepted.get("id").asString());
		assertThat(detail.toString()).contains("\"action\"");
		long actions = jdbc.sql("select count(*) from actions where workspace_id = :w and insight_kind = 'idea'")
			.param("w", tenant.workspace().id()).query(Long.class).single();
		assertThat(actions).isEqualTo(DemoIdeas.IDEAS.stream()
			.filter(i -> List.of("accepted", "in_progress", "done").contains(i.status())).count());
	}
}
