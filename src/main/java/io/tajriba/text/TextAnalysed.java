package io.tajriba.text;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A queued text was analysed (or analysed again with a new model, or its reading corrected by an analyst, the
 * event then carrying the corrected labels); alerts listen to it. {@code excerpt} is the
 * text's beginning (at most 280 characters), {@code occurredAt} when it was written if known.
 */
public record TextAnalysed(UUID workspaceId, String sourceKind, String sourceId, String field, String language,
		String sentiment, double score, Map<String, Double> emotions, List<String> themes,
		@Nullable UUID customerId, @Nullable Instant occurredAt, String excerpt) {

	public static final int EXCERPT = 280;

	public static String excerpt(String text) {
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
	}
}
