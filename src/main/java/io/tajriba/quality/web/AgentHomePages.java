package io.tajriba.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.ReviewStatus;
import io.tajriba.quality.internal.AgentBoard;
import io.tajriba.quality.internal.AgentComments;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.CoachingPlans;
import io.tajriba.quality.internal.IqsTrend;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.quality.internal.ReviewService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agent's home: for the member whose account is linked to an agent, their own quality score month by month (from
 * the random sample of reviews only), their CSAT, what customers last wrote about them and the reviews they have not
 * acknowledged yet.
 */
@Controller
class AgentHomePages {

	static final int MONTHS = 6;
	static final int COMMENTS = 10;

	/** A month of the trend with its name in the reader's language. */
	record TrendMonth(String label, IqsTrend.Month month) {
	}

	private final Workspaces workspaces;
	private final AgentService agents;
	private final AgentFigures figures;
	private final AgentComments comments;
	private final ReviewService reviews;
	private final ReviewLines lines;
	private final IqsTrend trend;
	private final CoachingPlans plans;
	private final ScorecardService scorecards;
	private final Clock clock;

	AgentHomePages(Workspaces workspaces, AgentService agents, AgentFigures figures, AgentComments comments,
			ReviewService reviews, ReviewLines lines, IqsTrend trend, CoachingPlans plans, ScorecardService scorecards, Clock clock) {
		this.plans = plans;
		this.scorecards = scorecards;
		this.workspaces = workspaces;
		this.agents = agents;
		this.figures = figures;
		this.comments = comments;
		this.reviews = reviews;
		this.lines = lines;
		this.trend = trend;
		this.clock = clock;
	}

	@GetMapping("/agents/home")
	String home(Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Optional<Agent> linked = access.userId() == null ? Optional.empty()
				: agents.list(workspace.id()).stream().filter(a -> access.userId().equals(a.user())).findFirst();
		if (linked.isEmpty()) {
			return "quality/home";
		}
		Agent agent = linked.get();
		LocalDate[] period = figures.period(workspace.timeZone(), null, null);
		AgentBoard board = figures.board(workspace, period[0], period[1], "name");
		AgentBoard.AgentRow row = AgentFigures.row(board, agent.id()).orElseThrow();
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		List<TrendMonth> months = trend.of(workspace.id(), workspace.timeZone(), agent.id(),
				YearMonth.now(clock.withZone(workspace.timeZone())), MONTHS).stream()
			.map(m -> new TrendMonth(m.month().format(format), m)).toList();
		model.addAttribute("agent", agent);
		model.addAttribute("board", board);
		model.addAttribute("row", row);
		model.addAttribute("teamRow", row.team() == null ? null : board.teams().stream()
			.filter(t -> t.team().id().equals(row.team().id())).findFirst().orElse(null));
		model.addAttribute("ties", AgentPages.ties(board));
		model.addAttribute("trend", months);
		model.addAttribute("comments", comments.latest(workspace.id(), agent, COMMENTS));
		model.addAttribute("waiting", lines.of(workspace.id(), reviews.list(access, agent.id()).stream()
			.filter(r -> r.status() == ReviewStatus.OPEN).toList()));
		model.addAttribute("plan", plans.of(access, workspace, agent.id(), period[0], period[1],
				CoachingPlans.window(null)));
		model.addAttribute("noon", new CoachingPages.Noon(workspace.timeZone()));
		model.addAttribute("labels", CoachingPages.labels(scorecards, workspace.id()));
		return "quality/home";
	}
}
