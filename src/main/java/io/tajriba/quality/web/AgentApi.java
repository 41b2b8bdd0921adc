package io.tajriba.quality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.AttributionRule;
import io.tajriba.quality.internal.AgentBoard;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.QualityScores;
import io.tajriba.quality.internal.QualitySettings;
import io.tajriba.quality.web.AgentJson.AgentView;
import io.tajriba.quality.web.AgentJson.FigureView;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Agents", description = "The agent directory and the customers' feedback per agent and per team")
@RestController
class AgentApi {

	static final String FIGURES = " Figures over the days from and to (the workspace's zone, both included; the last "
			+ "90 days by default): csat (share of 4-5 answers of 1-5, %), nps (points), ces (mean 1-7, higher is "
			+ "easier) and detractors (share of 0-6 NPS answers, %, lower is better), each with value, ci95 (Wilson for "
			+ "shares, normal for NPS, t for CES), n, shrunk (empirical Bayes towards the agent's team) and rank (1 "
			+ "plus the number of agents whose whole interval is better: overlapping intervals share a rank).";

	static final String IQS = " iqs: the quality score, the mean review score × 100 of the agent's reviews of the "
			+ "weekly random sample whose interaction falls in the period (basis random; targeted and hand-made reviews "
			+ "never count), with ci95 (t interval clipped to [0, 100], null below two reviews) and n.";

	record Listing(LocalDate from, LocalDate to, String sort, List<AgentEntry> agents, List<TeamFigures> teams) {
	}

	record AgentEntry(AgentView agent, Map<String, FigureView> figures, QualityScoreView iqs) {
	}

	record TeamFigures(UUID id, String name, @Nullable UUID lead, int agents, Map<String, FigureView> figures) {
	}

	/**
	 * An agent's figures beside their team's; iqs from the random sample's reviews, iqsTargeted apart; trainingNeeds
	 * wait for the reviews' criteria.
	 */
	record Figures(AgentView agent, LocalDate from, LocalDate to, FigureView csat, FigureView nps, FigureView ces,
			FigureView detractors, @Nullable TeamFigures team, QualityScoreView iqs, QualityScoreView iqsTargeted,
			List<Object> trainingNeeds) {
	}

	record Settings(String attribution, int samplePerAgent) {

		static Settings of(QualitySettings.Values values) {
			return new Settings(values.attribution().key(), values.samplePerAgent());
		}
	}

	private final Workspaces workspaces;
	private final AgentService agents;
	private final AgentFigures figures;
	private final Teams teams;
	private final QualitySettings settings;
	private final QualityScores scores;

	AgentApi(Workspaces workspaces, AgentService agents, AgentFigures figures, Teams teams,
			QualitySettings settings, QualityScores scores) {
		this.scores = scores;
		this.workspaces = workspaces;
		this.agents = agents;
		this.figures = figures;
		this.teams = teams;
		this.settings = settings;
	}

	@Operation(summary = "The agents with their figures and tie-aware ranks, and the teams' figures. Parameters: sort "
			+ "(name, csat, nps, ces or detractors: by rank, then shrunk figure), from, to." + FIGURES + IQS)
	@GetMapping("/api/v1/agents")
	Listing list(@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		Workspace workspace = workspaces.currentWorkspace();
		LocalDate[] period = figures.period(workspace.timeZone(), from, to);
		String order = sort == null || sort.isBlank() ? "name" : sort.strip().toLowerCase(java.util.Locale.ROOT);
		AgentBoard board = figures.board(workspace, period[0], period[1], order);
		Map<UUID, QualityScores.Scores> iqs = scores.of(workspace.id(), workspace.timeZone(), period[0], period[1]);
		return new Listing(board.from(), board.to(), order,
				board.agents().stream().map(r -> new AgentEntry(AgentView.of(r.agent(), r.team()),
						AgentJson.figures(r.figures()), QualityScoreView.of(iqs.getOrDefault(r.agent().id(),
								QualityScores.Scores.NONE).random(), "random"))).toList(),
				board.teams().stream().map(t -> new TeamFigures(t.team().id(), t.team().name(), t.team().lead(),
						t.agents(), AgentJson.figures(t.figures()))).toList());
	}

