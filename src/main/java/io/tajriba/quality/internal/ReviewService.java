package io.tajriba.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.Cases;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.ReviewScore;
import io.tajriba.quality.domain.ReviewStatus;
import io.tajriba.quality.domain.ReviewStatus.Outcome;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reviews of one interaction or one case against a scorecard's current version, scored by {@link ReviewScore}; the
 * review keeps the version it used. Owners, admins and analysts review. Everyone reads reviews, except members with
 * the agent role, who see only the reviews of the agent their account is linked to and, if they lead a team, of the
 * team's agents ({@link ReviewAudience}). The reviewed agent's linked
 * user, or anyone who may review, acknowledges and disputes a review; only those who may review resolve a dispute.
 * Every step after the scoring is kept in the review's history.
 */
@Service
public class ReviewService {

	/** The answers: a criterion's key to the chosen point, or null for N/A. */
	public record NewReview(@Nullable UUID scorecard, @Nullable String interaction, @Nullable UUID caseId,
			@Nullable UUID agent, Map<String, @Nullable Integer> answers, Map<String, String> comments) {
	}

	/** A step after scoring: acknowledge, dispute (with a comment) or resolve (an outcome, new answers if any). */
	public record Step(String action, @Nullable String comment, @Nullable String outcome,
			@Nullable Map<String, @Nullable Integer> answers) {
	}

