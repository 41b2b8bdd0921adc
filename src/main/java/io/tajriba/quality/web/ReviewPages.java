package io.tajriba.quality.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.ReviewStatus;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.ReviewService;
import io.tajriba.quality.internal.ReviewService.Review;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviews the reader may see, one review with its history and the steps open to the reader (the reviewed agent
 * acknowledges or disputes, a reviewer resolves a dispute, through {@code PATCH /api/v1/reviews/{id}}), and the
 * disputes waiting for a reviewer, the longest waiting first.
 */
@Controller
class ReviewPages {

	static final int SHOWN = 200;

	/** A disputed review with when and why the agent disputed it. */
	record Dispute(ReviewLines.Line line, Instant at, @Nullable String comment) {
	}

	private final Workspaces workspaces;
	private final ReviewService reviews;
	private final ScorecardService scorecards;
	private final AgentService agents;
	private final ReviewTranscripts transcripts;
	private final ReviewLines lines;
	private final AccessAdministration administration;

	ReviewPages(Workspaces workspaces, ReviewService reviews, ScorecardService scorecards, AgentService agents,
			ReviewTranscripts transcripts, ReviewLines lines, AccessAdministration administration) {
		this.administration = administration;
		this.workspaces = workspaces;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.agents = agents;
		this.transcripts = transcripts;
		this.lines = lines;
	}

	@GetMapping("/reviews")
	String list(@RequestParam(required = false) @Nullable String agent,
			@RequestParam(required = false) @Nullable String status, Model model) {
		Access access = workspaces.current();
		UUID agentId = ReviewFormPages.id(agent).orElse(null);
		ReviewStatus wanted = ReviewStatus.OPEN.key().equals(status) || ReviewStatus.ACKNOWLEDGED.key().equals(status)
				|| ReviewStatus.DISPUTED.key().equals(status) || ReviewStatus.RESOLVED.key().equals(status)
						? ReviewStatus.of(status) : null;
		List<Review> seen = reviews.list(access, agentId).stream().filter(r -> wanted == null || r.status() == wanted)
			.toList();
		model.addAttribute("lines", lines.of(access.workspaceId(), seen.stream().limit(SHOWN).toList()));
		model.addAttribute("total", seen.size());
		model.addAttribute("shown", SHOWN);
		model.addAttribute("agents", agents.list(access.workspaceId()));
		model.addAttribute("agentId", agentId);
		model.addAttribute("status", wanted == null ? "" : wanted.key());
		model.addAttribute("statuses", List.of("open", "acknowledged", "disputed", "resolved"));
		model.addAttribute("canReview", access.role().canWrite());
		return "quality/reviews";
	}

	@GetMapping("/reviews/disputes")
	String disputes(Model model) {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only reviewers resolve disputes");
		}
		List<Review> disputed = reviews.list(access, null).stream().filter(r -> r.status() == ReviewStatus.DISPUTED)
			.toList();
		List<Dispute> waiting = lines.of(access.workspaceId(), disputed).stream().map(line -> {
			ReviewService.Event dispute = reviews.history(access.workspaceId(), line.review().id()).stream()
				.filter(e -> e.action().equals("dispute")).reduce((a, b) -> b).orElse(null);
			return new Dispute(line, dispute == null ? line.review().createdAt() : dispute.at(),
					dispute == null ? null : dispute.comment());
		}).sorted(Comparator.comparing(Dispute::at)).toList();
		model.addAttribute("disputes", waiting);
		return "quality/review-disputes";
	}

	/** The members' names by how reviews and their history name who acted ({@code user:} and the e-mail). */
	private Map<String, String> names(UUID workspaceId) {
		Map<String, String> names = new HashMap<>();
		administration.membersOf(workspaceId).forEach(m -> names.put("user:" + m.email(), m.displayName()));
		return names;
	}

	@GetMapping("/reviews/{id}")
	String review(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Review review = reviews.get(access, id);
		ScorecardService.Version version = scorecards.version(workspace.id(), review.versionId()).orElseThrow();
		Agent agent = agents.get(workspace.id(), review.agent());
		boolean isAgent = access.userId() != null && access.userId().equals(agent.user());
		model.addAttribute("review", review);
		model.addAttribute("version", version);
		model.addAttribute("currentVersion", scorecards.current(workspace.id(), review.scorecard()).version());
		model.addAttribute("agent", agent);
		model.addAttribute("rows", ReviewRows.of(version.card(), LocaleContextHolder.getLocale().getLanguage(),
				workspace.defaultLocale(), review.answers(), review.comments(), review.autoFailed()));
		model.addAttribute("history", reviews.history(workspace.id(), id));
		model.addAttribute("transcript", review.interaction() == null ? null
				: transcripts.find(workspace.id(), review.interaction()).orElse(null));
		model.addAttribute("names", names(workspace.id()));
		model.addAttribute("canAcknowledge", isAgent && review.status() == ReviewStatus.OPEN);
		model.addAttribute("canDispute", isAgent
				&& (review.status() == ReviewStatus.OPEN || review.status() == ReviewStatus.ACKNOWLEDGED));
		model.addAttribute("canResolve", access.role().canWrite() && review.status() == ReviewStatus.DISPUTED);
		return "quality/review";
	}
}
