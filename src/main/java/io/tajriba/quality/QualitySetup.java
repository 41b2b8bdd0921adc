package io.tajriba.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.domain.Criterion;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.AssignedReviews;
import io.tajriba.quality.internal.CalibrationService;
import io.tajriba.quality.internal.CoachingModules;
import io.tajriba.quality.internal.CoachingService;
import io.tajriba.quality.internal.CoachingSession;
import io.tajriba.quality.internal.Assignments;
import io.tajriba.quality.internal.ReviewService;
import io.tajriba.quality.internal.ScorecardCodec;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Setting a workspace's quality work up from outside the module, and loading its history (the demo company):
 * scorecards as {@code POST /api/v1/scorecards} makes them, the directory's links between agents and member
 * accounts, weeks of the review sample drawn, and reviews and their steps made as the API makes them but dated
 * when they happened.
 */
@Service
public class QualitySetup {

	/** A criterion of a scorecard's current version: its key, the scale's points, N/A allowed, critical. */
	public record Scale(String key, int min, int max, boolean naAllowed, boolean critical) {
	}

	/** A scorecard's id, its channel and its current criteria. */
	public record Card(UUID id, String channel, List<Scale> criteria) {
	}

	/** An interaction the sample picked: the assignment, the agent (id and recorded key), random or targeted. */
	public record Pick(UUID assignment, UUID agent, String agentKey, String interaction, Instant occurredAt,
			String kind, String channel) {
	}

	private final ScorecardService scorecards;
	private final AgentService agents;
	private final Assignments assignments;
	private final AssignedReviews assigned;
	private final ReviewService reviews;
	private final CalibrationService calibrations;
	private final CoachingService coaching;
	private final CoachingModules modules;
	private final JdbcClient jdbc;

	QualitySetup(ScorecardService scorecards, AgentService agents, Assignments assignments, AssignedReviews assigned,
			ReviewService reviews, CalibrationService calibrations, CoachingService coaching, CoachingModules modules,
			JdbcClient jdbc) {
		this.calibrations = calibrations;
		this.coaching = coaching;
		this.modules = modules;
		this.scorecards = scorecards;
		this.agents = agents;
		this.assignments = assignments;
		this.assigned = assigned;
		this.reviews = reviews;
		this.jdbc = jdbc;
	}

	public boolean hasScorecards(UUID workspaceId) {
		return !scorecards.list(workspaceId).isEmpty();
	}

	/** Creates a scorecard from the body {@code POST /api/v1/scorecards} takes; answers its id. */
	public UUID scorecard(Access access, JsonNode body) {
		return scorecards.create(access, ScorecardCodec.read(body)).id();
	}

	/** The workspace's scorecards with their current criteria. */
	public List<Card> scorecards(UUID workspaceId) {
		return scorecards.list(workspaceId).stream().map(v -> new Card(v.id(), v.card().channel(),
				v.card().scoring().stream().map(QualitySetup::scale).toList())).toList();
	}

	private static Scale scale(Criterion c) {
		return new Scale(c.key(), c.scale().min(), c.scale().max(), c.naAllowed(), c.critical());
	}

	/**
	 * Links the agent recorded under this key to a member with the agent role, adding the agent to the directory
	 * first if the recorded data has not brought it there yet.
	 */
	public Agent link(Access access, String agentKey, UUID user) {
		return agents.list(access.workspaceId()).stream().filter(a -> a.key().equals(agentKey)).findFirst()
			.map(a -> agents.change(access, a.id(), new AgentService.Change(null, null, false, user, false, null)))
			.orElseGet(() -> agents.create(access, new AgentService.NewAgent(agentKey, null, null, user, true)));
	}

