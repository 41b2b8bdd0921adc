package io.tajriba.employees.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A change of an idea's status: from (none when submitted), to, why, by whom, when. */
public record IdeaChange(@Nullable String from, String to, @Nullable String reason, String changedBy,
		Instant changedAt) {
}
