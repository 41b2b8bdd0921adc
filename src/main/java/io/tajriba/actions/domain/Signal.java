package io.tajriba.actions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something a customer did or said that a rule may fire on: a response (its scores, chosen answers and picked
 * emotions), an analysed text (sentiment, score, emotions, themes) or an interaction (type, outcome, value), with
 * where it happened. {@code ref} identifies it within its kind; {@code summary} says it in a few words.
 */
public record Signal(TriggerKind kind, String ref, @Nullable UUID customerId, Instant occurredAt, Where where,
		Map<String, Integer> scores, Map<String, List<String>> answers, Set<String> emotions,
		@Nullable String sentiment, @Nullable Double sentimentScore, Set<String> themes, @Nullable String type,
		@Nullable String outcome, @Nullable BigDecimal value, String summary) {

	/** Where the signal comes from, for a rule's scope and for assigning its case. */
	public record Where(@Nullable UUID survey, @Nullable String channel, @Nullable String touchpoint,
			@Nullable String agent, @Nullable String language) {

		public static Where nowhere() {
			return new Where(null, null, null, null, null);
		}
	}

	public Signal {
		scores = Map.copyOf(scores);
		answers = Map.copyOf(answers);
		emotions = Set.copyOf(emotions);
		themes = Set.copyOf(themes);
	}

	public static Signal response(String ref, @Nullable UUID customerId, Instant at, Where where,
			Map<String, Integer> scores, Map<String, List<String>> answers, Set<String> emotions, String summary) {
		return new Signal(TriggerKind.RESPONSE, ref, customerId, at, where, scores, answers, emotions, null, null,
				Set.of(), null, null, null, summary);
	}

	public static Signal text(String ref, @Nullable UUID customerId, Instant at, Where where, String sentiment,
			double score, Set<String> emotions, Set<String> themes, String summary) {
		return new Signal(TriggerKind.TEXT, ref, customerId, at, where, Map.of(), Map.of(), emotions, sentiment, score,
				themes, null, null, null, summary);
	}

	public static Signal interaction(String ref, @Nullable UUID customerId, Instant at, Where where, String type,
			@Nullable String outcome, @Nullable BigDecimal value, String summary) {
		return new Signal(TriggerKind.INTERACTION, ref, customerId, at, where, Map.of(), Map.of(), Set.of(), null,
				null, Set.of(), type, outcome, value, summary);
	}
}
