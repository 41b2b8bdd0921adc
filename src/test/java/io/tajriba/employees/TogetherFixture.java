package io.tajriba.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.tajriba.WebClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five employee teams whose eNPS, customers' CSAT and QA are worked out by hand in {@code TogetherApiTests}, and a
 * team with too few answers to show: for the API test and the page's browser test.
 */
public final class TogetherFixture {

	private TogetherFixture() {
	}

	/**
	 * Sets up teams T1..T5 (released) with one agent each and their customers, and in another department Tiny (two
	 * answers) and Field (three): both hidden, since Tiny hidden alone would be its department minus Field.
	 */
	public static void teams(JdbcClient jdbc, WebClient key, UUID workspace) {
		EmployeeFixtures f = new EmployeeFixtures(jdbc);
		UUID wave = f.wave(workspace, Instant.parse("2026-03-02T08:00:00Z"));
		// eNPS: T1 100, T2 60, T3 20, T4 -20, T5 -60 (five answers each: promoters 10, detractors 5)
		int[] promoters = { 5, 4, 3, 2, 1 };
		// CSAT: 10 answers each, satisfied (5) 9, 7, 8, 6, 4 of them: 90, 70, 80, 60, 40 %
		int[] satisfied = { 9, 7, 8, 6, 4 };
		StringBuilder csat = new StringBuilder();
		for (int t = 0; t < 5; t++) {
			String team = "T" + (t + 1);
			f.team(workspace, team, "Support", "use");
			f.employee(workspace, "e" + t, "Employee " + t, null, team, null, null, "agent-" + t);
			for (int i = 0; i < 5; i++) {
				f.answer(workspace, wave, team, "Support", null, LocalDate.parse("2026-03-03"), i < promoters[t] ? 10 : 5,
						Map.of(), null);
			}
			for (int i = 0; i < 10; i++) {
				csat.append(answer("r" + t + "-" + i, "agent-" + t, i < satisfied[t] ? 5 : 2));
			}
		}
		f.team(workspace, "Tiny", "Sales");
		f.employee(workspace, "e9", "Employee 9", null, "Tiny", null, null, "agent-9");
		f.answer(workspace, wave, "Tiny", "Sales", null, LocalDate.parse("2026-03-03"), 0, Map.of(), null);
		f.answer(workspace, wave, "Tiny", "Sales", null, LocalDate.parse("2026-03-03"), 0, Map.of(), null);
		csat.append(answer("r9", "agent-9", 1));
		// Tiny hidden alone would be Sales minus Field: Field (three answers) is hidden with it
		f.team(workspace, "Field", "Sales");
		f.employee(workspace, "e8", "Employee 8", null, "Field", null, null, null);
		for (int i = 0; i < 3; i++) {
			f.answer(workspace, wave, "Field", "Sales", null, LocalDate.parse("2026-03-03"), 10, Map.of(), null);
		}
		String survey = MetricsIds.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", csat.toString())
			.body()).contains("\"accepted\":51");
		// QA: the random reviews of agent-0 (0.8, 0.9) and agent-1 (0.6); a targeted one of agent-0 never counts
		UUID card = jdbc.sql("""
				insert into quality_scorecards (workspace_id, name, channel, created_at, updated_at)
				values (:w, 'Card', 'chat', now(), now()) returning id""").param("w", workspace).query(UUID.class).single();
		UUID version = jdbc.sql("""
				insert into quality_scorecard_versions (workspace_id, scorecard_id, version, content, created_at)
				values (:w, :card, 1, '{}', now()) returning id""").param("w", workspace).param("card", card)
			.query(UUID.class).single();
		review(jdbc, workspace, card, version, "agent-0", 0.8, "random");
		review(jdbc, workspace, card, version, "agent-0", 0.9, "random");
		review(jdbc, workspace, card, version, "agent-0", 0.1, "targeted");
		review(jdbc, workspace, card, version, "agent-1", 0.6, "random");
	}

	static void review(JdbcClient jdbc, UUID workspace, UUID card, UUID version, String agent, double score,
			String kind) {
		jdbc.sql("""
				insert into quality_agents (workspace_id, agent_key, display_name, source)
				values (:w, :agent, :agent, 'created') on conflict do nothing""").param("w", workspace)
			.param("agent", agent).update();
		jdbc.sql("""
				insert into quality_reviews (workspace_id, scorecard_id, version_id, interaction_id, agent_id, reviewer,
				  answers, comments, score, auto_failed, status, created_at, kind, about_at)
				select :w, :card, :version, gen_random_uuid()::text, id, 'lead', '{}', '{}', :score, '[]', 'open',
				  timestamptz '2026-03-05T10:00:00Z', :kind, timestamptz '2026-03-05T10:00:00Z'
				from quality_agents where workspace_id = :w and agent_key = :agent""")
			.param("w", workspace).param("card", card).param("version", version).param("agent", agent)
			.param("score", score).param("kind", kind).update();
	}

	static String answer(String id, String agent, int csat) {
		return "{\"id\":\"" + id + "\",\"agent\":\"" + agent + "\",\"submittedAt\":\"2026-03-10T12:00:00Z\","
				+ "\"answers\":{\"csat\":" + csat + ",\"repurchase\":3}}\n";
	}

}
