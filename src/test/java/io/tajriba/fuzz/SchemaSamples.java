package io.tajriba.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid-looking value for an OpenAPI schema (its example or enum first), and the paths of its fields, so that
 * each can be replaced on its own.
 */
final class SchemaSamples {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final int MAX_DEPTH = 4;

	private final JsonNode schemas;

	SchemaSamples(JsonNode document) {
		this.schemas = document.path("components").path("schemas");
	}

	JsonNode sample(JsonNode schema) {
		return sample(schema, 0);
	}

	private JsonNode sample(JsonNode schema, int depth) {
		schema = resolve(schema);
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.has("enum") && !schema.get("enum").isEmpty()) {
			return schema.get("enum").get(0);
		}
		for (String union : List.of("oneOf", "anyOf", "allOf")) {
			if (schema.has(union) && !schema.get(union).isEmpty()) {
				return sample(schema.get(union).get(0), depth);
			}
		}
		return switch (type(schema)) {
			case "string" -> string(schema.path("format").asString(""));
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < MAX_DEPTH) {
					array.add(sample(schema.path("items"), depth + 1));
				}
				yield array;
			}
			default -> object(schema, depth);
		};
	}

	private JsonNode object(JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		if (depth >= MAX_DEPTH) {
			return object;
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			object.set(property.getKey(), sample(property.getValue(), depth + 1));
		}
		JsonNode additional = schema.path("additionalProperties");
		if (additional.isObject() && object.isEmpty()) {
			object.set("en", sample(additional, depth + 1));
		}
		return object;
	}

	private static JsonNode string(String format) {
		return NODES.stringNode(switch (format) {
			case "date-time" -> "2026-03-21T09:30:00Z";
			case "date" -> "2026-03-21";
			case "uuid" -> "00000000-0000-4000-8000-000000000001";
			case "email" -> "someone@example.com";
			case "uri" -> "https://example.com/hook";
			default -> "text";
		});
	}

	private JsonNode resolve(JsonNode schema) {
		for (int i = 0; i < 10 && schema.has("$ref"); i++) {
			String ref = schema.get("$ref").asString();
			schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return schema;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!t.asString().equals("null")) {
					return t.asString();
				}
			}
		}
		return type.asString("object");
	}

	/** The paths of every field and first element in a value, as lists of names and indexes, parents first. */
	static List<List<Object>> paths(JsonNode value) {
		List<List<Object>> paths = new ArrayList<>();
		collect(value, new ArrayList<>(), paths);
		return paths;
	}

	private static void collect(JsonNode value, List<Object> at, List<List<Object>> paths) {
		if (value.isObject()) {
			for (Map.Entry<String, JsonNode> field : value.properties()) {
				List<Object> path = new ArrayList<>(at);
				path.add(field.getKey());
				paths.add(path);
				collect(field.getValue(), path, paths);
			}
		}
		else if (value.isArray() && !value.isEmpty()) {
			List<Object> path = new ArrayList<>(at);
			path.add(0);
			paths.add(path);
			collect(value.get(0), path, paths);
		}
	}

	/** A copy of the value with the node at the path replaced. */
	static JsonNode replaced(JsonNode value, List<Object> path, JsonNode replacement) {
		JsonNode copy = value.deepCopy();
		JsonNode parent = copy;
		for (Object step : path.subList(0, path.size() - 1)) {
			parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.getLast();
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, replacement);
		}
		else {
			((ObjectNode) parent).set((String) last, replacement);
		}
		return copy;
	}
}
