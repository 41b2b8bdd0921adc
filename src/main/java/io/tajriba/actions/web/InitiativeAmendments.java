package io.tajriba.actions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.Amendment;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An initiative's amendments as its page lists them: each changed field from → to, ready to be shown. */
final class InitiativeAmendments {

	/** One amendment: when, by whom, why, and what changed. */
	record Row(Instant at, String by, String reason, List<Change> changes) {
	}

	/**
	 * One field's change; {@code kind} says how to show the values: date (days), units (names), number, metric,
	 * kind (a kind of unit), or text.
	 */
	record Change(String field, String kind, @Nullable Object from, @Nullable Object to) {
	}

	private InitiativeAmendments() {
	}

	static List<Row> rows(List<Amendment> amendments, Map<String, String> labels, Map<UUID, String> surveys) {
		return amendments.stream().map(a -> new Row(a.at(), a.by(), a.reason(), changes(a.changes(), labels, surveys)))
			.toList();
	}

	private static List<Change> changes(JsonNode changes, Map<String, String> labels, Map<UUID, String> surveys) {
		List<Change> rows = new ArrayList<>();
		for (var entry : changes.properties()) {
			String field = entry.getKey();
			JsonNode pair = entry.getValue();
			String kind = kind(field);
			rows.add(new Change(field, kind, value(kind, pair.get(0), labels, surveys),
					value(kind, pair.get(1), labels, surveys)));
		}
		return rows;
	}

	private static String kind(String field) {
		return switch (field) {
			case "baselineFrom", "baselineTo", "launchOn", "plannedEnd" -> "date";
			case "treated", "control" -> "units";
			case "minEffect" -> "number";
			case "metric" -> "metric";
			case "unitKind" -> "kind";
			case "survey" -> "survey";
			default -> "text";
		};
	}

	private static @Nullable Object value(String kind, @Nullable JsonNode node, Map<String, String> labels,
			Map<UUID, String> surveys) {
		if (node == null || node.isNull()) {
			return null;
		}
		return switch (kind) {
			case "date" -> LocalDate.parse(node.asString());
			case "units" -> node.valueStream().map(u -> labels.getOrDefault(u.asString(), u.asString())).toList();
			case "number" -> node.asDouble();
			case "metric" -> node.asString().toUpperCase(Locale.ROOT);
			case "survey" -> {
				UUID survey = uuid(node.asString());
				yield survey == null ? node.asString() : surveys.getOrDefault(survey, node.asString());
			}
			default -> node.asString();
		};
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
