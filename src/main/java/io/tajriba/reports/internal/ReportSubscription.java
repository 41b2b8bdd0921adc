package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.reports.domain.ReportSchedule.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * A member's subscription to a view of a workspace: {@code view} is overview (with the overview's filters: survey,
 * channel, touchpoint, agent, language) or journey (the first journey map's stages and pain points).
 */
public record ReportSubscription(UUID id, UUID workspaceId, UUID userId, String view, Map<String, String> filters,
		Frequency frequency, int hour, String language, boolean onlyWhenChanged, Instant nextAt,
		@Nullable Instant retryAt, int attempts, @Nullable Instant lastSentAt, List<String> lastPainPoints,
		Instant createdAt) {

	/** When it is due: a pending retry's time, else the next scheduled send. */
	public Instant dueAt() {
		return retryAt != null ? retryAt : nextAt;
	}
}
