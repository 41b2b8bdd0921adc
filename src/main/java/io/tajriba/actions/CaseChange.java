package io.tajriba.actions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user changes about a case; absent parts stay. Resolving needs a root cause (a theme or "other" with a
 * note) and whether the customer's problem was solved; closing may send a recovery survey ("nps" or "csat").
 */
public record CaseChange(@Nullable String status, @Nullable UUID owner, @Nullable String priority,
		@Nullable String rootCause, @Nullable String rootCauseNote, @Nullable Boolean solved,
		@Nullable String resolution, @Nullable String recovery) {
}
