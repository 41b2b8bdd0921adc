package io.tajriba.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A completed response with its answers, in the order of the survey's questions, and what it is about: the
 * customer, interaction, channel, touchpoint and agent, and the language it was answered in.
 */
public record SubmittedResponse(UUID workspaceId, UUID surveyId, String surveyName, UUID responseId,
		@Nullable UUID customerId, @Nullable String interactionId, @Nullable String channel,
		@Nullable String touchpoint, @Nullable String agent, String language, Instant completedAt,
		List<Answer> answers) {

	public SubmittedResponse {
		answers = List.copyOf(answers);
	}

	/**
	 * The answer to one question. {@code kind} is the question's type: {@code nps} (0-10), {@code csat} (1-5),
	 * {@code ces} (1-7), {@code repurchase} (1-5), {@code rating} (its own ends), {@code single_choice},
	 * {@code multiple_choice}, {@code emotion} or {@code text}. Scales give {@code score}; choice questions the
	 * keys of the options chosen in {@code choices}, emotion questions the emotions picked ({@code delighted},
	 * {@code surprised}, {@code satisfied}, {@code neutral}, {@code confused}, {@code disappointed},
	 * {@code frustrated}, {@code angry}); text questions {@code text}.
	 */
	public record Answer(String questionKey, String kind, @Nullable Integer score, List<String> choices,
			@Nullable String text) {

		public Answer {
			choices = List.copyOf(choices);
		}
	}
}
