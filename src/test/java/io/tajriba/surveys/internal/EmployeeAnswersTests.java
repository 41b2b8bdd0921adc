package io.tajriba.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.surveys.Surveys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Employee answers beside customer answers: stored as they could have been before (rows straight in the table, then
 * scored by the path a completed response takes) and tried through the API; every customer figure stays as the
 * customer answers alone make it.
 */
@TajribaTest
class EmployeeAnswersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	ScoreFacts facts;

	@Autowired
	ScoreRollupJob rollups;

	@Autowired
	Surveys surveys;

	Tenant tenant;
	WebClient key;
	String customerSurvey;
	UUID employeeSurvey;
	Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void customersAndEmployees() {
		tenant = tenants.create("Employee answers");
		key = WebClient.withKey(port, tenant.apiKey());
		customerSurvey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + customerSurvey + "/publish", "");
		// customers: 3 promoters, 1 passive, 1 detractor: NPS 40 on 5 answers
		StringBuilder rows = new StringBuilder();
		int[] nps = { 10, 9, 10, 8, 2 };
		for (int i = 0; i < nps.length; i++) {
			rows.append(row("c" + i, now.minus(Duration.ofDays(2)).plusSeconds(i), nps[i]));
		}
		assertThat(key.post("/api/v1/surveys/" + customerSurvey + "/responses", "application/x-ndjson",
				rows.toString()).body()).contains("\"accepted\":5");
		// an employee survey with the same questions, its audience spelt in the singular as older definitions may
		String definition = surveys.template("nps-relationship").map(mapper::writeValueAsString).orElseThrow()
			.replace("\"audience\":\"customers\"", "\"audience\":\"employee\"");
		assertThat(definition).contains("\"audience\":\"employee\"");
		employeeSurvey = jdbc.sql("""
				insert into surveys (workspace_id, name, status, definition, created_at, updated_at, published_at)
				values (:w, 'Staff', 'published', cast(:d as jsonb), now(), now(), now()) returning id""")
			.param("w", tenant.workspace().id()).param("d", definition).query(UUID.class).single();
	}

	static String row(String id, Instant at, int nps) {
		return "{\"id\":\"" + id + "\",\"channel\":\"web\",\"touchpoint\":\"checkout\",\"agent\":\"ali\","
				+ "\"submittedAt\":\"" + at + "\",\"answers\":{\"nps\":" + nps + ",\"reason\":\"slow and rude\"}}\n";
	}

	static String id(String body) {
		var m = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	JsonNode nps() {
		var response = key.get("/api/v1/metrics/nps?from=" + now.minus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC)
			.toLocalDate() + "&to=" + now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).toLocalDate()
				+ "&minimum=1&groupBy=agent");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	String period() {
		return "from=" + now.minus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC).toLocalDate() + "&to="
				+ now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/** The other customer figures of scores: emotions, key drivers of NPS, the return on experience. */
	List<String> otherFigures() {
		List<String> bodies = new ArrayList<>();
		for (String path : List.of("/api/v1/metrics/emotions?" + period(),
				"/api/v1/metrics/drivers?survey=" + customerSurvey + "&" + period(),
				"/api/v1/metrics/roi?" + period())) {
			var response = key.get(path);
			assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
			bodies.add(response.body());
		}
		return bodies;
	}

	/** Employee detractors stored straight in the table, as before, and scored by the completed-response path. */
	List<UUID> storedBefore() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(jdbc.sql("""
					insert into survey_responses (workspace_id, survey_id, external_id, channel, touchpoint, agent,
					  language, source, answers, status, started_at, completed_at)
					values (:w, :s, :e, 'web', 'checkout', 'ali', 'en', 'import',
					  cast('{"nps":0,"reason":"understaffed","feeling":["angry"]}' as jsonb), 'complete', :at, :at)
					returning id""")
				.param("w", tenant.workspace().id()).param("s", employeeSurvey).param("e", "e" + i)
				.param("at", now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).query(UUID.class).single());
		}
		facts.record(tenant.workspace().id(), ids);
		return ids;
	}

	@Test
	void employeeAnswersAreRefusedWhereTheyWouldEnter() {
		var imported = key.post("/api/v1/surveys/" + employeeSurvey + "/responses", "application/x-ndjson",
				row("x1", now, 0));
		assertThat(imported.statusCode()).isEqualTo(422);
		assertThat(imported.body()).contains("\"field\":\"audience\"", "employee pulse");
		var invited = key.postJson("/api/v1/surveys/" + employeeSurvey + "/invitations",
				"{\"email\":\"staff@example.com\"}");
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(422);
		assertThat(invited.body()).contains("\"field\":\"audience\"");
		var widget = key.postJson("/api/v1/surveys/" + employeeSurvey + "/widget", "");
		assertThat(widget.statusCode()).as(widget.body()).isEqualTo(422);
		assertThat(widget.body()).contains("\"field\":\"audience\"");
		assertThat(jdbc.sql("select count(*) from survey_responses where workspace_id = :w and survey_id = :s")
			.param("w", tenant.workspace().id()).param("s", employeeSurvey).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from survey_invitations where workspace_id = :w and survey_id = :s")
			.param("w", tenant.workspace().id()).param("s", employeeSurvey).query(Long.class).single()).isZero();
	}

	@Test
	void employeeAnswersStoredBeforeCountInNoCustomerFigure() {
		JsonNode before = nps();
		assertThat(before.get("overall").get("n").asLong()).isEqualTo(5);
		assertThat(before.get("overall").get("value").asDouble()).isEqualTo(40);
		List<String> others = otherFigures();
		List<UUID> stored = storedBefore();

		// no score or emotion rows, so neither the raw tail nor the rollups count them
		assertThat(jdbc.sql("select count(*) from survey_scores where workspace_id = :w and survey_id = :s")
			.param("w", tenant.workspace().id()).param("s", employeeSurvey).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from survey_emotions where workspace_id = :w and survey_id = :s")
			.param("w", tenant.workspace().id()).param("s", employeeSurvey).query(Long.class).single()).isZero();
		// nor queued for the customers' text analytics
		assertThat(jdbc.sql("""
				select (select count(*) from text_queue where workspace_id = :w and source_id = any(:ids))
				  + (select count(*) from text_analyses where workspace_id = :w and source_id = any(:ids))""")
			.param("w", tenant.workspace().id()).param("ids", stored.stream().map(UUID::toString).toArray(String[]::new))
			.query(Long.class).single()).isZero();
		assertThat(nps()).isEqualTo(before);
		rollups.roll(tenant.workspace().id());
		assertThat(nps()).isEqualTo(before);
		assertThat(nps().get("groups").get(0).get("n").asLong()).isEqualTo(5);
		assertThat(otherFigures()).isEqualTo(others);

		// the responses other modules read (journey stages, alerts' backtests) leave them out
		List<SubmittedResponse> read = new ArrayList<>();
		surveys.submittedBetween(tenant.workspace().id(), now.minus(Duration.ofDays(10)), now.plusSeconds(60), 100,
				read::add);
		assertThat(read).hasSize(5).allMatch(r -> r.surveyId().toString().equals(customerSurvey));
		assertThat(surveys.submitted(tenant.workspace().id(), stored.getFirst())).isEmpty();

		// an alert rule on every survey: the backtest and the live rule see the customer detractor alone
		String rule = """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"high","assignment":{"to":"admins"}}""";
		var backtest = key.postJson("/api/v1/alert-rules/backtest?days=30", rule);
		assertThat(backtest.statusCode()).as(backtest.body()).isEqualTo(200);
		assertThat(backtest.body()).contains("\"signals\":1");
		assertThat(key.postJson("/api/v1/alert-rules", rule).statusCode()).isEqualTo(201);
		assertThat(key.post("/api/v1/surveys/" + employeeSurvey + "/responses", "application/x-ndjson",
				row("x2", now, 0)).statusCode()).isEqualTo(422);
		assertThat(key.post("/api/v1/surveys/" + customerSurvey + "/responses", "application/x-ndjson",
				row("c9", now, 1)).body()).contains("\"accepted\":1");
		await().atMost(Duration.ofSeconds(20)).until(() -> cases() == 1);
		assertThat(cases()).isEqualTo(1);
	}

	long cases() {
		return jdbc.sql("select count(*) from cases where workspace_id = :w").param("w", tenant.workspace().id())
			.query(Long.class).single();
	}
}
