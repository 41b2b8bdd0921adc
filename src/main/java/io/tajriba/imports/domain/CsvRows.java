package io.tajriba.imports.domain;

import java.math.BigDecimal;
import java.util.List;

import io.tajriba.imports.domain.CsvRecords.CsvRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns CSV records into the JSON objects the API takes, by the header's column names. Empty cells are absent;
 * a value that is not what its field wants is kept as text, so that the row is rejected naming that field.
 */
final class CsvRows {

	private static final int MAX_DIGITS = 100;

	private final List<String> header;
	private final ImportKind kind;
	private final ObjectMapper mapper;

	CsvRows(List<String> header, ImportKind kind, ObjectMapper mapper) {
		this.header = header.stream().map(String::strip).toList();
		this.kind = kind;
		this.mapper = mapper;
	}

	/** The JSON object of a record; a record with more cells than the header has is an error. */
	ObjectNode toJson(CsvRecord record) {
		if (record.fields().size() > header.size()) {
			throw new IllegalArgumentException("has " + record.fields().size() + " cells but the header has "
					+ header.size() + " columns");
		}
		ObjectNode row = mapper.createObjectNode();
		for (int i = 0; i < record.fields().size(); i++) {
			String column = header.get(i);
			String value = record.fields().get(i);
			if (column.isEmpty() || value.isBlank()) {
				continue;
			}
			put(row, column, value);
		}
		return row;
	}

	private void put(ObjectNode row, String column, String value) {
		String object = kind.objectField();
		if (column.equals(object)) {
			row.set(column, json(value));
		}
		else if (column.startsWith(object + ".") && column.length() > object.length() + 1) {
			JsonNode existing = row.get(object);
			ObjectNode target = existing instanceof ObjectNode node ? node : row.putObject(object);
			target.put(column.substring(object.length() + 1), value);
		}
		else if (kind.isDecimal(column) || kind.isInteger(column)) {
			number(row, column, value.strip());
		}
		else {
			row.put(column, value);
		}
	}

	private static void number(ObjectNode row, String column, String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			if (Math.abs((long) number.precision() - number.scale()) > MAX_DIGITS) {
				// kept as written, and refused by its field: expanding 1E600000000 to an integer takes hours
				row.put(column, number);
			}
			else if (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0) {
				row.put(column, number.toBigIntegerExact());
			}
			else {
				row.put(column, number);
			}
		}
		catch (NumberFormatException | ArithmeticException e) {
			row.put(column, value);
		}
	}

	private JsonNode json(String value) {
		try {
			JsonNode node = mapper.readTree(value);
			return node != null && node.isObject() ? node : mapper.getNodeFactory().stringNode(value);
		}
		catch (JacksonException e) {
			return mapper.getNodeFactory().stringNode(value);
		}
	}
}