	/** Draws the review sample of the week of this Monday (as the weekly job does) and answers its picks. */
	public List<Pick> sample(Access access, LocalDate monday, Instant now) {
		Map<UUID, String> keys = new java.util.HashMap<>();
		agents.list(access.workspaceId()).forEach(a -> keys.put(a.id(), a.key()));
		return assignments.draw(access, monday, now).items().stream()
			.map(a -> new Pick(a.id(), a.agent(), keys.get(a.agent()), a.interaction(), a.occurredAt(), a.kind(),
					a.stratum()))
			.toList();
	}

	/** Reviews an assignment as {@code POST /api/v1/reviews} does, dated {@code at}; answers the review's id. */
	@Transactional
	public UUID review(Access access, UUID scorecard, UUID assignment, Map<String, @Nullable Integer> answers,
			Map<String, String> comments, Instant at) {
		UUID id = assigned.create(access, new ReviewService.NewReview(scorecard, null, null, null, answers, comments),
				assignment).id();
		jdbc.sql("update quality_reviews set created_at = :at where workspace_id = :w and id = :id")
			.param("w", access.workspaceId()).param("id", id).param("at", Timestamp.from(at)).update();
		return id;
	}

	/**
	 * A step after scoring as {@code PATCH /api/v1/reviews/{id}} takes it (acknowledge, dispute, resolve with an
	 * outcome and, when partly accepted, new answers), dated {@code at}.
	 */
	@Transactional
	public void step(Access access, UUID review, String action, @Nullable String comment, @Nullable String outcome,
			@Nullable Map<String, @Nullable Integer> answers, Instant at) {
		reviews.step(access, review, new ReviewService.Step(action, comment, outcome, answers));
		jdbc.sql("""
				update quality_review_events set at = :at where workspace_id = :w and review_id = :id
				  and seq = (select max(seq) from quality_review_events where workspace_id = :w and review_id = :id)""")
			.param("w", access.workspaceId()).param("id", review).param("at", Timestamp.from(at)).update();
	}

	/** Starts a calibration session as {@code POST /api/v1/calibrations} does; answers its id. */
	public UUID calibration(Access access, String name, UUID scorecard, List<String> interactions, List<UUID> reviewers) {
		return calibrations.create(access, new CalibrationService.NewSession(name, scorecard, interactions, reviewers))
			.id();
	}

	/** A listed reviewer's blind score of one interaction of a session. */
	public void calibrationScore(Access reviewer, UUID session, String interaction, Map<String, @Nullable Integer> answers,
			Map<String, String> comments) {
		calibrations.submit(reviewer, session, new CalibrationService.NewScore(interaction, answers, comments));
	}

	public void closeCalibration(Access access, UUID session) {
		calibrations.close(access, session);
	}

	/** An e-learning module of the catalogue for one criterion, as {@code POST /api/v1/coaching/modules} adds it. */
	public UUID module(Access access, String title, String link, String criterion) {
		return modules.create(access, new CoachingModules.Input(title, link, criterion, null)).id();
	}

	/** An agreed action of a coaching session, done or not. */
	public record Action(String text, boolean done) {
	}

	/**
	 * A coaching session as {@code POST /api/v1/coaching} plans it, on criteria of the scorecards: the agent by the
	 * name recorded, the coach a member, the format ({@code one_to_one}, {@code elearning}, {@code group}), its
	 * status ({@code planned}, {@code held}, {@code completed}); answers its id.
	 */
	public UUID coaching(Access access, String agentKey, UUID coach, LocalDate heldOn, String format,
			List<String> criteria, String notes, List<Action> actions, @Nullable LocalDate followUpOn,
			@Nullable UUID module, String status) {
		UUID agent = agents.list(access.workspaceId()).stream().filter(a -> a.key().equals(agentKey)).findFirst()
			.orElseThrow().id();
		return coaching.create(access, new CoachingService.NewSession(agent, coach, heldOn, format,
				criteria.stream().map(c -> new CoachingSession.Focus("criterion", c)).toList(), notes,
				actions.stream().map(a -> new CoachingService.NewAction(a.text(), a.done())).toList(), followUpOn, module,
				status)).id();
	}
}
