package io.tajriba.quality.web;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading the fields of a request's JSON body, a wrong one answered with a 422 that names it. */
final class JsonFields {

	private JsonFields() {
	}

	/** The body must be a JSON object. */
	static void object(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
	}

	/** A string field, null when absent or null. */
	static @Nullable String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new InvalidFieldException(field, "must be a string");
		}
		return value.asString();
	}
}
