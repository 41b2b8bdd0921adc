package io.tajriba.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import io.tajriba.quality.internal.SamplingJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.tajriba.quality.SampleWeeks.at;
import static io.tajriba.quality.SampleWeeks.interaction;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly job draws each workspace's last complete week (in the workspace's zone) once, whatever hour it runs,
 * and a week drawn again from scratch draws the same interactions: the seed is the workspace's, the week's and the
 * agent's.
 */
@TajribaTest
class SamplingJobTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	SamplingJob job;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	List<String> drawn(UUID workspaceId, LocalDate week) {
		return jdbc.sql("""
				select interaction_id || ' ' || kind from quality_assignments where workspace_id = :w and week = :week
				order by interaction_id""")
			.param("w", workspaceId).param("week", week).query(String.class).list();
	}

	@Test
	void theLastCompleteWeekIsDrawnOnceAndTheSameAgainFromScratch() {
		Tenant tenant = tenants.create("Sampling job");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		key.postJson("/api/v1/agents", "{\"key\":\"Sara\"}");
		LocalDate week = SampleWeeks.week();
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			rows.append(interaction("w" + i, "Sara", i % 3 == 0 ? "chat" : "call", i % 3 == 0 ? "chat" : "phone", null,
					at(week, i % 7, 8 + i % 10, i), null));
		}
		SampleWeeks.record(key, rows.toString());
		UUID w = tenant.workspace().id();
		// Sunday 23:00 in Tehran: the week has not ended, the one before it is the last complete week
		assertThat(job.drawLastWeek(w, at(week, 6, 23, 0))).isTrue();
		assertThat(drawn(w, week.minusWeeks(1))).isEmpty();
		assertThat(drawn(w, week)).isEmpty();
		// Monday 00:30 in Tehran (Sunday 21:00 in UTC): the week has ended and is drawn, once
		Instant monday = at(week, 7, 0, 30);
		assertThat(job.drawLastWeek(w, monday)).isTrue();
		List<String> first = drawn(w, week);
		assertThat(first).hasSize(5).allSatisfy(a -> assertThat(a).endsWith(" random"));
		assertThat(job.drawLastWeek(w, monday.plusSeconds(3600))).isFalse();
		assertThat(job.run(monday.plusSeconds(7200))).isGreaterThanOrEqualTo(0);
		assertThat(drawn(w, week)).isEqualTo(first);
		assertThat(deadLetters.open(w, "quality-sampling", "weekly")).isEmpty();
		// the run removed, the week is drawn anew: the same interactions
		jdbc.sql("delete from quality_sampling_runs where workspace_id = :w and week = :week").param("w", w)
			.param("week", week).update();
		assertThat(drawn(w, week)).isEmpty();
		assertThat(job.run(monday)).isGreaterThanOrEqualTo(0);
		assertThat(drawn(w, week)).isEqualTo(first);
	}
}
