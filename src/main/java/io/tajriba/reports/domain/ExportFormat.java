package io.tajriba.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How rows are written: one JSON object a line, CSV (with a byte order mark), or an XLSX workbook. */
public enum ExportFormat {

	NDJSON("application/x-ndjson", "ndjson"), CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;
	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<ExportFormat> of(String key) {
		return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
	}
}
