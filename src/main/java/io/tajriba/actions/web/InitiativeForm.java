package io.tajriba.actions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.Measurement;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an initiative's form sent, kept as typed so that a refused form comes back as it was, and turned into the
 * API's JSON body so that the pages follow the API's rules and name its fields in their errors.
 */
record InitiativeForm(Map<String, String> fields, List<String> treated, List<String> control, boolean suggest) {

	static final List<String> TEXTS = List.of("title", "description", "owner", "metric", "survey", "unitKind",
			"baselineFrom", "baselineTo", "launchOn", "minEffect", "plannedEnd", "insightKind", "insightRef",
			"insightLabel", "stage", "touchpoint", "reason", "pickerKind");

	InitiativeForm {
		fields = Map.copyOf(fields);
		treated = List.copyOf(treated);
		control = List.copyOf(control);
	}

	/** The form as posted; controls are suggested when none is ticked and the suggestion is left on. */
	static InitiativeForm of(MultiValueMap<String, String> params) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : TEXTS) {
			String value = params.getFirst(name);
			if (value != null) {
				fields.put(name, value);
			}
		}
		return new InitiativeForm(fields, units(params.get("treated")), units(params.get("control")),
				params.containsKey("suggestControls"));
	}

	/** The edit form filled with the initiative as it is. */
	static InitiativeForm of(Initiative i) {
		Measurement m = i.measurement();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", i.title());
		fields.put("description", i.description());
		fields.put("owner", i.owner() == null ? "" : i.owner().toString());
		fields.put("metric", m.metric().key());
		fields.put("survey", m.survey() == null ? "" : m.survey().toString());
		fields.put("unitKind", m.unitKind().key());
		fields.put("pickerKind", m.unitKind().key());
		fields.put("baselineFrom", m.baselineFrom().toString());
		fields.put("baselineTo", m.baselineTo().toString());
		fields.put("launchOn", m.launchOn().toString());
		fields.put("minEffect", plain(m.minEffect()));
		fields.put("plannedEnd", m.plannedEnd().toString());
		return new InitiativeForm(fields, m.treated(), m.control(), false);
	}

	/** A field as typed, or empty. */
	public String get(String name) {
		return fields.getOrDefault(name, "");
	}

	public boolean isTreated(String unit) {
		return treated.contains(unit);
	}

	public boolean isControl(String unit) {
		return control.contains(unit);
	}

	/** The same form with other values for some fields. */
	InitiativeForm with(Map<String, String> changed, List<String> treated, List<String> control) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putAll(changed);
		return new InitiativeForm(all, treated, control, suggest);
	}

	/** The body of POST /api/v1/initiatives (and of PATCH, with the reason): blank fields left to the defaults. */
	ObjectNode json(ObjectMapper mapper, boolean change) {
		ObjectNode body = mapper.createObjectNode();
		for (String name : List.of("title", "description", "owner", "metric", "survey", "unitKind", "stage",
				"touchpoint", "reason")) {
			if (fields.containsKey(name)) {
				body.put(name, fields.get(name));
			}
		}
		for (String day : List.of("baselineFrom", "baselineTo", "launchOn", "plannedEnd")) {
			if (!get(day).isBlank()) {
				body.put(day, get(day).strip());
			}
		}
		number(body, "minEffect", get("minEffect"));
		array(body.putArray("treated"), treated);
		if (change || !control.isEmpty() || !suggest) {
			array(body.putArray("control"), control);
			body.put("suggestControls", false);
		}
		if (!change && !get("insightKind").isBlank()) {
			ObjectNode insight = body.putObject("insight");
			insight.put("kind", get("insightKind"));
			insight.put("ref", get("insightRef"));
			insight.put("label", get("insightLabel"));
		}
		return body;
	}

	/** The body of POST /api/v1/initiatives/power and .../controls. */
	ObjectNode planning(ObjectMapper mapper) {
		ObjectNode body = json(mapper, true);
		number(body, "effect", get("minEffect"));
		return body;
	}

	/** A number as a number; anything else as typed, for the API's rules to refuse naming the field. */
	private static void number(ObjectNode body, String field, String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return;
		}
		try {
			body.put(field, Double.parseDouble(value));
		}
		catch (NumberFormatException e) {
			body.put(field, value);
		}
	}

	/** A number as typed into a form: 5 rather than 5.0. */
	static String plain(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	private static void array(ArrayNode array, List<String> units) {
		units.forEach(array::add);
	}

	private static List<String> units(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
	}
}
