package io.tajriba.customers.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's attributes (a JSON object) as rows of a key/value table: texts and numbers as they are, nested
 * objects and arrays as compact JSON.
 */
public final class AttributeTable {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private AttributeTable() {
	}

	public static Map<String, String> of(@Nullable String json) {
		Map<String, String> rows = new LinkedHashMap<>();
		if (json == null || json.isBlank()) {
			return rows;
		}
		try {
			JsonNode root = JSON.readTree(json);
			if (root == null || !root.isObject()) {
				return rows;
			}
			for (Map.Entry<String, JsonNode> field : root.properties()) {
				JsonNode value = field.getValue();
				rows.put(field.getKey(), value.isValueNode() && !value.isNull() ? value.asString() : value.toString());
			}
		}
		catch (JacksonException e) {
			rows.put("", json);
		}
		return rows;
	}
}
