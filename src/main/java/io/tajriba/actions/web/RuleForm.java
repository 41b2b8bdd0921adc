package io.tajriba.actions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The rule editor's form, turned into the rule body the API takes (so both check it the same way), and a rule
 * turned back into the form's fields. Conditions are rows {@code field0, op0, value0, question0} ... up to
 * {@link #ROWS}; a row without a field is left out; values of "in" are separated by commas.
 */
final class RuleForm {

	static final int ROWS = 5;

	private RuleForm() {
	}

	static RuleJson.Body body(MultiValueMap<String, String> form) {
		List<RuleJson.ConditionBody> conditions = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String field = one(form, "field" + i);
			if (field == null) {
				continue;
			}
			String op = one(form, "op" + i);
			String value = one(form, "value" + i);
			var values = JsonNodeFactory.instance.arrayNode();
			if (value != null) {
				Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
			}
			conditions.add(new RuleJson.ConditionBody(field, op, "in".equals(op) ? values
					: values.isEmpty() ? null : values.get(0), one(form, "question" + i)));
		}
		String trigger = one(form, "trigger");
		RuleJson.MetricBody metric = "metric".equals(trigger) ? new RuleJson.MetricBody(one(form, "metric"),
				one(form, "metricScope"), one(form, "metricValue"), number(form, "windowDays"), one(form, "mode"),
				decimal(form, "threshold"), number(form, "minimum")) : null;
		return new RuleJson.Body(one(form, "name"), trigger, one(form, "match"), conditions,
				new RuleJson.ScopeBody(ids(form, "surveys"), list(form, "channels"), list(form, "touchpoints"),
						ids(form, "personas"), list(form, "languages")),
				metric, one(form, "priority"), new RuleJson.AssignmentBody(one(form, "assignTo"),
						id(form, "assignUser"), one(form, "assignRole"), id(form, "assignTeam")),
				form.containsKey("reassignOnBreach"), form.containsKey("paused"));
	}

	/** A saved rule as the form's fields. */
	static Map<String, String> fields(RuleJson.View rule) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("name", rule.name());
		f.put("trigger", rule.trigger());
		f.put("match", rule.match());
		for (int i = 0; i < rule.conditions().size(); i++) {
			var c = rule.conditions().get(i);
			f.put("field" + i, c.field());
			f.put("op" + i, c.op());
			f.put("value" + i, c.value() instanceof List<?> values ? String.join(", ", values.stream()
				.map(String::valueOf).toList()) : String.valueOf(c.value()));
			f.put("question" + i, c.question() == null ? "" : c.question());
		}
		f.put("channels", String.join(", ", rule.scope().channels()));
		f.put("touchpoints", String.join(", ", rule.scope().touchpoints()));
		f.put("languages", String.join(", ", rule.scope().languages()));
		f.put("surveys", String.join(",", rule.scope().surveys().stream().map(UUID::toString).toList()));
		f.put("personas", String.join(",", rule.scope().personas().stream().map(UUID::toString).toList()));
		if (rule.metric() != null) {
			var m = rule.metric();
			f.put("metric", m.metric());
			f.put("metricScope", m.scope());
			f.put("metricValue", m.value() == null ? "" : m.value());
			f.put("windowDays", String.valueOf(m.windowDays()));
			f.put("mode", m.mode());
			f.put("threshold", String.valueOf(m.threshold()));
			f.put("minimum", String.valueOf(m.minimum()));
		}
		f.put("priority", rule.priority());
		f.put("assignTo", rule.assignment().to());
		f.put("assignUser", rule.assignment().user() == null ? "" : rule.assignment().user().toString());
		f.put("assignRole", rule.assignment().role() == null ? "" : rule.assignment().role());
		f.put("assignTeam", rule.assignment().team() == null ? "" : rule.assignment().team().toString());
		if (rule.reassignOnBreach()) {
			f.put("reassignOnBreach", "on");
		}
		if (rule.paused()) {
			f.put("paused", "on");
		}
		return f;
	}

	/** What was typed, one value a field (several selected options joined by commas), to show the form again. */
	static Map<String, String> typed(MultiValueMap<String, String> form) {
		Map<String, String> f = new LinkedHashMap<>();
		form.forEach((k, v) -> f.put(k, String.join(",", v)));
		return f;
	}

	private static @Nullable String one(MultiValueMap<String, String> form, String key) {
		String value = form.getFirst(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> list(MultiValueMap<String, String> form, String key) {
		String value = one(form, key);
		return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
			.toList();
	}

	private static List<UUID> ids(MultiValueMap<String, String> form, String key) {
		List<String> given = form.getOrDefault(key, List.of());
		return given.stream().filter(v -> v != null && !v.isBlank()).map(v -> uuid(key, v)).toList();
	}

	private static @Nullable UUID id(MultiValueMap<String, String> form, String key) {
		String value = one(form, key);
		return value == null ? null : uuid(key, value);
	}

	private static UUID uuid(String key, String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(key, "is not one of the choices");
		}
	}

	private static @Nullable Integer number(MultiValueMap<String, String> form, String key) {
		String value = one(form, key);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("metric." + key, "must be a whole number");
		}
	}

	private static @Nullable Double decimal(MultiValueMap<String, String> form, String key) {
		String value = one(form, key);
		try {
			return value == null ? null : Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("metric." + key, "must be a number");
		}
	}
}
