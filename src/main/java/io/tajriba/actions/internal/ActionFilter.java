package io.tajriba.actions.internal;

import java.util.UUID;

import io.tajriba.actions.domain.ActionStatus;
import org.jspecify.annotations.Nullable;

/** Which actions a list shows; a null criterion lets every action through. */
public record ActionFilter(@Nullable ActionStatus status, @Nullable UUID owner, @Nullable UUID initiative,
		@Nullable String insightKind, @Nullable String insightRef, boolean overdue) {

	public static ActionFilter all() {
		return new ActionFilter(null, null, null, null, null, false);
	}
}
