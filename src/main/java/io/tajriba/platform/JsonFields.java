package io.tajriba.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one JSON row, naming the field in the error when a value has the wrong type or size. */
public final class JsonFields {

	static final String NUL = "must not contain the NUL character";
	private static final String OUT_OF_RANGE = "is out of range";
	private static final int MAX_DIGITS = 100;

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
		if (text.indexOf('\0') >= 0) {
			throw new InvalidFieldException(field, NUL);
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
			return Dates.checked(field, OffsetDateTime.parse(text).toInstant());
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
		if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
			throw new InvalidFieldException(field, OUT_OF_RANGE);
		}
		return bounded(field, value.decimalValue());
	}

	/**
	 * A number of at most 100 digits before the point; one below 10^-100 is zero. Scaling {@code 1E600000000} or
	 * {@code 1E-600000000} would take hours, so the exponent is looked at first.
	 */
	public static BigDecimal bounded(String field, BigDecimal number) {
		int magnitude = number.precision() - number.scale();
		if (magnitude > MAX_DIGITS) {
			throw new InvalidFieldException(field, OUT_OF_RANGE);
		}
		if (magnitude < -MAX_DIGITS || number.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return number.scale() > MAX_DIGITS ? number.setScale(MAX_DIGITS, RoundingMode.HALF_EVEN) : number;
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
		if (hasNul(value)) {
			throw new InvalidFieldException(field, NUL);
		}
		return json;
	}

	/** Whether a name or a text anywhere in the tree holds the NUL character, which PostgreSQL cannot store. */
	private static boolean hasNul(JsonNode node) {
		if (node.isString()) {
			return node.stringValue().indexOf('\0') >= 0;
		}
		if (node.isObject()) {
			for (var entry : node.properties()) {
				if (entry.getKey().indexOf('\0') >= 0 || hasNul(entry.getValue())) {
					return true;
				}
			}
			return false;
		}
		for (JsonNode element : node.values()) {
			if (hasNul(element)) {
				return true;
			}
		}
		return false;
	}

	private @Nullable JsonNode value(String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? null : value;
	}
}
