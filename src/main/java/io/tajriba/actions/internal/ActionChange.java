package io.tajriba.actions.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change of an action: a null field stays as it is. Owner, due day and initiative can be cleared, so for them
 * the has* flag says whether they were sent at all.
 */
public record ActionChange(@Nullable String title, @Nullable String description, boolean hasOwner,
		@Nullable UUID owner, boolean hasDueOn, @Nullable LocalDate dueOn, @Nullable String status,
		@Nullable Integer progress, boolean hasInitiative, @Nullable UUID initiative) {
}
