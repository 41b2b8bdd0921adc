package io.tajriba.surveys;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A survey of a workspace: its name, where it stands (draft, published, closed) and what it asks. */
public record Survey(UUID id, String name, String status, SurveyDocument definition, Instant createdAt,
		Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant closedAt) {

	public boolean isPublished() {
		return status.equals("published");
	}
}
