package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as the API and the pages show it: who it is about and why (its evidence), who owns it, where it is, and
 * its service-level clocks in business time ({@code firstResponseLeft} and {@code resolutionLeft} are negative
 * when overdue, absent when met or paused).
 */
public record CaseView(UUID id, long number, String title, String status, String priority, @Nullable UUID owner,
		@Nullable String ownerName, @Nullable UUID team, @Nullable UUID customerId, @Nullable String customer,
		@Nullable UUID rule, String ruleName, @Nullable String channel, @Nullable String touchpoint,
		@Nullable String agent, List<Evidence> evidence, Instant openedAt, @Nullable Instant firstResponseAt,
		@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue, @Nullable Instant resolvedAt,
		@Nullable Instant closedAt, @Nullable Instant waitingSince, @Nullable Duration firstResponseLeft,
		@Nullable Duration resolutionLeft, boolean overdue, @Nullable String rootCause, @Nullable String rootCauseNote,
		@Nullable Boolean solved, @Nullable String resolution, List<UUID> watchers, @Nullable Recovery recovery) {

	/** One thing the case rests on: kind (response, text, interaction, metric), its id, and what it said. */
	public record Evidence(String kind, String id, String summary, Instant occurredAt) {
	}

	/** The recovery survey sent when the case closed: sent or why not, and the customer's answer. */
	public record Recovery(String metric, String outcome, Instant sentAt, @Nullable Integer score,
			@Nullable Instant answeredAt, @Nullable Boolean recovered) {
	}
}
