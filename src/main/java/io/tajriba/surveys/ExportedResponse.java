package io.tajriba.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A completed customer response as exports read it: {@code sequence} orders responses by when they were completed
 * (it only grows, so a later read after the last one seen finds only newer ones), then the response as submitted
 * and its answers in the order of the survey's questions.
 */
public record ExportedResponse(long sequence, UUID id, UUID surveyId, String surveyName, @Nullable UUID customerId,
		@Nullable String interactionId, @Nullable String channel, @Nullable String touchpoint,
		@Nullable String agent, String language, String source, Instant startedAt, Instant completedAt,
		List<SubmittedResponse.Answer> answers) {

	public ExportedResponse {
		answers = List.copyOf(answers);
	}
}
