package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An initiative reached its planned end and was measured: its verdict (improved, no_change, worse, too_early when
 * its answers did not suffice), the effect in the metric's points with its 95% interval (null without an estimate)
 * and how it was measured (difference_in_differences, or before_after without controls).
 */
public record InitiativeMeasured(UUID workspaceId, UUID initiativeId, String title, String metric, String verdict,
		String evidence, @Nullable Double effect, @Nullable Double low, @Nullable Double high, Instant at) {
}
