package io.tajriba.journeys.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.journeys.internal.CustomerJourneys;
import io.tajriba.journeys.internal.JourneyAnalyses;
import io.tajriba.journeys.internal.JourneyAnalysis;
import io.tajriba.journeys.internal.JourneyChange;
import io.tajriba.journeys.internal.JourneyRecord;
import io.tajriba.journeys.internal.JourneyService;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Journeys")
@RestController
@RequestMapping("/api/v1/journeys")
class JourneyApi {

	private final Workspaces workspaces;
	private final JourneyService journeys;
	private final JourneyAnalyses analyses;
	private final CustomerJourneys paths;
	private final Clock clock;

	JourneyApi(Workspaces workspaces, JourneyService journeys, JourneyAnalyses analyses, CustomerJourneys paths,
			Clock clock) {
		this.workspaces = workspaces;
		this.journeys = journeys;
		this.analyses = analyses;
		this.paths = paths;
		this.clock = clock;
	}

	@Operation(summary = "The workspace's journey maps; the first call makes the seven-stage template map "
			+ "(awareness, discovery, interest, consideration, action, use, advocacy, named in en, fa, ar and he).")
	@GetMapping
	List<JourneyRecord> list() {
		return journeys.list(workspaces.current().workspaceId());
	}

	@Operation(summary = "A journey map: its name, persona, and ordered stages with their names and intended "
			+ "experience in four languages, touchpoints, interaction types and survey questions counted as evidence, "
			+ "and targets (conversionPercent, csatPercent, cesMean 1-7, positiveSentimentPercent, medianHours).")
	@GetMapping("/{id}")
	JourneyRecord get(@PathVariable UUID id) {
		return journeys.get(workspaces.current().workspaceId(), id);
	}

	@Operation(summary = "Replaces a journey map (owner, admin, analyst). The body is the map as GET returns it "
			+ "(name, personaId, stages); a refusal is a 422 naming the field, e.g. stages[4].targets.csatPercent.")
	@PutMapping("/{id}")
	JourneyRecord put(@PathVariable UUID id, @RequestBody JourneyChange change) {
		return journeys.update(workspaces.current(), id, change);
	}

	@Operation(summary = "The journey's figures: the funnel (customers reaching each stage, conversion to the next "
			+ "and drop-off with Wilson intervals, median hours to the next stage), per stage the interactions and the "
			+ "share that went badly, CSAT and CES from the surveys at its touchpoints, the sentiment and emotions of "
			+ "its texts (read by text analytics: analysedTexts of n) and emotion picks, touchpoints, customer actions "
			+ "and the gaps to its targets (green, amber, red, no_data); the funnels of the three largest personas "
			+ "online and offline; pain points of the persona and channels chosen, ranked by the lower end of the "
			+ "relative risk's 95% interval of churn (or no repurchase) after a bad experience there against one "
			+ "elsewhere, with excess customers and revenue, a bad experience being a flagged interaction and, as "
			+ "GET /api/v1/journeys/settings says, a dissatisfied answer about the visit and a negative text "
			+ "(painPoints.badExperiences counts them); and the stage × data type coverage matrix with what to "
			+ "collect. Parameters: from, to (days, both included; the last 365 by default), persona (id), "
			+ "channelKind (any, online, offline), outcome (churn, no_repurchase).")
	@Heavy
	@GetMapping("/{id}/analysis")
	JourneyAnalysis analysis(@PathVariable UUID id, AnalysisForm form) {
		Workspace workspace = workspaces.currentWorkspace();
		return analyses.view(workspace, id, form.request(workspace.timeZone(), clock));
	}

	@Operation(summary = "A customer's path through the journey's stages: each stay in a stage with its first and "
			+ "last interaction, the touchpoints met and whether a bad experience happened. The customer is named by "
			+ "any identity.")
	@GetMapping("/{id}/customers/{ref}")
	JourneyAnalysis.CustomerJourney customer(@PathVariable UUID id, @PathVariable String ref) {
		return paths.path(workspaces.current().workspaceId(), id, ref);
	}
}
