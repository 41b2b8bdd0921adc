package io.tajriba.actions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A service-level target a case has missed: the first response (nobody acted before it fell due) or the
 * resolution (still unresolved when it fell due). Each is escalated once per case: {@link #due} leaves out the
 * targets already escalated.
 */
public enum Breach {

	FIRST_RESPONSE, RESOLUTION;

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Breach of(String id) {
		return valueOf(id.toUpperCase(java.util.Locale.ROOT));
	}

	/** What a case's clocks say at {@code now}: the breaches not escalated yet, first response first. */
	public static List<Breach> due(CaseStatus status, @Nullable Instant firstResponseAt,
			@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue, Set<Breach> escalated, Instant now) {
		List<Breach> due = new ArrayList<>(2);
		if (!status.isActive()) {
			return due;
		}
		if (firstResponseAt == null && firstResponseDue != null && now.isAfter(firstResponseDue)
				&& !escalated.contains(FIRST_RESPONSE)) {
			due.add(FIRST_RESPONSE);
		}
		if (resolutionDue != null && now.isAfter(resolutionDue) && !escalated.contains(RESOLUTION)) {
			due.add(RESOLUTION);
		}
		return due;
	}
}
