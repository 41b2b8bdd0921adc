package io.tajriba.actions.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.tajriba.actions.domain.Signal;
import io.tajriba.interactions.InteractionView;
import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.text.TextAnalysed;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns what other modules recorded into signals that rules read, and the evidence a case keeps of them. */
final class Signals {

	private static final Set<String> RATINGS = Set.of("nps", "csat", "ces");

	private Signals() {
	}

	static Signal of(SubmittedResponse r) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		Map<String, List<String>> answers = new LinkedHashMap<>();
		Set<String> emotions = new TreeSet<>();
		for (SubmittedResponse.Answer a : r.answers()) {
			if (a.score() != null && RATINGS.contains(a.kind()) && !scores.containsKey(a.kind())) {
				scores.put(a.kind(), a.score());
			}
			if (a.kind().equals("emotion")) {
				emotions.addAll(a.choices());
			}
			answers.put(a.questionKey(), a.score() != null ? List.of(String.valueOf(a.score())) : a.choices());
		}
		String summary = scores.entrySet().stream()
			.map(e -> e.getKey().toUpperCase(Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", "));
		if (!emotions.isEmpty()) {
			summary = (summary.isEmpty() ? "" : summary + ", ") + String.join(", ", emotions);
		}
		return Signal.response(r.responseId().toString(), r.customerId(), r.completedAt(), where(r), scores, answers,
				emotions, (summary.isEmpty() ? "answered" : summary) + " · " + r.surveyName());
	}

	static Signal.Where where(SubmittedResponse r) {
		return new Signal.Where(r.surveyId(), r.channel(), r.touchpoint(), r.agent(), r.language());
	}

	static Signal of(TextAnalysed t, Signal.Where where, java.time.Instant at) {
		return Signal.text(t.sourceKind() + ":" + t.sourceId() + ":" + t.field(), t.customerId(), at, where,
				t.sentiment(), t.score(), t.emotions().keySet(), Set.copyOf(t.themes()),
				"«" + t.excerpt() + "» (" + t.sentiment() + ")");
	}

	static Signal of(InteractionView i, ObjectMapper mapper) {
		String outcome = outcome(i.properties(), mapper);
		String summary = i.type() + (i.touchpoint() == null ? "" : " at " + i.touchpoint())
				+ (outcome == null ? "" : ", outcome " + outcome) + (i.value() == null ? ""
						: ", " + i.value().toPlainString() + (i.currency() == null ? "" : " " + i.currency()));
		return Signal.interaction(i.id(), i.customerId(), i.occurredAt(), new Signal.Where(null, i.channel(),
				i.touchpoint(), i.agent(), null), i.type(), outcome, i.value(), summary);
	}

	static Evidence evidence(Signal s) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.putAll(s.scores());
		if (s.sentiment() != null) {
			detail.put("sentiment", s.sentiment());
			detail.put("score", s.sentimentScore());
		}
		if (!s.emotions().isEmpty()) {
			detail.put("emotions", List.copyOf(s.emotions()));
		}
		if (!s.themes().isEmpty()) {
			detail.put("themes", List.copyOf(s.themes()));
		}
		if (s.type() != null) {
			detail.put("type", s.type());
		}
		BigDecimal value = s.value();
		if (value != null) {
			detail.put("value", value);
		}
		String kind = s.kind().id();
		return new Evidence(kind, s.ref(), detail);
	}

	private static @Nullable String outcome(@Nullable String properties, ObjectMapper mapper) {
		if (properties == null || properties.isBlank()) {
			return null;
		}
		try {
			JsonNode outcome = mapper.readTree(properties).get("outcome");
			return outcome == null || !outcome.isString() ? null : outcome.asString();
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
