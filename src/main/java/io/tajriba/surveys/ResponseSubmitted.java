package io.tajriba.surveys;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A completed response, with what it is about; text analytics and alerts listen to it. */
public record ResponseSubmitted(UUID workspaceId, UUID surveyId, UUID responseId, @Nullable UUID customerId,
		@Nullable String interactionId, @Nullable String touchpoint, @Nullable String agent, String language,
		Instant completedAt) {
}
