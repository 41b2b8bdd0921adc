package io.tajriba.surveys;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which answers a metric counts: completed in [from, to), optionally of one survey and question, and about one
 * channel, touchpoint, agent or respondent language. Every part is optional.
 */
public record ScoreFilter(@Nullable UUID surveyId, @Nullable String questionKey, @Nullable Instant from,
		@Nullable Instant to, @Nullable String channel, @Nullable String touchpoint, @Nullable String agent,
		@Nullable String language) {

	public static ScoreFilter all() {
		return new ScoreFilter(null, null, null, null, null, null, null, null);
	}

	/** The same filter over another period. */
	public ScoreFilter between(@Nullable Instant start, @Nullable Instant end) {
		return new ScoreFilter(surveyId, questionKey, start, end, channel, touchpoint, agent, language);
	}
}
