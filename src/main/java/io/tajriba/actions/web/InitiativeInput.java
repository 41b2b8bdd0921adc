package io.tajriba.actions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an initiative's JSON: a new one (defaults: the eight weeks before the launch as baseline, twelve weeks
 * after it as planned end, controls suggested when none are named) or a change laid over the current state.
 */
final class InitiativeInput {

	static final Set<String> INSIGHTS = Set.of("pain_point", "driver", "theme", "root_cause", "idea");

	private InitiativeInput() {
	}

	static InitiativeService.Draft draft(JsonNode body) {
		JsonFields f = new JsonFields(body);
		LocalDate launch = required("launchOn", date(f, "launchOn"));
		LocalDate baselineTo = or(date(f, "baselineTo"), launch.minusDays(1));
		LocalDate baselineFrom = or(date(f, "baselineFrom"), baselineTo.minusWeeks(8).plusDays(1));
		JsonNode control = body.get("control");
		boolean suggest = control == null || control.isNull()
				|| body.has("suggestControls") && body.get("suggestControls").asBoolean(false);
		Measurement m = new Measurement(metric(f.requiredText("metric", 10)), id(f, "survey"),
				UnitKind.of(f.requiredText("unitKind", 20)), units(body, "treated"), units(body, "control"),
				baselineFrom, baselineTo, launch, effect(body, "minEffect", null),
				or(date(f, "plannedEnd"), launch.plusWeeks(12)));
		return new InitiativeService.Draft(f.requiredText("title", 200), or(f.text("description", 10000), ""),
				id(f, "owner"), insight(body), f.text("stage", 200), f.text("touchpoint", 200), m, suggest);
	}

	static InitiativeService.Change change(JsonNode body, Initiative current) {
		JsonFields f = new JsonFields(body);
		Measurement c = current.measurement();
		Measurement m = new Measurement(body.has("metric") ? metric(f.requiredText("metric", 10)) : c.metric(),
				body.has("survey") ? id(f, "survey") : c.survey(),
				body.has("unitKind") ? UnitKind.of(f.requiredText("unitKind", 20)) : c.unitKind(),
				body.has("treated") ? units(body, "treated") : c.treated(),
				body.has("control") ? units(body, "control") : c.control(),
				or(date(f, "baselineFrom"), c.baselineFrom()), or(date(f, "baselineTo"), c.baselineTo()),
				or(date(f, "launchOn"), c.launchOn()), effect(body, "minEffect", c.minEffect()),
				or(date(f, "plannedEnd"), c.plannedEnd()));
		String status = f.text("status", 20);
		if (status != null && !status.equals("cancelled") && !status.equals(current.status().key())) {
			throw new InvalidFieldException("status", "can only be set to cancelled; launch with POST .../launch");
		}
		return new InitiativeService.Change(body.has("title") ? f.requiredText("title", 200) : current.title(),
				body.has("description") ? or(f.text("description", 10000), "") : current.description(),
				body.has("owner") ? id(f, "owner") : current.owner(), m, f.text("reason", 2000),
				"cancelled".equals(status) && current.status() != Initiative.Status.CANCELLED);
	}

	static InitiativeMetric metric(String key) {
		try {
			return InitiativeMetric.of(key);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("metric", "must be nps, csat or ces");
		}
	}

	static List<String> units(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new InvalidFieldException(field, "must be a list of units");
		}
		List<String> units = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isString()) {
				throw new InvalidFieldException(field + "[" + i + "]", "must be a unit's name");
			}
			units.add(node.get(i).asString().strip());
		}
		return units;
	}

	static double effect(JsonNode body, String field, @Nullable Double current) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			if (current == null) {
				throw new InvalidFieldException(field, "is required: the smallest effect worth detecting, in points");
			}
			return current;
		}
		if (!node.isNumber()) {
			throw new InvalidFieldException(field, "must be a number of the metric's points");
		}
		return node.asDouble();
	}

	private static Initiative.@Nullable Insight insight(JsonNode body) {
		JsonNode node = body.get("insight");
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw new InvalidFieldException("insight", "must be {kind, ref, label}");
		}
		JsonFields f = new JsonFields(node);
		String kind = f.requiredText("kind", 20);
		if (!INSIGHTS.contains(kind)) {
			throw new InvalidFieldException("insight.kind", "must be pain_point, driver, theme, root_cause or idea");
		}
		return new Initiative.Insight(kind, f.requiredText("ref", 300), f.text("label", 300));
	}

	static @Nullable UUID id(JsonFields f, String field) {
		String value = f.text(field, 100);
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	static @Nullable LocalDate date(JsonFields f, String field) {
		return Dates.parseDate(field, f.text(field, 20));
	}

	private static LocalDate required(String field, @Nullable LocalDate date) {
		if (date == null) {
			throw new InvalidFieldException(field, "is required (yyyy-mm-dd)");
		}
		return date;
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return value == null ? otherwise : value;
	}
}
