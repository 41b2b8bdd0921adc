package io.tajriba.quality.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.Criterion;
import io.tajriba.quality.domain.ReviewScore;
import io.tajriba.quality.internal.AssignedReviews;
import io.tajriba.quality.internal.ReviewListing;
import io.tajriba.quality.internal.ReviewService;
import io.tajriba.quality.internal.ReviewService.Review;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Reviews", description = "Interactions and cases scored against a scorecard, acknowledged and disputed")
@RestController
class ReviewApi {

	/** One criterion of a review: the chosen point (null for N/A), its score in [0, 1] (null for N/A) and comment. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CriterionView(String key, @Nullable Integer point, @Nullable Double score, double weight, boolean critical,
			@Nullable String comment) {
	}

	record ReviewView(UUID id, UUID scorecard, int scorecardVersion, UUID scorecardVersionId,
			@Nullable String interaction, @Nullable UUID caseId, UUID agent, String reviewer,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double score, boolean autoFail, List<String> autoFailed,
			String status, String kind, List<CriterionView> criteria, List<ReviewService.Event> history,
			Instant createdAt) {
	}

	/** A page of reviews; {@code next} is the cursor of the next page ({@code before}), null on the last. */
	record ReviewPage(List<ReviewView> items, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String next) {
	}

	private final Workspaces workspaces;
	private final ReviewService reviews;
	private final ScorecardService scorecards;
	private final ReviewListing listing;
	private final AssignedReviews assigned;

	ReviewApi(Workspaces workspaces, ReviewService reviews, ScorecardService scorecards, ReviewListing listing,
			AssignedReviews assigned) {
		this.listing = listing;
		this.assigned = assigned;
		this.workspaces = workspaces;
		this.reviews = reviews;
		this.scorecards = scorecards;
	}

	@Operation(summary = "The reviews, newest first, a page at a time: {items, next}. limit (1-200, 50 by default); "
			+ "before (the next cursor of the page before); filters agent (an agent's id), status (open, acknowledged, "
			+ "disputed, resolved) and kind (random, targeted, adhoc). Members with the agent role see only the "
			+ "reviews of the agent linked to their account and, when they lead a team, of its agents.")
	@GetMapping("/api/v1/reviews")
	ReviewPage list(@RequestParam(required = false) @Nullable String agent,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String limit, @RequestParam(required = false) @Nullable String before) {
		Access access = workspaces.current();
		UUID id = agent == null || agent.isBlank() ? null : uuid("agent", agent);
		ReviewListing.Page page = listing.page(access, new ReviewListing.Query(id, blankToNull(status),
				blankToNull(kind), limit(limit), blankToNull(before)));
		return new ReviewPage(page.items().stream().map(r -> view(access, r)).toList(), page.next());
	}

	@Operation(summary = "Review an interaction or a case against a scorecard's current version (owners, admins, "
			+ "analysts): scorecard (id), interaction (an interaction's id) or case (a case's id), agent (an agent's "
			+ "id), or instead of those an assignment of the weekly sample (assignment: its id; the review takes its "
			+ "interaction, agent and kind, random or targeted, and fulfils it; once only, else 409; a review without "
			+ "one is of kind adhoc), scores ({criterionKey: point, or null for N/A}, every criterion answered), comments ({criterionKey: "
			+ "text}). score = the weighted mean of (point − min) / (max − min) over the answered criteria, 0 when a "
			+ "critical criterion got its lowest point (autoFail), null when every criterion was N/A.")
	@PostMapping("/api/v1/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	ReviewView create(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		JsonFields.object(body);
		ReviewService.NewReview review = new ReviewService.NewReview(id(body, "scorecard"), JsonFields.text(body, "interaction"),
				id(body, "case"), id(body, "agent"), answers(body.get("scores"), true), comments(body.get("comments")));
		return view(access, assigned.create(access, review, id(body, "assignment")));
	}

	@GetMapping("/api/v1/reviews/{id}")
	ReviewView get(@PathVariable UUID id) {
		Access access = workspaces.current();
		return view(access, reviews.get(access, id));
	}

