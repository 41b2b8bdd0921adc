package io.tajriba.text;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How an analysed text reads, for counting: what it belongs to, the customer who wrote it if known and when, its
 * sentiment (negative, neutral, positive) and the emotions that reached their thresholds.
 */
public record TextSentiment(String sourceId, String field, @Nullable UUID customerId, Instant occurredAt,
		String sentiment, Set<String> emotions) {

	public TextSentiment {
		emotions = Set.copyOf(emotions);
	}
}