	@Operation(summary = "Add an agent up front (owners, admins, analysts): key (the name interactions and responses "
			+ "record as agent, required), displayName, team (a team's id, GET /api/v1/teams), user (a member with the "
			+ "agent role), active. Agents the data names are added by themselves.")
	@PostMapping("/api/v1/agents")
	@ResponseStatus(HttpStatus.CREATED)
	AgentView create(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		return view(access.workspaceId(), agents.create(access, AgentJson.newAgent(body)));
	}

	@GetMapping("/api/v1/agents/{id}")
	AgentView get(@PathVariable UUID id) {
		UUID workspace = workspaces.current().workspaceId();
		return view(workspace, agents.get(workspace, id));
	}

	@Operation(summary = "Change an agent (owners, admins, analysts): displayName, team, user, active; a field left "
			+ "out stays, team or user null removes it")
	@PatchMapping("/api/v1/agents/{id}")
	AgentView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		agents.get(access.workspaceId(), id);
		return view(access.workspaceId(), agents.change(access, id, AgentJson.change(body)));
	}

	@Operation(summary = "An agent's figures beside their team's; trainingNeeds stays empty for now." + FIGURES + IQS
			+ " iqsTargeted: the same for the reviews of the targeted picks (linked to a detractor, a negative text or "
			+ "a case), kept apart from the IQS because they were chosen for looking wrong.")
	@GetMapping("/api/v1/agents/{id}/figures")
	Figures figures(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Workspace workspace = workspaces.currentWorkspace();
		agents.get(workspace.id(), id);
		LocalDate[] period = figures.period(workspace.timeZone(), from, to);
		AgentBoard board = figures.board(workspace, period[0], period[1], "name");
		AgentBoard.AgentRow row = AgentFigures.row(board, id).orElseThrow(() -> new NotFoundException("Agent"));
		TeamFigures team = row.team() == null ? null : board.teams().stream()
			.filter(t -> t.team().id().equals(row.team().id())).findFirst()
			.map(t -> new TeamFigures(t.team().id(), t.team().name(), t.team().lead(), t.agents(),
					AgentJson.figures(t.figures())))
			.orElse(null);
		Map<String, FigureView> mine = AgentJson.figures(row.figures());
		QualityScores.Scores iqs = scores.of(workspace.id(), workspace.timeZone(), period[0], period[1])
			.getOrDefault(id, QualityScores.Scores.NONE);
		return new Figures(AgentView.of(row.agent(), row.team()), board.from(), board.to(), mine.get("csat"),
				mine.get("nps"), mine.get("ces"), mine.get("detractors"), team,
				QualityScoreView.of(iqs.random(), "random"), QualityScoreView.of(iqs.targeted(), "targeted"), List.of());
	}

	@Operation(summary = "The quality settings: attribution (which agent counts for a record served by several: last, "
			+ "the default, or first) and samplePerAgent (how many interactions of each agent's week the weekly "
			+ "sample picks at random, 5 by default)")
	@GetMapping("/api/v1/quality/settings")
	Settings settings() {
		return Settings.of(settings.values(workspaces.current().workspaceId()));
	}

	@Operation(summary = "Change the quality settings (owners and admins): {\"attribution\":\"last|first\", "
			+ "\"samplePerAgent\":0-100}; a field left out stays as it is")
	@PutMapping("/api/v1/quality/settings")
	Settings changeSettings(@RequestBody JsonNode body) {
		JsonFields.object(body);
		String attribution = JsonFields.text(body, "attribution");
		JsonNode sample = body.get("samplePerAgent");
		Integer perAgent = null;
		if (sample != null && !sample.isNull()) {
			if (!sample.isIntegralNumber() || !sample.canConvertToInt()) {
				throw new InvalidFieldException("samplePerAgent", "must be a whole number from 0 to 100");
			}
			perAgent = sample.asInt();
		}
		if (attribution == null && perAgent == null) {
			throw new InvalidFieldException("attribution", "give attribution, samplePerAgent or both");
		}
		AttributionRule rule = attribution == null ? null : AttributionRule.of("attribution", attribution);
		return Settings.of(settings.change(workspaces.current(), rule, perAgent));
	}

	private AgentView view(UUID workspaceId, Agent agent) {
		return AgentView.of(agent, AgentService.teamOf(agent, teams.list(workspaceId)));
	}
}
