package io.tajriba.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the employee tables written straight into the database, for tests of one part that need another's data
 * (a results test needs answers, an idea test employees) without going through its pages.
 */
public final class EmployeeFixtures {

	private final JdbcClient jdbc;

	public EmployeeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void team(UUID workspaceId, String name, String department, String... stages) {
		jdbc.sql("""
				insert into employee_teams (workspace_id, name, department, stages, created_at)
				values (:w, :name, :department, :stages, now()) on conflict do nothing""")
			.param("w", workspaceId).param("name", name).param("department", department).param("stages", stages)
			.update();
	}

	public void employee(UUID workspaceId, String id, String name, @Nullable String email, String team,
			@Nullable String location, @Nullable UUID userId, @Nullable String agent) {
		jdbc.sql("""
				insert into employees (workspace_id, id, name, email, team, location, user_id, agent, created_at, updated_at)
				values (:w, :id, :name, :email, :team, :location, :user, :agent, now(), now())""")
			.param("w", workspaceId).param("id", id).param("name", name).param("email", email).param("team", team)
			.param("location", location).param("user", userId).param("agent", agent).update();
	}

	/** A paused programme on a bare survey, and one wave of it opening at {@code opensAt}; the wave's id. */
	public UUID wave(UUID workspaceId, Instant opensAt) {
		UUID survey = jdbc.sql("""
				insert into surveys (workspace_id, name, status, definition, created_at, updated_at, published_at)
				values (:w, 'Pulse fixture', 'published', cast(:definition as jsonb), now(), now(), now()) returning id""")
			.param("w", workspaceId)
			.param("definition", "{\"title\":{\"en\":\"Pulse\"},\"audience\":\"employees\",\"questions\":[]}")
			.query(UUID.class).single();
		UUID program = jdbc.sql("""
				insert into pulse_programs (workspace_id, name, survey_id, cadence, items_per_wave, status, next_wave_on,
				  created_at, updated_at)
				values (:w, 'Pulse fixture', :survey, 'monthly', 3, 'paused', current_date, now(), now()) returning id""")
			.param("w", workspaceId).param("survey", survey).query(UUID.class).single();
		return jdbc.sql("""
				insert into pulse_waves (workspace_id, program_id, number, items, opens_at, closes_at)
				values (:w, :program, 1, '{enps}', :opens, :closes) returning id""")
			.param("w", workspaceId).param("program", program).param("opens", opensAt.atOffset(ZoneOffset.UTC))
			.param("closes", opensAt.plusSeconds(7 * 86_400).atOffset(ZoneOffset.UTC)).query(UUID.class).single();
	}

	/** An answer to a wave from someone of this team, department and location. */
	public void answer(UUID workspaceId, UUID waveId, String team, String department, @Nullable String location,
			LocalDate on, @Nullable Integer enps, Map<String, Integer> items, @Nullable String comment) {
		jdbc.sql("""
				insert into pulse_answers (workspace_id, wave_id, program_id, team, department, location, answered_on,
				  language, enps, items, comment)
				select :w, :wave, program_id, :team, :department, :location, :on, 'en', :enps, cast(:items as jsonb), :comment
				from pulse_waves where workspace_id = :w and id = :wave""")
			.param("w", workspaceId).param("wave", waveId).param("team", team).param("department", department)
			.param("location", location).param("on", on).param("enps", enps)
			.param("items", JsonMapper.builder().build().writeValueAsString(items)).param("comment", comment).update();
	}
}
