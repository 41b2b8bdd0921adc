package io.tajriba.employees;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.employees.internal.EmployeeSettingsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * eNPS through the API on two waves (opening 1 October and 1 November) of the same company: Support of Billing 12,
 * Claims 7 and Night 4 answers each wave, Sales 10 and Ops 8; Billing, Claims and Night sit in Tehran, Sales in
 * Shiraz, Ops 6 in Shiraz and 2 in Tabriz. Night (every answer a 2) must never be found, alone or by subtraction.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnpsApiTests {

	static final String BOTH = "from=2026-09-01&to=2026-12-01";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	EmployeeSettingsStore settings;

	Tenant tenant;
	WebClient key;

	@BeforeAll
	void aCompanyOfThreeDepartments() {
		tenant = tenants.create("Pulse results");
		key = WebClient.withKey(port, tenant.apiKey());
		company(tenant.workspace().id());
	}

	void company(UUID w) {
		EmployeeFixtures fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Billing", "Support");
		fixtures.team(w, "Claims", "Support");
		fixtures.team(w, "Night", "Support");
		fixtures.team(w, "Field", "Sales");
		fixtures.team(w, "Depot", "Ops");
		for (String opens : List.of("2026-10-01T08:00:00Z", "2026-11-01T08:00:00Z")) {
			UUID wave = fixtures.wave(w, Instant.parse(opens));
			LocalDate on = LocalDate.parse(opens.substring(0, 10)).plusDays(1);
			for (int i = 0; i < 12; i++) {
				// Billing: 8 promoters, 4 detractors; workload drives it
				int enps = i < 8 ? 10 : 3;
				fixtures.answer(w, wave, "Billing", "Support", "Tehran", on, enps,
						Map.of("workload", i < 8 ? 5 : 1 + i % 2, "tools", 2 + i % 3),
						i == 0 ? "<script>alert(1)</script> more people at lunch" : null);
			}
			for (int i = 0; i < 7; i++) {
				fixtures.answer(w, wave, "Claims", "Support", "Tehran", on, i < 3 ? 9 : 8, Map.of(), null);
			}
			for (int i = 0; i < 4; i++) {
				fixtures.answer(w, wave, "Night", "Support", "Tehran", on, 2, Map.of(), "night shift secret " + i);
			}
			for (int i = 0; i < 10; i++) {
				fixtures.answer(w, wave, "Field", "Sales", "Shiraz", on, i < 5 ? 9 : 0, Map.of(), null);
			}
			for (int i = 0; i < 8; i++) {
				fixtures.answer(w, wave, "Depot", "Ops", i < 6 ? "Shiraz" : "Tabriz", on, i < 4 ? 10 : 7, Map.of(), null);
			}
		}
	}

	@Test
	void theSmallTeamAndItsSmallestSiblingAreHiddenAndTheDepartmentShown() {
		JsonNode teams = json(key.get("/api/v1/metrics/enps?groupBy=team&" + BOTH));
		assertThat(teams.get("groupBy").asString()).isEqualTo("team");
		assertThat(teams.get("threshold").asInt()).isEqualTo(5);
		assertThat(teams.get("from").asString()).isEqualTo("2026-09-01");
		JsonNode billing = group(teams, "Billing");
		assertThat(billing.get("department").asString()).isEqualTo("Support");
		assertThat(billing.get("n").asLong()).isEqualTo(24);
		// 16 promoters, 8 detractors of 24: 33.3 points
		assertThat(billing.get("value").asDouble()).isCloseTo(33.3, within(0.05));
		assertThat(billing.get("ci95").get(0).asDouble()).isLessThan(33.3);
		assertThat(billing.get("ci95").get(1).asDouble()).isGreaterThan(33.3);
		for (String hidden : List.of("Night", "Claims")) {
			JsonNode node = group(teams, hidden);
			assertThat(node.get("hidden").asBoolean()).isTrue();
			assertThat(node.propertyNames()).containsExactlyInAnyOrder("group", "hidden");
		}
		JsonNode support = group(json(key.get("/api/v1/metrics/enps?groupBy=department&" + BOTH)), "Support");
		assertThat(support.get("n").asLong()).isEqualTo(46);
	}

	@Test
	void theDepartmentLessItsShownTeamsNeverGivesTheSmallTeam() {
		List<String> periods = List.of(BOTH, "from=2026-09-01&to=2026-10-15", "from=2026-10-02&to=2026-12-01",
				"from=2026-10-01&to=2026-11-01", "from=2026-10-01&to=2026-11-02", "from=2026-09-30&to=2026-10-02",
				"from=2026-11-01&to=2026-11-02");
		for (String period : periods) {
			JsonNode teams = json(key.get("/api/v1/metrics/enps?groupBy=team&" + period));
			JsonNode departments = json(key.get("/api/v1/metrics/enps?groupBy=department&" + period));
			assertThat(group(teams, "Night").get("hidden").asBoolean()).as(period).isTrue();
			JsonNode support = group(departments, "Support");
			double points = support.get("value").asDouble() * support.get("n").asLong();
			long n = support.get("n").asLong();
			for (JsonNode team : teams.get("groups")) {
				if (!team.has("hidden") && "Support".equals(team.get("department").asString())) {
					points -= team.get("value").asDouble() * team.get("n").asLong();
					n -= team.get("n").asLong();
				}
			}
			// what is left is Claims and Night together, per wave: never Night's 4 answers of -100 alone
			assertThat(n).as(period).isNotIn(0L, 4L, 8L);
			assertThat(n % 11).as(period).isZero();
			assertThat(points / n).as(period).isGreaterThan(-100 + 1);
			// the workspace figure adds the shown departments only; less them, nothing is left
			long overall = teams.get("overall").get("n").asLong();
			long shownDepartments = 0;
			for (JsonNode department : departments.get("groups")) {
				shownDepartments += department.has("hidden") ? 0 : department.get("n").asLong();
			}
			assertThat(overall).as(period).isEqualTo(shownDepartments);
		}
	}

	@Test
	void shiftingThePeriodOverTheWavesNeverRevealsTheSmallTeam() {
		Map<String, JsonNode> billing = new HashMap<>();
		for (String period : List.of(BOTH, "from=2026-09-01&to=2026-10-15", "from=2026-10-02&to=2026-12-01")) {
			JsonNode teams = json(key.get("/api/v1/metrics/enps?groupBy=team&" + period));
			billing.put(period, group(teams, "Billing"));
			assertThat(group(teams, "Night").propertyNames()).containsExactlyInAnyOrder("group", "hidden");
			assertThat(group(teams, "Claims").propertyNames()).containsExactlyInAnyOrder("group", "hidden");
		}
		// one wave each: the two add up to both, the difference of periods is a released cell
		assertThat(billing.get("from=2026-09-01&to=2026-10-15").get("n").asLong()
				+ billing.get("from=2026-10-02&to=2026-12-01").get("n").asLong())
			.isEqualTo(billing.get(BOTH).get("n").asLong());
		JsonNode trend = json(key.get("/api/v1/metrics/enps/trend?groupBy=team&group=Night&" + BOTH));
		assertThat(trend.get("points")).hasSize(2);
		for (JsonNode point : trend.get("points")) {
			assertThat(point.propertyNames()).containsExactlyInAnyOrder("wave", "hidden");
		}
		JsonNode billingTrend = json(key.get("/api/v1/metrics/enps/trend?groupBy=team&group=Billing&" + BOTH));
		assertThat(billingTrend.get("points").get(0).get("n").asLong()).isEqualTo(12);
		assertThat(billingTrend.get("points").get(1).get("opens").asString()).isEqualTo("2026-11-01");
		JsonNode overall = json(key.get("/api/v1/metrics/enps/trend?" + BOTH));
		assertThat(overall.get("points").get(0).get("n").asLong()).isEqualTo(41);
	}

	@Test
	void aSmallLocationIsHiddenWithItsSmallestSibling() {
		JsonNode locations = json(key.get("/api/v1/metrics/enps?groupBy=location&" + BOTH));
		assertThat(locations.get("groupBy").asString()).isEqualTo("location");
		assertThat(group(locations, "Tabriz").propertyNames()).containsExactlyInAnyOrder("group", "hidden");
		assertThat(group(locations, "Shiraz").propertyNames()).containsExactlyInAnyOrder("group", "hidden");
		assertThat(group(locations, "Tehran").get("n").asLong()).isEqualTo(46);
	}

	@Test
	void commentsAndDriversOnlyOfShownGroupsAndNeverWithTheDay() {
		JsonNode night = json(key.get("/api/v1/metrics/enps/comments?groupBy=team&group=Night&" + BOTH));
		assertThat(night.propertyNames()).containsExactly("hidden");
		assertThat(json(key.get("/api/v1/metrics/enps/drivers?groupBy=team&group=Night&" + BOTH)).propertyNames())
			.containsExactly("hidden");
		JsonNode billing = json(key.get("/api/v1/metrics/enps/comments?groupBy=team&group=Billing&" + BOTH));
		assertThat(billing.get("comments")).hasSize(2);
		JsonNode first = billing.get("comments").get(0);
		assertThat(first.get("text").asString()).isEqualTo("<script>alert(1)</script> more people at lunch");
		assertThat(first.get("wave").asInt()).isEqualTo(1);
		assertThat(first.toString()).doesNotContain("2026-");
		JsonNode limited = json(key.get("/api/v1/metrics/enps/comments?groupBy=department&group=Support&limit=1&"
				+ BOTH));
		assertThat(limited.get("comments")).hasSize(1);
		JsonNode drivers = json(key.get("/api/v1/metrics/enps/drivers?groupBy=team&group=Billing&" + BOTH));
		assertThat(drivers.get("n").asLong()).isEqualTo(24);
		assertThat(drivers.get("smallSample").asBoolean()).isTrue();
		Map<String, Double> importance = new HashMap<>();
		drivers.get("drivers").forEach(d -> importance.put(d.get("key").asString(), d.get("importance").asDouble()));
		assertThat(importance.get("workload")).isGreaterThan(importance.get("tools"));
	}

	@Test
	void aProgrammeAloneAndTheOverallCounts() {
		String program = jdbc.sql("""
				select program_id from pulse_waves where workspace_id = :w order by opens_at limit 1""")
			.param("w", tenant.workspace().id()).query(UUID.class).single().toString();
		JsonNode first = json(key.get("/api/v1/metrics/enps?groupBy=team&program=" + program + "&" + BOTH));
		assertThat(group(first, "Billing").get("n").asLong()).isEqualTo(12);
		JsonNode overall = first.get("overall");
		// one wave: Support 23 and Sales 10 and Ops 8 shown; promoters 8 + 3 + 5 + 4, detractors 4 + 4 + 5
		assertThat(overall.get("n").asLong()).isEqualTo(41);
		assertThat(overall.get("promoters").asLong()).isEqualTo(20);
		assertThat(overall.get("detractors").asLong()).isEqualTo(13);
		assertThat(overall.get("passives").asLong()).isEqualTo(8);
		assertThat(overall.get("value").asDouble()).isCloseTo(17.1, within(0.05));
		JsonNode unknown = json(key.get("/api/v1/metrics/enps/trend?groupBy=team&group=Nobody&" + BOTH));
		unknown.get("points").forEach(p -> assertThat(p.get("hidden").asBoolean()).isTrue());
		assertThat(json(key.get("/api/v1/metrics/enps/drivers?groupBy=location&group=Tabriz&" + BOTH)).propertyNames())
			.containsExactly("hidden");
	}

	@Test
	void badParametersAreRefusedNamingTheField() {
		assertField(key.get("/api/v1/metrics/enps?groupBy=shift"), "groupBy");
		assertField(key.get("/api/v1/metrics/enps?from=yesterday"), "from");
		assertField(key.get("/api/v1/metrics/enps?to=2026-13-01"), "to");
		assertField(key.get("/api/v1/metrics/enps?from=2026-11-01&to=2026-10-01"), "from");
		assertField(key.get("/api/v1/metrics/enps?program=nope"), "program");
		assertField(key.get("/api/v1/metrics/enps/comments?limit=0"), "limit");
		assertField(key.get("/api/v1/metrics/enps/trend?groupBy=x"), "groupBy");
	}

	@Test
	void anotherWorkspaceSeesNoneOfIt() {
		Tenant other = tenants.create("Other pulse");
		JsonNode board = json(WebClient.withKey(port, other.apiKey()).get("/api/v1/metrics/enps?" + BOTH));
		assertThat(board.get("groups")).isEmpty();
		assertThat(board.get("overall").get("hidden").asBoolean()).isTrue();
		JsonNode comments = json(WebClient.withKey(port, other.apiKey())
			.get("/api/v1/metrics/enps/comments?groupBy=team&group=Billing&" + BOTH));
		assertThat(comments.get("hidden").asBoolean()).isTrue();
	}

	@Test
	void theWorkspacesThresholdDecides() {
		Tenant small = tenants.create("Small threshold");
		company(small.workspace().id());
		settings.save(small.workspace().id(), new EmployeeRules(3, 9, 6));
		JsonNode teams = json(WebClient.withKey(port, small.apiKey()).get("/api/v1/metrics/enps?groupBy=team&" + BOTH));
		assertThat(teams.get("threshold").asInt()).isEqualTo(3);
		assertThat(group(teams, "Night").get("value").asDouble()).isEqualTo(-100.0);
		assertThat(group(teams, "Night").get("n").asLong()).isEqualTo(8);
		settings.save(small.workspace().id(), new EmployeeRules(10, 9, 6));
		JsonNode strict = json(WebClient.withKey(port, small.apiKey()).get("/api/v1/metrics/enps?groupBy=team&" + BOTH));
		// Support's teams: Claims and Night under 10, together 11: Billing is shown
		assertThat(group(strict, "Billing").get("n").asLong()).isEqualTo(24);
		assertThat(group(strict, "Night").get("hidden").asBoolean()).isTrue();
		// Ops (8) under 10 hides Sales (10) with it; their teams too
		assertThat(group(strict, "Depot").get("hidden").asBoolean()).isTrue();
		assertThat(group(strict, "Field").get("hidden").asBoolean()).isTrue();
		assertThat(strict.get("overall").get("n").asLong()).isEqualTo(46);
	}

	@Test
	void anOpenWaveCountsOnlyOnceItHasClosed() {
		Tenant live = tenants.create("Live pulse");
		UUID w = live.workspace().id();
		EmployeeFixtures fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Billing", "Support");
		fixtures.team(w, "Quiet", "Support");
		// opened yesterday, open for a week: answers arrive one by one, and each reading would tell the last one
		UUID wave = fixtures.wave(w, Instant.now().minus(java.time.Duration.ofDays(1)));
		for (int i = 0; i < 12; i++) {
			fixtures.answer(w, wave, "Billing", "Support", "Tehran", LocalDate.now(), 10, Map.of(), "fine " + i);
		}
		WebClient client = WebClient.withKey(port, live.apiKey());
		JsonNode board = json(client.get("/api/v1/metrics/enps?groupBy=team"));
		assertThat(board.get("overall").has("n")).as(board.toString()).isFalse();
		assertThat(group(board, "Billing").get("hidden").asBoolean()).isTrue();
		// a team of the directory that never answered is listed hidden like the others, so its silence tells nothing
		assertThat(group(board, "Quiet").get("hidden").asBoolean()).isTrue();
		assertThat(json(client.get("/api/v1/metrics/enps/comments?groupBy=team&group=Billing")).toString())
			.doesNotContain("fine");
		jdbc.sql("update pulse_waves set closes_at = now() - interval '1 minute' where workspace_id = :w")
			.param("w", w).update();
		JsonNode closed = json(client.get("/api/v1/metrics/enps?groupBy=team"));
		assertThat(closed.get("overall").get("n").asLong()).isEqualTo(12);
	}

	@Test
	void commentsAreNotListedByLocation() {
		assertField(key.get("/api/v1/metrics/enps/comments?groupBy=location&group=Tehran&" + BOTH), "groupBy");
	}

	JsonNode group(JsonNode board, String name) {
		List<JsonNode> matches = new ArrayList<>();
		board.get("groups").forEach(g -> {
			if (g.get("group").asString().equals(name)) {
				matches.add(g);
			}
		});
		assertThat(matches).as(name + " in " + board).hasSize(1);
		return matches.get(0);
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(mapper.readTree(response.body()).get("field").asString()).isEqualTo(field);
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}
}
