package io.tajriba.quality.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.domain.AgentMetric;
import io.tajriba.quality.internal.AgentBoard;
import io.tajriba.quality.internal.AgentComments;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.QualityScores;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The agents page (figures, intervals and ranks with ties) and an agent's page (figures and customers' comments). */
@Controller
class AgentPages {

	static final List<String> METRICS = List.of("csat", "nps", "ces", "detractors");

	private final Workspaces workspaces;
	private final AgentService agents;
	private final AgentFigures figures;
	private final AgentComments comments;
	private final QualityScores scores;

	AgentPages(Workspaces workspaces, AgentService agents, AgentFigures figures, AgentComments comments,
			QualityScores scores) {
		this.scores = scores;
		this.workspaces = workspaces;
		this.agents = agents;
		this.figures = figures;
		this.comments = comments;
	}

	@GetMapping("/agents")
	String list(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		String order = sort == null || !METRICS.contains(sort) && !"name".equals(sort) ? "csat" : sort;
		AgentBoard board = board(workspace, from, to, order, model);
		model.addAttribute("board", board);
		model.addAttribute("iqs", scores.of(workspace.id(), workspace.timeZone(), board.from(), board.to()));
		model.addAttribute("sort", order);
		model.addAttribute("rankBy", order.equals("name") ? "csat" : order);
		model.addAttribute("ties", ties(board));
		model.addAttribute("metrics", METRICS);
		return "quality/agents";
	}

	@GetMapping("/agents/{id}")
	String agent(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		agents.get(workspace.id(), id);
		AgentBoard board = board(workspace, from, to, "name", model);
		AgentBoard.AgentRow row = AgentFigures.row(board, id).orElseThrow(() -> new NotFoundException("Agent"));
		model.addAttribute("board", board);
		model.addAttribute("row", row);
		model.addAttribute("teamRow", row.team() == null ? null : board.teams().stream()
			.filter(t -> t.team().id().equals(row.team().id())).findFirst().orElse(null));
		model.addAttribute("ties", ties(board));
		model.addAttribute("metrics", METRICS);
		model.addAttribute("comments", comments.latest(workspace.id(), row.agent(), 20));
		model.addAttribute("iqs", scores.of(workspace.id(), workspace.timeZone(), board.from(), board.to())
			.getOrDefault(id, QualityScores.Scores.NONE));
		return "quality/agent";
	}

	private AgentBoard board(Workspace workspace, @Nullable String from, @Nullable String to, String sort, Model model) {
		LocalDate[] period;
		try {
			period = figures.period(workspace.timeZone(), from, to);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			period = figures.period(workspace.timeZone(), null, null);
		}
		return figures.board(workspace, period[0], period[1], sort);
	}

	/** Per figure, the ranks that more than one agent holds: those agents' intervals overlap, a tie. */
	static Map<String, Set<Integer>> ties(AgentBoard board) {
		Map<String, Set<Integer>> ties = new HashMap<>();
		for (AgentMetric metric : AgentMetric.values()) {
			Set<Integer> seen = new HashSet<>();
			Set<Integer> shared = new HashSet<>();
			board.agents().forEach(r -> {
				Integer rank = r.figures().get(metric).rank();
				if (rank != null && !seen.add(rank)) {
					shared.add(rank);
				}
			});
			ties.put(metric.key(), shared);
		}
		return ties;
	}
}
