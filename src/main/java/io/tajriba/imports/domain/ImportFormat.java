package io.tajriba.imports.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** The file formats a bulk import reads: CSV with a header row, or NDJSON (one JSON object a line). */
public enum ImportFormat {

	CSV, NDJSON;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ImportFormat of(String field, String value) {
		for (ImportFormat format : values()) {
			if (format.key().equalsIgnoreCase(value.trim())) {
				return format;
			}
		}
		throw new InvalidFieldException(field, "must be csv or ndjson");
	}

	/** The format a file name or content type tells, or null when neither does. */
	public static @Nullable ImportFormat guess(@Nullable String fileName, @Nullable String contentType) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".tsv") || type.startsWith("text/csv")
				|| type.startsWith("text/tab-separated-values")) {
			return CSV;
		}
		if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || type.startsWith("application/x-ndjson")
				|| type.startsWith("application/jsonl")) {
			return NDJSON;
		}
		return null;
	}
}
