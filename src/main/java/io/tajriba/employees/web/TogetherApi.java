package io.tajriba.employees.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.employees.domain.TeamCorrelation;
import io.tajriba.employees.domain.TeamFigure;
import io.tajriba.employees.internal.TeamsTogether;
import io.tajriba.employees.internal.TeamsTogether.Together;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Employee results", description = "Employee figures beside the customers'")
@RestController
class TogetherApi {

	static final String CAUTION = "Correlation is not cause: teams whose employees are happier may serve happier "
			+ "customers, or the other way round, or both may follow something else (their customers, their shifts, "
			+ "their lead). n is the number of teams; with few teams the interval is wide and r says little.";

	/** A figure: value, its 95% interval (none below two answers of a mean) and n. */
	record Figure(@Nullable Double value, double @Nullable [] ci95, long n) {

		static @Nullable Figure of(@Nullable TeamFigure f) {
			if (f == null || f.value() == null) {
				return null;
			}
			return new Figure(f.value(), f.low() == null || f.high() == null ? null
					: new double[] { f.low(), f.high() }, f.n());
		}
	}

	record Correlation(@Nullable Double r, double @Nullable [] ci95, int n) {

		static Correlation of(TeamCorrelation c) {
			return new Correlation(c.r(), c.low() == null || c.high() == null ? null
					: new double[] { c.low(), c.high() }, c.n());
		}
	}

	/** A team: hidden (nothing else told), or its eNPS and, when its agents have them, CSAT and QA. */
	record TeamView(String team, @Nullable String department, @Nullable Boolean hidden, @Nullable Figure enps,
			@Nullable Figure csat, @Nullable Figure qa) {

		static TeamView of(TeamsTogether.Row row) {
			if (row.hidden()) {
				return new TeamView(row.team(), null, true, null, null, null);
			}
			return new TeamView(row.team(), row.department(), null, Figure.of(row.enps()), Figure.of(row.csat()),
					Figure.of(row.qa()));
		}
	}

	record Correlations(Correlation csat, Correlation qa) {
	}

	record Teams(LocalDate from, LocalDate to, List<TeamView> teams, Correlations correlations, String caution) {

		static Teams of(Together t) {
			return new Teams(t.from(), t.to(), t.teams().stream().map(TeamView::of).toList(),
					new Correlations(Correlation.of(t.csat()), Correlation.of(t.qa())), CAUTION);
		}
	}

	private final Workspaces workspaces;
	private final TeamsTogether together;

	TogetherApi(Workspaces workspaces, TeamsTogether together) {
		this.workspaces = workspaces;
		this.together = together;
	}

	@Operation(summary = "Per employee team, its eNPS (teams the anonymity rules release; the others hidden) beside "
			+ "its customers' CSAT (the answers recorded for the team's agents: share of 4-5 of 1-5, Wilson interval) "
			+ "and QA (the mean random-review score x 100 of its agents, t interval); over the teams, Pearson's r of "
			+ "eNPS with each, its 95% interval by Fisher's z, n the number of teams. The days from and to (the "
			+ "workspace's zone, both included; the last 90 days by default).")
	@GetMapping("/api/v1/metrics/enps/teams")
	Teams teams(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Workspace workspace = workspaces.currentWorkspace();
		LocalDate[] period = together.period(workspace.timeZone(), from, to);
		return Teams.of(together.of(workspace, period[0], period[1]));
	}
}
