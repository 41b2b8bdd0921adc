package io.tajriba.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an export reads: survey responses, interactions or cases; {@link #key()} is how paths and files name it. */
public enum ExportKind {

	RESPONSES, INTERACTIONS, CASES;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExportKind> of(String key) {
		return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
	}
}