	/** A step kept in a review's history; {@code answers} and {@code score} when the step rescored the review. */
	public record Event(String action, String actor, @Nullable String comment, @Nullable String outcome,
			@com.fasterxml.jackson.annotation.JsonInclude(content = com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
			@Nullable Map<String, @Nullable Integer> answers, @Nullable Double score, Instant at) {
	}

	public record Review(UUID id, UUID scorecard, UUID versionId, @Nullable String interaction, @Nullable UUID caseId,
			UUID agent, String reviewer, @Nullable UUID reviewerUser, Map<String, @Nullable Integer> answers,
			Map<String, String> comments, @Nullable Double score, List<String> autoFailed, ReviewStatus status,
			String kind, Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;
	private final ScorecardService scorecards;
	private final AgentService agents;
	private final Interactions interactions;
	private final Cases cases;
	private final Clock clock;
	private final ReviewAudience audience;

	ReviewService(JdbcClient jdbc, ObjectMapper mapper, ScorecardService scorecards, AgentService agents,
			Interactions interactions, Cases cases, Clock clock, ReviewAudience audience) {
		this.audience = audience;
		this.cases = cases;
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.scorecards = scorecards;
		this.agents = agents;
		this.interactions = interactions;
		this.clock = clock;
	}

	@Transactional
	public Review create(Access access, NewReview review) {
		ScorecardService.requireWriter(access);
		UUID w = access.workspaceId();
		if (review.scorecard() == null) {
			throw new InvalidFieldException("scorecard", "is required: the id of one of the workspace's scorecards");
		}
		ScorecardService.Version card;
		try {
			card = scorecards.current(w, review.scorecard());
		}
		catch (NotFoundException e) {
			throw new InvalidFieldException("scorecard", "must be the id of one of the workspace's scorecards");
		}
		if (review.agent() == null) {
			throw new InvalidFieldException("agent", "is required: the id of an agent of the directory");
		}
		try {
			agents.get(w, review.agent());
		}
		catch (NotFoundException e) {
			throw new InvalidFieldException("agent", "must be the id of an agent of the directory");
		}
		if ((review.interaction() == null) == (review.caseId() == null)) {
			throw new InvalidFieldException("interaction", "give either interaction (an interaction's id) or case");
		}
		Instant now = clock.instant();
		Instant about = review.interaction() == null ? now : interactions.find(w, review.interaction())
			.orElseThrow(() -> new InvalidFieldException("interaction", "must be the id of one of the workspace's "
					+ "interactions"))
			.occurredAt();
		if (review.caseId() != null && !cases.exists(w, review.caseId())) {
			throw new InvalidFieldException("case", "must be the id of one of the workspace's cases");
		}
		ReviewScore score = ReviewScore.of(card.card().scoring(), review.answers());
		comments(card, review.comments());
		UUID id = jdbc.sql("""
				insert into quality_reviews (workspace_id, scorecard_id, version_id, interaction_id, case_id, agent_id,
				  reviewer, reviewer_user, answers, comments, score, auto_failed, status, created_at, about_at)
				values (:w, :card, :version, :interaction, :case, :agent, :reviewer, :user, cast(:answers as jsonb),
				  cast(:comments as jsonb), :score, cast(:failed as jsonb), 'open', :now, :about) returning id""")
			.param("w", w).param("card", card.id()).param("version", card.versionId())
			.param("interaction", review.interaction()).param("case", review.caseId()).param("agent", review.agent())
			.param("reviewer", access.actor()).param("user", access.userId())
			.param("answers", answersJson(review.answers()))
			.param("comments", mapper.writeValueAsString(review.comments())).param("score", score.score())
			.param("failed", mapper.writeValueAsString(score.autoFailed())).param("now", Timestamp.from(now))
			.param("about", Timestamp.from(about)).query(UUID.class).single();
		return get(access, id);
	}

	/** The reviews the access may see, newest first; of one agent when {@code agent} is given. */
	public List<Review> list(Access access, @Nullable UUID agent) {
		java.util.Set<UUID> seen = audience.agents(access);
		return jdbc.sql("select * from quality_reviews where workspace_id = :w and (cast(:agent as uuid) is null or "
				+ "agent_id = :agent) order by created_at desc, id limit 500")
			.param("w", access.workspaceId()).param("agent", agent).query(this::map).list().stream()
			.filter(r -> seen == null || seen.contains(r.agent())).toList();
	}

	public Review get(Access access, UUID id) {
		return find(access.workspaceId(), id).filter(r -> visible(access, r))
			.orElseThrow(() -> new NotFoundException("Review"));
	}

	public List<Event> history(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from quality_review_events where workspace_id = :w and review_id = :id order by seq")
			.param("w", workspaceId).param("id", id)
			.query((rs, row) -> new Event(rs.getString("action"), rs.getString("actor"), rs.getString("comment"),
					rs.getString("outcome"), rs.getString("answers") == null ? null : answers(rs.getString("answers")),
					(Double) rs.getObject("score"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	@Transactional
	public Review step(Access access, UUID id, Step step) {
		UUID w = access.workspaceId();
		Review review = get(access, id);
		jdbc.sql("select id from quality_reviews where workspace_id = :w and id = :id for update").param("w", w)
			.param("id", id).query(UUID.class).single();
		review = get(access, id);
		ReviewStatus next = review.status().after(step.action());
		String comment = null;
		Outcome outcome = null;
		Map<String, @Nullable Integer> answers = null;
		Double score = review.score();
		if (step.action().equals("resolve")) {
			ScorecardService.requireWriter(access);
			if (step.outcome() == null) {
				throw new InvalidFieldException("outcome", "is required: accepted, partly or rejected");
			}
			outcome = Outcome.of(step.outcome());
			if (outcome == Outcome.PARTLY && step.answers() == null) {
				throw new InvalidFieldException("scores", "are required when the dispute is partly accepted");
			}
			if (outcome == Outcome.REJECTED && step.answers() != null) {
				throw new InvalidFieldException("scores", "cannot change when the dispute is rejected");
			}
			comment = comment(step.comment(), false);
			if (step.answers() != null) {
				ScorecardService.Version version = scorecards.version(w, review.versionId()).orElseThrow();
				ReviewScore rescored = ReviewScore.of(version.card().scoring(), step.answers());
				answers = step.answers();
				score = rescored.score();
				jdbc.sql("""
						update quality_reviews set answers = cast(:answers as jsonb), score = :score,
						  auto_failed = cast(:failed as jsonb) where workspace_id = :w and id = :id""")
					.param("w", w).param("id", id).param("answers", answersJson(answers))
					.param("score", score).param("failed", mapper.writeValueAsString(rescored.autoFailed())).update();
			}
		}
		else {
			requireAgentOrReviewer(access, review);
			if (step.outcome() != null) {
				throw new InvalidFieldException("outcome", "is only given to resolve a dispute");
			}
			if (step.answers() != null) {
				throw new InvalidFieldException("scores", "change only when a dispute is resolved");
			}
			comment = comment(step.comment(), step.action().equals("dispute"));
		}
		jdbc.sql("update quality_reviews set status = :status where workspace_id = :w and id = :id").param("w", w)
			.param("id", id).param("status", next.key()).update();
		jdbc.sql("""
				insert into quality_review_events (workspace_id, review_id, action, actor, actor_user, comment, outcome,
				  answers, score, at)
				values (:w, :id, :action, :actor, :user, :comment, :outcome, cast(:answers as jsonb), :score, :at)""")
			.param("w", w).param("id", id).param("action", step.action()).param("actor", access.actor())
			.param("user", access.userId()).param("comment", comment)
			.param("outcome", outcome == null ? null : outcome.key())
			.param("answers", answers == null ? null : answersJson(answers))
			.param("score", answers == null ? null : score).param("at", Timestamp.from(clock.instant())).update();
		return get(access, id);
	}

	private void requireAgentOrReviewer(Access access, Review review) {
		if (access.role().canWrite()) {
			return;
		}
		Agent agent = agents.get(access.workspaceId(), review.agent());
		if (access.userId() == null || !access.userId().equals(agent.user())) {
			throw new AccessDeniedException("Only the reviewed agent or a reviewer may acknowledge or dispute a review");
		}
	}

	private boolean visible(Access access, Review review) {
		return audience.sees(access, review.agent());
	}

	private static @Nullable String comment(@Nullable String comment, boolean required) {
		if (comment == null || comment.isBlank()) {
			if (required) {
				throw new InvalidFieldException("comment", "is required: why the review is disputed");
			}
			return null;
		}
		if (comment.length() > 4000) {
			throw new InvalidFieldException("comment", "must have at most 4000 characters");
		}
		return comment.strip();
	}

	private static void comments(ScorecardService.Version card, Map<String, String> comments) {
		comments.forEach((key, text) -> {
			if (card.card().scoring().stream().noneMatch(c -> c.key().equals(key))) {
				throw new InvalidFieldException("comments." + key, "is not a criterion of this scorecard");
			}
			if (text.length() > 4000) {
				throw new InvalidFieldException("comments." + key, "must have at most 4000 characters");
			}
		});
	}

	private Optional<Review> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from quality_reviews where workspace_id = :w and id = :id").param("w", workspaceId)
			.param("id", id).query(this::map).optional();
	}

	/** The answers as JSON, N/A kept as null (the application's JSON leaves nulls out). */
	private String answersJson(Map<String, @Nullable Integer> answers) {
		tools.jackson.databind.node.ObjectNode node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		answers.forEach((key, point) -> {
			if (point == null) {
				node.putNull(key);
			}
			else {
				node.put(key, point);
			}
		});
		return node.toString();
	}

	private Map<String, @Nullable Integer> answers(String json) {
		Map<String, @Nullable Integer> answers = new LinkedHashMap<>();
		mapper.readTree(json).properties().forEach(e -> answers.put(e.getKey(),
				e.getValue().isNull() ? null : e.getValue().asInt()));
		return answers;
	}

	Review map(ResultSet rs, int row) throws SQLException {
		Map<String, String> comments = new LinkedHashMap<>();
		mapper.readTree(rs.getString("comments")).properties().forEach(e -> comments.put(e.getKey(),
				e.getValue().asString()));
		List<String> failed = new java.util.ArrayList<>();
		for (JsonNode key : mapper.readTree(rs.getString("auto_failed"))) {
			failed.add(key.asString());
		}
		return new Review(rs.getObject("id", UUID.class), rs.getObject("scorecard_id", UUID.class),
				rs.getObject("version_id", UUID.class), rs.getString("interaction_id"), rs.getObject("case_id", UUID.class),
				rs.getObject("agent_id", UUID.class), rs.getString("reviewer"), rs.getObject("reviewer_user", UUID.class),
				answers(rs.getString("answers")), comments, (Double) rs.getObject("score"), List.copyOf(failed),
				ReviewStatus.of(rs.getString("status")), rs.getString("kind"), rs.getTimestamp("created_at").toInstant());
	}
}
