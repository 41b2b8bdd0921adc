package io.tajriba.actions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.Measurement;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An initiative as the API shows it: its registered measurement with the units named, and its amendments. */
record InitiativeView(UUID id, String title, String description, @Nullable Person owner, String status,
		Initiative.@Nullable Insight insight, @Nullable String stage, @Nullable String touchpoint,
		MeasurementView measurement, boolean controlSuggested, List<Initiative.ControlReason> controlReasons,
		List<AmendmentView> amendments, @Nullable Instant launchedAt, @Nullable Instant finishedAt,
		String createdBy, Instant createdAt, Instant updatedAt) {

	record Person(UUID id, @Nullable String name) {
	}

	record Unit(String key, String label) {
	}

	record MeasurementView(String metric, @Nullable UUID survey, String unitKind, List<Unit> treated,
			List<Unit> control, LocalDate baselineFrom, LocalDate baselineTo, LocalDate launchOn, double minEffect,
			LocalDate plannedEnd, boolean locked) {
	}

	record AmendmentView(Instant at, String by, String reason, JsonNode changes) {
	}

	static InitiativeView of(Initiative i, Map<UUID, String> people, Map<String, String> labels,
			List<AmendmentView> amendments) {
		Measurement m = i.measurement();
		return new InitiativeView(i.id(), i.title(), i.description(),
				i.owner() == null ? null : new Person(i.owner(), people.get(i.owner())), i.status().key(), i.insight(),
				i.stage(), i.touchpoint(),
				new MeasurementView(m.metric().key(), m.survey(), m.unitKind().key(), units(m.treated(), labels),
						units(m.control(), labels), m.baselineFrom(), m.baselineTo(), m.launchOn(), m.minEffect(),
						m.plannedEnd(), i.status() != Initiative.Status.DRAFT),
				!i.controlReasons().isEmpty(), i.controlReasons(), amendments, i.launchedAt(), i.finishedAt(),
				i.createdBy(), i.createdAt(), i.updatedAt());
	}

	private static List<Unit> units(List<String> keys, Map<String, String> labels) {
		return keys.stream().map(k -> new Unit(k, labels.getOrDefault(k, k))).toList();
	}
}
