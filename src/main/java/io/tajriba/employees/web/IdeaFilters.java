package io.tajriba.employees.web;

import io.tajriba.employees.domain.IdeaStatus;
import org.jspecify.annotations.Nullable;

/** The idea box's filters from a request; blanks are no filter. */
final class IdeaFilters {

	private IdeaFilters() {
	}

	static io.tajriba.employees.internal.IdeaFilter of(@Nullable String status, @Nullable String stage,
			@Nullable String touchpoint, @Nullable String theme) {
		return new io.tajriba.employees.internal.IdeaFilter(blank(status) ? null : IdeaStatus.parse("status", status),
				blank(stage) ? null : stage.strip(), blank(touchpoint) ? null : touchpoint.strip(),
				blank(theme) ? null : theme.strip());
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
