package io.tajriba.surveys;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.surveys.internal.DissatisfiedAnswers;
import io.tajriba.surveys.internal.ScoreQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The answers on the surveys' scales (NPS, CSAT, CES, repurchase, ratings) and the emotions picked, counted for the
 * metrics: by score, grouped by up to two dimensions, per response (for driver analysis) and per customer.
 */
@Service
public class SurveyScores {

	/** How many answers gave {@code score} on a {@code scaleMin}-{@code scaleMax} scale, in a group. */
	public record Count(@Nullable String group, @Nullable String subgroup, int scaleMin, int scaleMax, int score,
			long count) {
	}

	/** How many answers picked an emotion, in a group. */
	public record EmotionCount(@Nullable String group, String emotion, long count) {
	}

	/** One completed response's scale answers, by question key. */
	public record Scored(UUID responseId, @Nullable UUID customerId, Instant completedAt, Map<String, Integer> scores) {
	}

	/** A scale question of a survey, for labels and driver analysis. */
	public record ScaleQuestion(String key, String type, int min, int max, Map<String, String> text) {
	}

	/**
	 * A customer's scale answer at or below its type's cut-off: NPS 0-6 (a detractor), CSAT 1-2 of 5, effort 1-3 of
	 * 7, repurchase 1-2 of 5; with the interaction its response was asked about (an event id, or whatever reference
	 * the invitation carried) and the touchpoint, either possibly unknown.
	 */
	public record Dissatisfied(UUID responseId, String questionKey, String questionType, int score,
			Instant completedAt, UUID customerId, @Nullable String interactionId, @Nullable String touchpoint) {
	}

	private final ScoreQueries queries;
	private final DissatisfiedAnswers dissatisfied;

	SurveyScores(ScoreQueries queries, DissatisfiedAnswers dissatisfied) {
		this.queries = queries;
		this.dissatisfied = dissatisfied;
	}

	/**
	 * The dissatisfied answers of customers completed in [from, to), one question type after the other and oldest
	 * first in each, handed over one by one as they are read a page at a time.
	 */
	public void dissatisfied(UUID workspaceId, Instant from, Instant to, Consumer<Dissatisfied> each) {
		dissatisfied.between(workspaceId, from, to, each);
	}

	/** Answers to questions of one type ({@code nps}, {@code csat}, ...) by score, grouped by up to two dimensions. */
	public List<Count> counts(UUID workspaceId, String questionType, ScoreFilter filter, @Nullable ScoreDimension by,
			@Nullable ScoreDimension then, ZoneId zone) {
		return queries.counts(workspaceId, questionType, filter, by, then, zone);
	}

	/** The emotions picked in a survey's responses completed in [from, to), by response (those without any left out). */
	public Map<UUID, Set<String>> emotionsOf(UUID workspaceId, UUID surveyId, Instant from, Instant to) {
		return queries.emotionsOf(workspaceId, surveyId, from, to);
	}

	/** The emotions picked, and in how many responses, grouped by up to one dimension. */
	public List<EmotionCount> emotions(UUID workspaceId, ScoreFilter filter, @Nullable ScoreDimension by, ZoneId zone) {
		return queries.emotions(workspaceId, filter, by, zone);
	}

	/** Invitations made in [from, to) and how many of them were answered: {invited, responded}. */
	public long[] invitations(UUID workspaceId, Instant from, Instant to) {
		return queries.invitations(workspaceId, from, to);
	}

	/** How many responses picked at least one emotion; the zone is the one the period's days are cut in. */
	public long emotionResponses(UUID workspaceId, ScoreFilter filter, ZoneId zone) {
		return queries.emotionResponses(workspaceId, filter, zone);
	}

	/**
	 * The scale answers of each completed response of one survey, newest first, at most {@code limit}; its scale
	 * questions as {@link #scaleQuestions} gives them.
	 */
	public List<Scored> perResponse(UUID workspaceId, UUID surveyId, List<ScaleQuestion> questions, ScoreFilter filter,
			int limit) {
		return queries.perResponse(workspaceId, surveyId, questions.size(), filter, limit);
	}

	/** Whether any answer to a question of this type was given at or after {@code since}. */
	public boolean answeredSince(UUID workspaceId, String questionType, Instant since) {
		return queries.answeredSince(workspaceId, questionType, since);
	}

	/** Each customer's latest answer to a question of this type, up to {@code until}. */
	public Map<UUID, Integer> latestByCustomer(UUID workspaceId, String questionType, Instant until) {
		return queries.latestByCustomer(workspaceId, questionType, until);
	}

	/** The emotions each customer picked in their latest response that picked any. */
	public Map<UUID, Set<String>> latestEmotions(UUID workspaceId) {
		return queries.latestEmotions(workspaceId);
	}

	/** The scale questions of a survey, in order. */
	public List<ScaleQuestion> scaleQuestions(UUID workspaceId, UUID surveyId) {
		return queries.scaleQuestions(workspaceId, surveyId);
	}

	/** The names of the workspace's surveys. */
	public Map<UUID, String> surveyNames(UUID workspaceId) {
		return queries.surveyNames(workspaceId);
	}
}
