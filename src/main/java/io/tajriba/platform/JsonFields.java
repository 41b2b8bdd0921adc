package io.tajriba.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one JSON row, naming the field in the error when a value has the wrong type or size. */
public final class JsonFields {

	private final JsonNode row;

	public JsonFields(JsonNode row) {
		this.row = row;
	}

	public @Nullable String text(String field, int maxLength) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isString() && !value.isNumber()) {
			throw new InvalidFieldException(field, "must be a string");
		}
		String text = value.isString() ? value.stringValue() : value.asString();
		if (text.length() > maxLength) {
			throw new InvalidFieldException(field, "must have at most " + maxLength + " characters");
		}
		return text.isBlank() ? null : text;
	}

	public String requiredText(String field, int maxLength) {
		String text = text(field, maxLength);
		if (text == null) {
			throw new InvalidFieldException(field, "is required");
		}
		return text;
	}

	/** An ISO-8601 timestamp with its offset, as in {@code 2026-03-21T09:30:00+03:30}. */
	public @Nullable Instant instant(String field) {
		String text = text(field, 64);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be an ISO-8601 timestamp with offset, e.g. 2026-03-21T09:30:00Z");
		}
	}

	public @Nullable BigDecimal decimal(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isNumber()) {
			throw new InvalidFieldException(field, "must be a number");
		}
		return value.decimalValue();
	}

	public @Nullable Integer integer(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new InvalidFieldException(field, "must be a whole number");
		}
		return value.intValue();
	}

	/** A JSON object, returned as its JSON text. */
	public @Nullable String object(String field, int maxLength) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			throw new InvalidFieldException(field, "must be a JSON object");
		}
		String json = value.toString();
		if (json.length() > maxLength) {
			throw new InvalidFieldException(field, "must have at most " + maxLength + " characters of JSON");
		}
		return json;
	}

	private @Nullable JsonNode value(String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? null : value;
	}
}
