package io.tajriba.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a batch body, NDJSON (one object a line) or a JSON array, into numbered rows. A line that is not JSON
 * becomes a row with a parse error, so that it can be reported and kept while the other rows go on.
 */
public final class BatchReader {

	/** One row of a batch: its line (NDJSON) or position (array, from 1), raw text, and the parsed object. */
	public record Row(int line, String raw, @Nullable JsonNode json, @Nullable String error) {
	}

	/** The batch has more rows than allowed: answered 413 before anything is stored. */
	public static class TooManyRowsException extends RuntimeException {

		public TooManyRowsException(int limit) {
			super("A request may carry at most " + limit + " rows; split the batch or use the bulk import");
		}
	}

	private BatchReader() {
	}

	/** Whether a request's content type says NDJSON (anything else is read as a JSON array). */
	public static boolean isNdjson(@Nullable String contentType) {
		return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-ndjson");
	}

	public static List<Row> read(InputStream body, boolean ndjson, int maxRows, ObjectMapper mapper) {
		try {
			return ndjson ? lines(body, maxRows, mapper) : array(body, maxRows, mapper);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Row> lines(InputStream body, int maxRows, ObjectMapper mapper) throws IOException {
		List<Row> rows = new ArrayList<>();
		var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
		String text;
		int line = 0;
		while ((text = reader.readLine()) != null) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			if (rows.size() == maxRows) {
				throw new TooManyRowsException(maxRows);
			}
			rows.add(parse(line, text, mapper));
		}
		return rows;
	}

	/** One row parsed on its own, e.g. a corrected row sent again. */
	public static Row parse(int line, String text, ObjectMapper mapper) {
		try {
			JsonNode node = mapper.readTree(text);
			if (node == null || !node.isObject()) {
				return new Row(line, text, null, "must be a JSON object");
			}
			return new Row(line, text, node, null);
		}
		catch (JacksonException e) {
			return new Row(line, text, null, "is not valid JSON: " + e.getOriginalMessage());
		}
	}

	private static List<Row> array(InputStream body, int maxRows, ObjectMapper mapper) {
		List<Row> rows = new ArrayList<>();
		// each element is read on its own, with the rest of the array still to come
		ObjectReader elements = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		try (JsonParser parser = mapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new InvalidFieldException("body", "must be a JSON array of objects or NDJSON");
			}
			int position = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				position++;
				if (rows.size() == maxRows) {
					throw new TooManyRowsException(maxRows);
				}
				JsonNode node = elements.readValue(parser);
				rows.add(node != null && node.isObject() ? new Row(position, node.toString(), node, null)
						: new Row(position, String.valueOf(node), null, "must be a JSON object"));
			}
		}
		catch (JacksonException e) {
			throw new InvalidFieldException("body", "is not a valid JSON array: " + e.getOriginalMessage());
		}
		return rows;
	}
}
