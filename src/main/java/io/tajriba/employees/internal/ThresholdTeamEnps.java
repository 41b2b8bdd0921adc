package io.tajriba.employees.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.employees.EmployeeRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plain release of the teams' eNPS: a team shows when at least the workspace's threshold of its members answered
 * the eNPS question in the period, every other team is hidden. (No complementary suppression: the full rules of the
 * results replace this.) eNPS is promoters' share minus detractors', in points, with the normal interval of that
 * difference, var = (p + d - (p - d)^2) / n, clipped to [-100, 100].
 */
@Component
class ThresholdTeamEnps implements TeamEnpsSource {

	static final double Z = 1.959963984540054;

	private final JdbcClient jdbc;
	private final EmployeeSettingsStore settings;

	ThresholdTeamEnps(JdbcClient jdbc, EmployeeSettingsStore settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public List<TeamEnps> released(UUID workspaceId, LocalDate from, LocalDate to) {
		EmployeeRules rules = settings.rules(workspaceId);
		List<TeamEnps> teams = new ArrayList<>();
		jdbc.sql("""
				select a.team, min(a.department) as department, count(*) as n,
				  count(*) filter (where a.enps >= :promoter) as promoters,
				  count(*) filter (where a.enps <= :detractor) as detractors
				from pulse_answers a
				where a.workspace_id = :w and a.enps is not null and a.answered_on >= :from and a.answered_on <= :to
				group by a.team having count(*) >= :threshold order by a.team""")
			.param("w", workspaceId).param("from", from).param("to", to).param("promoter", rules.promoterMin())
			.param("detractor", rules.detractorMax()).param("threshold", rules.threshold())
			.query((rs, i) -> teams.add(enps(rs.getString("team"), rs.getString("department"), rs.getLong("n"),
					rs.getLong("promoters"), rs.getLong("detractors"))))
			.list();
		return teams;
	}

	static TeamEnps enps(String team, String department, long n, long promoters, long detractors) {
		double p = (double) promoters / n;
		double d = (double) detractors / n;
		double value = (p - d) * 100;
		double half = Z * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n) * 100;
		return new TeamEnps(team, department, value, Math.max(-100, value - half), Math.min(100, value + half), n);
	}
}
