package io.tajriba.employees.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tajriba.employees.EmployeeTeam;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import tools.jackson.databind.JsonNode;

/** A team as sent: name and department (1 to 120 characters each), stages a list of journey stage keys. */
public final class TeamInput {

	static final int MAX_STAGES = 50;

	private TeamInput() {
	}

	public static EmployeeTeam parse(JsonNode json) {
		if (!json.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		JsonFields fields = new JsonFields(json);
		String name = fields.requiredText("name", 120).strip();
		String department = fields.requiredText("department", 120).strip();
		JsonNode stages = json.get("stages");
		List<String> keys = new ArrayList<>();
		if (stages != null && !stages.isNull()) {
			if (!stages.isArray()) {
				throw new InvalidFieldException("stages", "must be a list of journey stage keys");
			}
			for (JsonNode stage : stages.values()) {
				if (!stage.isString()) {
					throw new InvalidFieldException("stages", "must be a list of journey stage keys");
				}
				keys.add(stage.stringValue());
			}
		}
		return new EmployeeTeam(name, department, stages(keys));
	}

	/** The team with its name, department and stages checked, as any caller may have made it. */
	public static EmployeeTeam checked(EmployeeTeam team) {
		return new EmployeeTeam(text("name", team.name()), text("department", team.department()), stages(team.stages()));
	}

	private static String text(String field, String value) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > 120 || text.indexOf('\0') >= 0) {
			throw new InvalidFieldException(field, "must have 1 to 120 characters");
		}
		return text;
	}

	/** Stage keys stripped, without blanks and repeats, each at most 100 characters, at most 50 of them. */
	public static List<String> stages(List<String> keys) {
		Set<String> kept = new LinkedHashSet<>();
		for (String key : keys) {
			String k = key.strip();
			if (k.length() > 100 || k.indexOf('\0') >= 0) {
				throw new InvalidFieldException("stages", "a stage key has at most 100 characters");
			}
			if (!k.isEmpty()) {
				kept.add(k);
			}
		}
		if (kept.size() > MAX_STAGES) {
			throw new InvalidFieldException("stages", "at most " + MAX_STAGES + " stages");
		}
		return List.copyOf(kept);
	}
}
