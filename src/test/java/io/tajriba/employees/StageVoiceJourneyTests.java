package io.tajriba.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey coverage matrix through the API, fed by the employees: pulse answers of the team serving a stage and
 * ideas tagged with a stage, in the period; answers of a team serving none, ideas of another month and another
 * workspace's employees count nowhere.
 */
@TajribaTest
class StageVoiceJourneyTests {

	static final String PERIOD = "from=2026-05-01&to=2026-05-31";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	JsonNode coverage(WebClient key) {
		var list = key.get("/api/v1/journeys");
		assertThat(list.statusCode()).isEqualTo(200);
		String journey = mapper.readTree(list.body()).get(0).get("id").asString();
		var analysis = key.get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD);
		assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(200);
		return mapper.readTree(analysis.body()).get("coverage");
	}

	static JsonNode cell(JsonNode coverage, String stage) {
		return coverage.get("cells").valueStream()
			.filter(c -> c.get("stage").asString().equals(stage) && c.get("dataType").asString().equals("employee"))
			.findFirst().orElseThrow();
	}

	void idea(UUID workspace, int number, String stage, String at) {
		jdbc.sql("""
				insert into ideas (workspace_id, number, title, language, stage, status, created_at, updated_at)
				values (:w, :n, 'Shorter queue', 'en', :stage, 'submitted', cast(:at as timestamptz), cast(:at as timestamptz))""")
			.param("w", workspace).param("n", number).param("stage", stage).param("at", at).update();
	}

	@Test
	void theEmployeesWhoServeAStageFillItsEmployeeCell() {
		Tenant tenant = tenants.create("Stage voice");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		UUID w = tenant.workspace().id();
		// before anyone answered: the advice to ask the employees, at the stages where employees are expected
		JsonNode before = coverage(key);
		assertThat(cell(before, "use").get("status").asString()).isEqualTo("gap");
		assertThat(cell(before, "use").get("recommendation").get("messageKey").asString())
			.isEqualTo("journeys.coverage.gap.employee");

		EmployeeFixtures f = new EmployeeFixtures(jdbc);
		f.team(w, "Counter", "Service", "use");
		f.team(w, "Back office", "Finance");
		UUID wave = f.wave(w, Instant.parse("2026-05-02T08:00:00Z"));
		// five answers: a team's answers count once it has the anonymity threshold's
		for (int i = 0; i < 5; i++) {
			f.answer(w, wave, "Counter", "Service", null, LocalDate.parse("2026-05-04"), 8, Map.of(), null);
		}
		f.answer(w, wave, "Back office", "Finance", null, LocalDate.parse("2026-05-04"), 8, Map.of(), null);
		// two answers of a team of awareness: too few to tell that they answered at all
		f.team(w, "Solo", "Service", "awareness");
		f.answer(w, wave, "Solo", "Service", null, LocalDate.parse("2026-05-04"), 8, Map.of(), null);
		f.answer(w, wave, "Solo", "Service", null, LocalDate.parse("2026-05-04"), 8, Map.of(), null);
		// June: after the period
		f.answer(w, wave, "Counter", "Service", null, LocalDate.parse("2026-06-04"), 8, Map.of(), null);
		idea(w, 1, "use", "2026-05-10T10:00:00Z");
		idea(w, 2, "action", "2026-05-11T10:00:00Z");
		idea(w, 3, "action", "2026-04-11T10:00:00Z");

		JsonNode after = coverage(key);
		JsonNode use = cell(after, "use");
		assertThat(use.get("count").asLong()).isEqualTo(6);
		assertThat(use.get("status").asString()).isEqualTo("thin");
		assertThat(use.get("recommendation").get("messageKey").asString()).isEqualTo("journeys.coverage.thin");
		assertThat(cell(after, "action").get("count").asLong()).isEqualTo(1);
		assertThat(cell(after, "awareness").get("count").asLong()).isZero();

		// 30 answers: covered, and no advice left for the stage
		for (int i = 0; i < 24; i++) {
			f.answer(w, wave, "Counter", "Service", null, LocalDate.parse("2026-05-05"), 9, Map.of(), null);
		}
		JsonNode covered = cell(coverage(key), "use");
		assertThat(covered.get("count").asLong()).isEqualTo(30);
		assertThat(covered.get("status").asString()).isEqualTo("covered");
		assertThat(covered.has("recommendation")).isFalse();

		// another workspace: its cells know nothing of these
		Tenant other = tenants.create("Stage voice elsewhere");
		assertThat(cell(coverage(WebClient.withKey(port, other.apiKey())), "use").get("count").asLong()).isZero();
	}
}
