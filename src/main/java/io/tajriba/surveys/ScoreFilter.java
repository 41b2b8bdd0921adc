package io.tajriba.surveys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which answers a metric counts: completed in [from, to), optionally of one survey and question, about one
 * channel, touchpoint, agent or respondent language, and from some customers only (a persona's, say). Every part is
 * optional.
 */
public record ScoreFilter(@Nullable UUID surveyId, @Nullable String questionKey, @Nullable Instant from,
		@Nullable Instant to, @Nullable String channel, @Nullable String touchpoint, @Nullable String agent,
		@Nullable String language, @Nullable Set<UUID> customers) {

	public ScoreFilter {
		customers = customers == null ? null : Set.copyOf(customers);
	}

	public ScoreFilter(@Nullable UUID surveyId, @Nullable String questionKey, @Nullable Instant from,
			@Nullable Instant to, @Nullable String channel, @Nullable String touchpoint, @Nullable String agent,
			@Nullable String language) {
		this(surveyId, questionKey, from, to, channel, touchpoint, agent, language, null);
	}

	public static ScoreFilter all() {
		return new ScoreFilter(null, null, null, null, null, null, null, null, null);
	}

	/** The same filter over another period. */
	public ScoreFilter between(@Nullable Instant start, @Nullable Instant end) {
		return new ScoreFilter(surveyId, questionKey, start, end, channel, touchpoint, agent, language, customers);
	}

	/** The same filter for these customers only. */
	public ScoreFilter of(Set<UUID> only) {
		return new ScoreFilter(surveyId, questionKey, from, to, channel, touchpoint, agent, language, only);
	}
}
