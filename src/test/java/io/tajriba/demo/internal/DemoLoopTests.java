package io.tajriba.demo.internal;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's closed loop: rules, teams, and cases in every state on first start. */
@TajribaTest
class DemoLoopTests {

	@Autowired
	DemoData data;

	@Autowired
	DemoTeam team;

	@Autowired
	DemoLoop loop;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long count(String sql, UUID workspace) {
		return jdbc.sql(sql).param("w", workspace).query(Long.class).single();
	}

	@Test
	void theDemoLoopHasCasesInEveryState() {
		Tenant tenant = tenants.create("Demo loop");
		UUID w = tenant.workspace().id();
		data.load(w, 1_500, 20261123);
		Map<String, UUID> people = team.ensure(w, TestWorkspaces.PASSWORD);
		loop.seed(w, people, 20261123);

		assertThat(count("select count(*) from alert_rules where workspace_id = :w", w)).isEqualTo(4);
		assertThat(count("select count(*) from action_teams where workspace_id = :w", w)).isEqualTo(2);
		for (String status : new String[] { "new", "open", "waiting", "resolved", "closed" }) {
			assertThat(count("select count(*) from cases where workspace_id = :w and status = '" + status + "'", w))
				.as(status).isPositive();
		}
		assertThat(count("select count(*) from cases where workspace_id = :w and root_cause is not null", w)).isPositive();
		assertThat(count("select count(*) from case_events where workspace_id = :w and kind = 'comment'", w)).isPositive();
		assertThat(count("select count(*) from case_escalations where workspace_id = :w", w)).isPositive();
		assertThat(count("select count(*) from case_recoveries where workspace_id = :w and score is not null", w))
			.isPositive();
		// cases go to people of the demo, each case's owner a member
		assertThat(count("""
				select count(*) from cases c where workspace_id = :w
				  and not exists (select 1 from memberships m where m.workspace_id = c.workspace_id and m.user_id = c.owner_id)""",
				w)).isZero();

		String figures = WebClient.withKey(port, tenant.apiKey()).get("/api/v1/cases/figures").body();
		assertThat(figures).contains("\"weeks\":[{", "\"withinSla\":{\"n\":", "\"recovery\":{\"n\":", "\"rootCauses\":[{");
		// an NPS of 3 to the demo's relationship survey opens a case, assigned to the care team in its turn
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = jdbc.sql("select id::text from surveys where workspace_id = :w and name = 'Relationship NPS'")
			.param("w", w).query(String.class).single();
		var answered = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"angry-1\",\"customer\":\"newcomer-1\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":3}}\n"
					.formatted(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		assertThat(answered.body()).contains("\"accepted\":1");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
			.until(() -> key.get("/api/v1/cases?customer=newcomer-1").body().contains("\"status\":\"new\""));
		String opened = key.get("/api/v1/cases?customer=newcomer-1").body();
		assertThat(opened).contains("\"ruleName\":\"Detractor on the relationship survey\"", "\"priority\":\"high\"",
				"\"firstResponseDue\"", "\"resolutionDue\"");
		assertThat(people.values().stream().anyMatch(id -> opened.contains("\"owner\":\"" + id + "\""))).isTrue();

		// seeding again changes nothing
		long cases = count("select count(*) from cases where workspace_id = :w", w);
		assertThat(count("select count(*) from alert_rules where workspace_id = :w", w)).isEqualTo(4);
		loop.seed(w, people, 20261123);
		assertThat(count("select count(*) from cases where workspace_id = :w", w)).isEqualTo(cases);
	}
}
