package io.tajriba.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and text that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, so it is shown, never run.
 * Excel reads UTF-8 (Persian, Arabic, Hebrew) only after a byte order mark: {@link #bom()} writes it.
 */
public final class CsvWriter {

	private final Writer out;

	public CsvWriter(Writer out) {
		this.out = out;
	}

	public CsvWriter bom() {
		write("\uFEFF");
		return this;
	}

	public CsvWriter row(List<@Nullable String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quoted(neutralised(cells.get(i))));
		}
		write(line.append("\r\n").toString());
		return this;
	}

	/** The text as a spreadsheet should show it: formulas disarmed. */
	public static String neutralised(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	private static String quoted(String text) {
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
