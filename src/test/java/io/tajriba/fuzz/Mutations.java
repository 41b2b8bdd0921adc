package io.tajriba.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.fuzz.ApiFuzzTests.Attempt;
import io.tajriba.fuzz.ApiFuzzTests.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The requests that try one operation: the valid one, then one field, parameter or path id changed at a time. */
final class Mutations {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
	private static final int MAX_FIELDS = 10;
	private static final String MARK = "fuzz-replaced-7f3a";

	/** Replacements of one field, as JSON. */
	static final List<String> VALUES = List.of("null", "true", "0", "\"x\"", "[]", "{}", "-1", "1e400", "-1e400",
			"1E600000000", "1e-600000000", "123456789012345678901234567890", "\"\"",
			"\"" + "x".repeat(70_000) + "\"", "\"a\\u0000b\"", "\"\\u202Eevil\\u2066\\u200F\"",
			"\"-5000-01-01T00:00:00Z\"", "\"+999999999-12-31\"", "[null]", "{\"a\":{\"b\":[{\"c\":null}]}}");

	/** Whole bodies that are not what any operation wants. */
	static final List<String> BODIES = List.of("null", "[]", "{}", "\"x\"", "[null]", "{\"a\":", "1e400",
			"[".repeat(3000) + "]".repeat(3000), "{\"a\":\"\u0000\"}");

	/** Query parameters and path ids that are not what any operation wants. */
	static final List<String> PARAMETERS = List.of("", "\u0000", "-1", "0", "99999999999999999999", "1e400",
			"+1000000000-01-01T00:00:00Z", "+999999999-12-31", "-5000-01-01", "x".repeat(5_000), "\u202Eevil\u2066",
			"[]", "null", "2026-13-45", "a,b,,c");

	private static final List<String> PATH_IDS = List.of("junk", "-1", "0", "00000000-0000-0000-0000-000000000000",
			"x".repeat(300), "%E2%80%AE", "99999999999999999999", "null");

	private Mutations() {
	}

	static List<Attempt> of(Operation operation, List<String> ids) {
		List<Attempt> attempts = new ArrayList<>();
		String path = path(operation.path(), ids, -1, null);
		attempts.add(new Attempt(path, operation.body(), "as documented"));
		if (operation.body() != null) {
			body(operation.body(), path, attempts);
		}
		for (String name : operation.query()) {
			for (String value : PARAMETERS) {
				attempts.add(new Attempt(path + "?" + name + "=" + ApiFuzzTests.encoded(value), operation.body(),
						"query " + name + "=" + ApiFuzzTests.abbreviated(value)));
			}
		}
		for (int i = 0; i < ids.size(); i++) {
			for (String junk : PATH_IDS) {
				attempts.add(new Attempt(path(operation.path(), ids, i, junk), operation.body(), "path id " + i));
			}
		}
		return attempts;
	}

	private static void body(String valid, String path, List<Attempt> attempts) {
		for (String body : BODIES) {
			attempts.add(new Attempt(path, body, "whole body"));
		}
		JsonNode tree = JSON.readTree(valid);
		List<List<Object>> fields = SchemaSamples.paths(tree);
		for (List<Object> field : fields.subList(0, Math.min(fields.size(), MAX_FIELDS))) {
			for (String value : VALUES) {
				// the replacement goes in as written: read as a tree, 1e400 would turn into Infinity
				String body = SchemaSamples.replaced(tree, field, JSON.getNodeFactory().stringNode(MARK)).toString()
					.replace("\"" + MARK + "\"", value);
				attempts.add(new Attempt(path, body, "field " + field + " = " + ApiFuzzTests.abbreviated(value)));
			}
		}
	}

	private static String path(String template, List<String> ids, int junkAt, String junk) {
		Matcher parameter = PATH_PARAMETER.matcher(template);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (parameter.find()) {
			String value = i == junkAt ? junk : ids.get(i);
			parameter.appendReplacement(out, Matcher.quoteReplacement(value));
			i++;
		}
		parameter.appendTail(out);
		return out.toString();
	}
}
