package io.tajriba.employees.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.journeys.EmployeeVoice;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.workspaces.Workspaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The employees' voice per journey stage: the pulse answers of the teams serving the stage (employee_teams.stages)
 * given on the workspace's days of the period (of closed waves, from teams with the anonymity threshold's
 * answers in it), and the ideas of the period tagged with the stage or with one of its
 * touchpoints (an idea tagged with both counts once). Counts only: nothing of who answered or what.
 */
@Component
class StageVoice implements EmployeeVoice {

	private final JdbcClient jdbc;
	private final Workspaces workspaces;
	private final EmployeeSettingsStore settings;
	private final java.time.Clock clock;

	StageVoice(JdbcClient jdbc, Workspaces workspaces, EmployeeSettingsStore settings, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Map<String, Long> countsByStage(UUID workspaceId, List<JourneyStages.Stage> stages, Instant from,
			Instant to) {
		Map<String, Long> counts = new HashMap<>();
		if (stages.isEmpty() || !from.isBefore(to)) {
			return counts;
		}
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		// answers carry their day only: the days that start within the period
		LocalDate firstDay = LocalDate.ofInstant(from, zone);
		if (firstDay.atStartOfDay(zone).toInstant().isBefore(from)) {
			firstDay = firstDay.plusDays(1);
		}
		LocalDate endDay = LocalDate.ofInstant(to, zone);
		if (endDay.atStartOfDay(zone).toInstant().isBefore(to)) {
			endDay = endDay.plusDays(1);
		}
		String[] keys = stages.stream().map(JourneyStages.Stage::key).toArray(String[]::new);
		// of closed waves only, and per team only when the team has the threshold's answers in the period: the counts
		// must not tell when a small team answered, nor follow an open wave answer by answer
		jdbc.sql("""
				select s.stage, sum(c.n) from (
				  select a.team, count(*) as n from pulse_answers a
				  join pulse_waves w on w.workspace_id = a.workspace_id and w.id = a.wave_id
				  where a.workspace_id = :w and a.answered_on >= :first and a.answered_on < :end and w.closes_at <= :now
				  group by a.team having count(*) >= :k) c
				join employee_teams t on t.workspace_id = :w and t.name = c.team
				cross join lateral unnest(t.stages) s(stage)
				where s.stage = any(:keys)
				group by s.stage""")
			.param("w", workspaceId).param("first", firstDay).param("end", endDay).param("keys", keys)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("k", settings.rules(workspaceId).threshold())
			.query((rs, n) -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum)).list();
		for (JourneyStages.Stage stage : stages) {
			long ideas = jdbc.sql("""
					select count(*) from ideas
					where workspace_id = :w and created_at >= :from and created_at < :to
					  and (stage = :stage or touchpoint = any(:touchpoints))""")
				.param("w", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
				.param("to", to.atOffset(ZoneOffset.UTC)).param("stage", stage.key())
				.param("touchpoints", stage.touchpoints().toArray(String[]::new)).query(Long.class).single();
			if (ideas > 0) {
				counts.merge(stage.key(), ideas, Long::sum);
			}
		}
		return counts;
	}
}
