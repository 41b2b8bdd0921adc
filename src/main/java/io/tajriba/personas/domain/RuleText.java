package io.tajriba.personas.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tajriba.platform.InvalidFieldException;

/**
 * A rule written as text, one condition a line: {@code field op values}, values separated by commas, e.g.
 * {@code channelShare.app gte 0.5} or {@code attributes.city in Tehran, Shiraz}.
 */
public final class RuleText {

	private RuleText() {
	}

	public static List<PersonaCondition> parse(String text) {
		List<PersonaCondition> conditions = new ArrayList<>();
		String[] lines = text.strip().isEmpty() ? new String[0] : text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 3);
			if (parts.length < 3) {
				throw new InvalidFieldException("rule", "line " + (i + 1) + " must read: field operator values");
			}
			conditions.add(new PersonaCondition(parts[0], parts[1],
					Arrays.stream(parts[2].split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList()));
		}
		return conditions;
	}

	public static String format(List<PersonaCondition> conditions) {
		return String.join("\n", conditions.stream().map(PersonaCondition::toString).toList());
	}
}
