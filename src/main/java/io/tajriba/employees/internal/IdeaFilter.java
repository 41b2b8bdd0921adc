package io.tajriba.employees.internal;

import io.tajriba.employees.domain.IdeaStatus;
import org.jspecify.annotations.Nullable;

/** Which ideas to list: of a status, stage, touchpoint, theme; null is any. */
public record IdeaFilter(@Nullable IdeaStatus status, @Nullable String stage, @Nullable String touchpoint,
		@Nullable String theme) {

	public static final IdeaFilter ALL = new IdeaFilter(null, null, null, null);
}
