package io.tajriba.quality.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.quality.Agent;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.Assignments;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review form: the interaction's transcript beside the scorecard's criteria, scored in the browser and sent to
 * {@code POST /api/v1/reviews}, whose problems are shown next to the field they name. An assignment of the weekly
 * sample names the interaction and the agent (and the review fulfils it); otherwise the agent defaults to the one the
 * interaction records. The scorecard defaults to the first made for the interaction's kind of channel.
 */
@Controller
class ReviewFormPages {

	private final Workspaces workspaces;
	private final ScorecardService scorecards;
	private final AgentService agents;
	private final ReviewTranscripts transcripts;
	private final Assignments assignments;

	ReviewFormPages(Workspaces workspaces, ScorecardService scorecards, AgentService agents,
			ReviewTranscripts transcripts, Assignments assignments) {
		this.assignments = assignments;
		this.workspaces = workspaces;
		this.scorecards = scorecards;
		this.agents = agents;
		this.transcripts = transcripts;
	}

	@GetMapping("/reviews/new")
	String form(@RequestParam(required = false) @Nullable String interaction,
			@RequestParam(required = false) @Nullable String agent,
			@RequestParam(required = false) @Nullable String scorecard,
			@RequestParam(required = false) @Nullable String assignment, Model model) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts review");
		}
		Workspace workspace = workspaces.workspace(access.workspaceId());
		// an assignment of the weekly sample names the interaction and the agent to review
		Optional<Assignments.Assignment> assigned = id(assignment).flatMap(a -> assignments.find(access, a));
		if (assignment != null && !assignment.isBlank() && assigned.isEmpty()) {
			model.addAttribute("assignmentMissing", true);
		}
		assigned.filter(a -> a.review() != null).ifPresent(a -> model.addAttribute("reviewedAs", a.review()));
		String eventId = interaction != null && !interaction.isBlank() ? interaction.strip()
				: assigned.map(Assignments.Assignment::interaction).orElse("");
		String agentGiven = agent != null && !agent.isBlank() ? agent
				: assigned.map(a -> a.agent().toString()).orElse(null);
		model.addAttribute("interactionId", eventId);
		model.addAttribute("assignment", assigned.map(a -> a.id().toString()).orElse(null));
		if (eventId.isEmpty()) {
			return "quality/review-form";
		}
		var transcript = transcripts.find(workspace.id(), eventId);
		if (transcript.isEmpty()) {
			model.addAttribute("notFound", true);
			return "quality/review-form";
		}
		model.addAttribute("transcript", transcript.get());
		List<Agent> all = agents.list(workspace.id());
		UUID chosenAgent = id(agentGiven).filter(a -> all.stream().anyMatch(x -> x.id().equals(a)))
			.or(() -> all.stream().filter(a -> a.key().equals(transcript.get().interaction().agent())).findFirst()
				.map(Agent::id))
			.orElse(null);
		model.addAttribute("agents", all);
		model.addAttribute("agentId", chosenAgent);
		List<ScorecardService.Version> cards = scorecards.list(workspace.id());
		model.addAttribute("scorecards", cards);
		String channel = ReviewTranscripts.channelOf(transcript.get().interaction());
		Optional<ScorecardService.Version> card = id(scorecard)
			.flatMap(s -> cards.stream().filter(c -> c.id().equals(s)).findFirst())
			.or(() -> cards.stream().filter(c -> c.card().channel().equals(channel)).findFirst())
			.or(() -> cards.stream().findFirst());
		card.ifPresent(c -> {
			model.addAttribute("card", c);
			model.addAttribute("rows", ReviewRows.blank(c.card(), LocaleContextHolder.getLocale().getLanguage(),
					workspace.defaultLocale()));
		});
		return "quality/review-form";
	}

	static Optional<UUID> id(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
