package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.tajriba.text.TextAnalysis;
import org.jspecify.annotations.Nullable;

/** Building rows: JSON objects that leave nulls out, and cells as text. */
final class ExportFields {

	private final Map<String, Object> json = new LinkedHashMap<>();

	static ExportFields json() {
		return new ExportFields();
	}

	ExportFields put(String name, @Nullable Object value) {
		if (value instanceof Instant instant) {
			json.put(name, instant.toString());
		}
		else if (value != null) {
			json.put(name, value);
		}
		return this;
	}

	Map<String, Object> map() {
		return json;
	}

	static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	/** A text's analysis as JSON: language, sentiment with its score and confidence, emotions, themes. */
	static Map<String, Object> analysis(TextAnalysis a) {
		return json().put("language", a.language()).put("sentiment", a.sentiment()).put("score", round(a.score()))
			.put("confidence", round(a.confidence())).put("emotions", a.emotions()).put("themes", a.themes())
			.put("keyPhrases", a.keyPhrases()).map();
	}

	static String sentiment(TextAnalysis a) {
		return a.sentiment() + " " + round(a.score());
	}

	static String emotions(TextAnalysis a) {
		return a.emotions().entrySet().stream().map(e -> e.getKey() + " " + round(e.getValue()))
			.collect(Collectors.joining(", "));
	}

	static String themes(TextAnalysis a) {
		return String.join(", ", a.themes());
	}

	static String lines(List<String> values) {
		return String.join("\n", values);
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
