package io.tajriba.employees.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;

/**
 * The teams' eNPS exactly as the results show them: of the waves opened in the days, each team's released cells
 * only (threshold and complementary suppression, see {@link EnpsResults}), so that the teams beside their customers'
 * figures reveal nothing the results page hides.
 */
@Component
class ReleasedTeamEnps implements TeamEnpsSource {

	private final EnpsResults results;
	private final Workspaces workspaces;

	ReleasedTeamEnps(EnpsResults results, Workspaces workspaces) {
		this.results = results;
		this.workspaces = workspaces;
	}

	@Override
	public List<TeamEnps> released(UUID workspaceId, LocalDate from, LocalDate to) {
		var query = results.query(workspaceId, workspaces.workspace(workspaceId).timeZone(), "team", from.toString(),
				to.plusDays(1).toString(), null);
		return results.board(query).groups().stream()
			.filter(g -> g.nps() != null)
			.map(g -> {
				var nps = Objects.requireNonNull(g.nps());
				return new TeamEnps(g.group(), g.department() == null ? "" : g.department(), nps.value(), nps.low(),
						nps.high(), nps.n());
			})
			.toList();
	}
}
