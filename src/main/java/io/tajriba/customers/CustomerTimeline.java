package io.tajriba.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a module contributes to a customer's timeline on their 360 page. The interaction hub provides one; others
 * (feedback, cases) can add theirs without this module knowing them.
 */
public interface CustomerTimeline {

	/** The customer's most recent entries, newest first, at most {@code limit}. */
	List<Entry> entries(UUID workspaceId, UUID customerId, int limit);

	/**
	 * One thing that happened: {@code source} names the contributing module ({@code interactions}, ...), {@code type}
	 * what it was ({@code purchase}, {@code call}, ...).
	 */
	record Entry(String source, String id, Instant at, String type, @Nullable String channel,
			@Nullable String touchpoint, @Nullable String agent, @Nullable BigDecimal value,
			@Nullable String currency, @Nullable String text) {
	}
}