	@Operation(summary = "A step in a review's life, kept in its history: {\"action\":\"acknowledge\"} or "
			+ "{\"action\":\"dispute\",\"comment\":..} by the reviewed agent's linked user or a reviewer (owners, admins, "
			+ "analysts); {\"action\":\"resolve\",\"outcome\":\"accepted|partly|rejected\",\"scores\":{..},\"comment\":..} "
			+ "by a reviewer: partly needs new scores, accepted may give them, rejected keeps the scores. New scores "
			+ "are scored against the version the review used.")
	@PatchMapping("/api/v1/reviews/{id}")
	ReviewView step(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		reviews.get(access, id);
		JsonFields.object(body);
		String action = JsonFields.text(body, "action");
		if (action == null) {
			throw new InvalidFieldException("action", "is required: acknowledge, dispute or resolve");
		}
		JsonNode scores = body.get("scores");
		ReviewService.Step step = new ReviewService.Step(action, JsonFields.text(body, "comment"), JsonFields.text(body, "outcome"),
				scores == null || scores.isNull() ? null : answers(scores, true));
		return view(access, reviews.step(access, id, step));
	}

	private ReviewView view(Access access, Review review) {
		ScorecardService.Version version = scorecards.version(access.workspaceId(), review.versionId()).orElseThrow();
		List<Criterion> card = version.card().scoring();
		ReviewScore scored = ReviewScore.of(card, review.answers());
		List<CriterionView> criteria = new ArrayList<>();
		for (Criterion c : card) {
			criteria.add(new CriterionView(c.key(), review.answers().get(c.key()), scored.criteria().get(c.key()),
					c.weight(), c.critical(), review.comments().get(c.key())));
		}
		return new ReviewView(review.id(), review.scorecard(), version.version(), review.versionId(),
				review.interaction(), review.caseId(), review.agent(), review.reviewer(), review.score(),
				!review.autoFailed().isEmpty(), review.autoFailed(), review.status().key(), review.kind(), criteria,
				reviews.history(access.workspaceId(), review.id()), review.createdAt());
	}

	private static Map<String, @Nullable Integer> answers(@Nullable JsonNode scores, boolean required) {
		if (scores == null || scores.isNull()) {
			if (required) {
				throw new InvalidFieldException("scores", "is required: {criterionKey: point, or null for N/A}");
			}
			return Map.of();
		}
		if (!scores.isObject()) {
			throw new InvalidFieldException("scores", "must be an object: {criterionKey: point, or null for N/A}");
		}
		Map<String, @Nullable Integer> answers = new HashMap<>();
		for (Map.Entry<String, JsonNode> e : scores.properties()) {
			JsonNode value = e.getValue();
			if (value.isNull()) {
				answers.put(e.getKey(), null);
			}
			else if (value.isIntegralNumber() && value.canConvertToInt()) {
				answers.put(e.getKey(), value.asInt());
			}
			else {
				throw new InvalidFieldException("scores." + e.getKey(), "must be a whole point, or null for N/A");
			}
		}
		return answers;
	}

	private static Map<String, String> comments(@Nullable JsonNode comments) {
		Map<String, String> read = new LinkedHashMap<>();
		if (comments == null || comments.isNull()) {
			return read;
		}
		if (!comments.isObject()) {
			throw new InvalidFieldException("comments", "must be an object: {criterionKey: text}");
		}
		for (Map.Entry<String, JsonNode> e : comments.properties()) {
			if (e.getValue().isNull()) {
				continue;
			}
			if (!e.getValue().isString()) {
				throw new InvalidFieldException("comments." + e.getKey(), "must be a string");
			}
			if (!e.getValue().asString().isBlank()) {
				read.put(e.getKey(), e.getValue().asString().strip());
			}
		}
		return read;
	}

	private static int limit(@Nullable String limit) {
		if (limit == null || limit.isBlank()) {
			return ReviewListing.DEFAULT_LIMIT;
		}
		try {
			return Integer.parseInt(limit.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("limit", "must be a whole number from 1 to " + ReviewListing.MOST);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static @Nullable UUID id(JsonNode body, String field) {
		String value = JsonFields.text(body, field);
		return value == null ? null : uuid(field, value);
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}
}
