package io.tajriba.interactions.internal;

import org.jspecify.annotations.Nullable;

/** Rows in PostgreSQL's COPY CSV format: an unquoted empty field is NULL, everything else is quoted. */
final class CopyCsv {

	private final StringBuilder out = new StringBuilder(1 << 16);
	private boolean lineStarted;

	CopyCsv field(@Nullable Object value) {
		if (lineStarted) {
			out.append(',');
		}
		lineStarted = true;
		if (value != null) {
			String text = value.toString();
			out.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					out.append('"');
				}
				out.append(c);
			}
			out.append('"');
		}
		return this;
	}

	CopyCsv endLine() {
		out.append('\n');
		lineStarted = false;
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
