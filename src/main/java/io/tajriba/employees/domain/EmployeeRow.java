package io.tajriba.employees.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One row of the employee directory as sent (API, CSV import), checked field by field. A field left out of the row
 * is not {@link #gives given} and keeps its stored value; a field given empty clears it. {@code user} is a member's
 * e-mail or user id, resolved against the workspace later, as are the team and the agent.
 */
public record EmployeeRow(String id, String name, @Nullable String email, String team, @Nullable String department,
		@Nullable String location, @Nullable String manager, @Nullable String user, @Nullable String agent,
		@Nullable String language, @Nullable Boolean active, Set<String> given) {

	public static final Set<String> LANGUAGES = Set.of("en", "fa", "ar", "he");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	public EmployeeRow {
		given = Set.copyOf(given);
	}

	public boolean gives(String field) {
		return given.contains(field);
	}

	public static EmployeeRow parse(JsonNode json) {
		JsonFields fields = new JsonFields(json);
		String id = fields.requiredText("id", 200).strip();
		String name = fields.requiredText("name", 200).strip();
		String team = fields.requiredText("team", 120).strip();
		String manager = stripped(fields.text("manager", 200));
		if (id.equals(manager)) {
			throw new InvalidFieldException("manager", "must be another employee's id");
		}
		Set<String> given = new java.util.HashSet<>();
		json.propertyNames().forEach(given::add);
		return new EmployeeRow(id, name, email(stripped(fields.text("email", 320))), team,
				stripped(fields.text("department", 120)), stripped(fields.text("location", 120)), manager,
				stripped(fields.text("user", 320)), stripped(fields.text("agent", 200)),
				language(stripped(fields.text("language", 10))), active(json.get("active")), given);
	}

	private static @Nullable String stripped(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static @Nullable String email(@Nullable String email) {
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidFieldException("email", "is not an e-mail address");
		}
		return email;
	}

	static @Nullable String language(@Nullable String language) {
		if (language == null) {
			return null;
		}
		String lang = language.toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(lang)) {
			throw new InvalidFieldException("language", "must be en, fa, ar or he");
		}
		return lang;
	}

	static @Nullable Boolean active(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		String text = value.isString() ? value.asString().strip().toLowerCase(Locale.ROOT) : "";
		return switch (text) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new InvalidFieldException("active", "must be true or false");
		};
	}
}
