package io.tajriba.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What changed this week, shown at the top of the overview: the significant changes of the figures, new pain
 * points and breached cases. The reports module provides it; without it the overview shows no feed.
 */
public interface HomeFeed {

	/**
	 * One line of the feed. {@code kind} is {@code change}, {@code pain_point} or {@code breach}; {@code title} and
	 * {@code detail} are written in the reader's language (plain text, escaped where shown); {@code link} leads to
	 * the live view, if any.
	 */
	record Item(String kind, String title, String detail, @Nullable String link, Instant at) {
	}

	/** The week up to {@code now} of a workspace, newest first, at most {@code limit} items. */
	List<Item> thisWeek(UUID workspaceId, Locale locale, Instant now, int limit);
}
