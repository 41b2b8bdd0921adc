package io.tajriba.quality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.internal.AgentBoard;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.QualityScores;
import io.tajriba.quality.internal.ReviewService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's page: its lead, the team's CSAT, NPS, CES and detractors with intervals and n, its agents with their raw
 * and shrunk figures and their ranks among all the workspace's agents (ties shown as ties) and their IQS, and its
 * latest reviews.
 */
@Controller
class TeamPages {

	static final int REVIEWS = 20;

	private final Workspaces workspaces;
	private final Teams teams;
	private final AccessAdministration administration;
	private final AgentFigures figures;
	private final ReviewService reviews;
	private final ReviewLines lines;
	private final QualityScores scores;

	TeamPages(Workspaces workspaces, Teams teams, AccessAdministration administration, AgentFigures figures,
			ReviewService reviews, ReviewLines lines, QualityScores scores) {
		this.scores = scores;
		this.workspaces = workspaces;
		this.teams = teams;
		this.administration = administration;
		this.figures = figures;
		this.reviews = reviews;
		this.lines = lines;
	}

	@GetMapping("/agents/teams/{teamId}")
	String team(@PathVariable UUID teamId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Team team = teams.list(workspace.id()).stream().filter(t -> teamId.equals(t.id())).findFirst()
			.orElseThrow(() -> new NotFoundException("Team"));
		LocalDate[] period;
		try {
			period = figures.period(workspace.timeZone(), from, to);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			period = figures.period(workspace.timeZone(), null, null);
		}
		AgentBoard board = figures.board(workspace, period[0], period[1], "csat");
		List<AgentBoard.AgentRow> members = board.agents().stream()
			.filter(r -> r.team() != null && teamId.equals(r.team().id())).toList();
		Set<UUID> ids = members.stream().map(r -> r.agent().id()).collect(Collectors.toSet());
		model.addAttribute("team", team);
		model.addAttribute("lead", team.lead() == null ? null : administration.membersOf(workspace.id()).stream()
			.filter(m -> m.userId().equals(team.lead())).map(Member::displayName).findFirst().orElse(null));
		model.addAttribute("board", board);
		model.addAttribute("teamRow", board.teams().stream().filter(t -> teamId.equals(t.team().id())).findFirst()
			.orElseThrow());
		model.addAttribute("members", members);
		model.addAttribute("ties", AgentPages.ties(board));
		model.addAttribute("iqs", scores.of(workspace.id(), workspace.timeZone(), board.from(), board.to()));
		model.addAttribute("metrics", AgentPages.METRICS);
		model.addAttribute("lines", lines.of(workspace.id(), reviews.list(access, null).stream()
			.filter(r -> ids.contains(r.agent())).limit(REVIEWS).toList()));
		return "quality/team";
	}
}
