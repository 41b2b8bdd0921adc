package io.tajriba.imports.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.imports.domain.TextLines.TooLong;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 records: fields separated by a delimiter, optionally quoted, quotes doubled inside quotes, line breaks
 * allowed inside quotes; CRLF or LF. Each record knows the line it starts on.
 */
final class CsvRecords {

	record CsvRecord(int line, List<String> fields) {
	}

	private final TextLines text;
	private final char delimiter;

	CsvRecords(TextLines text, char delimiter) {
		this.text = text;
		this.delimiter = delimiter;
	}

	/** The next record, null at the end; a record over the size bound throws {@link TooLong} and is skipped. */
	@Nullable CsvRecord next() throws IOException, TooLong {
		int line = text.line();
		if (text.peek() == -1) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int size = 0;
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			int c = text.read();
			if (++size > text.maxChars()) {
				if (c != '\n') {
					text.skipLine();
				}
				throw new TooLong(text.maxChars());
			}
			if (quoted) {
				if (c == -1) {
					break;
				}
				if (c == '"') {
					if (text.peek() == '"') {
						text.read();
						field.append('"');
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append((char) c);
				}
				continue;
			}
			if (c == -1 || c == '\n') {
				break;
			}
			if (c == '\r' && text.peek() == '\n') {
				continue;
			}
			if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else {
				field.append((char) c);
			}
		}
		fields.add(field.toString());
		return new CsvRecord(line, fields);
	}

	/** The delimiter a header line uses: the most frequent of comma, semicolon and tab outside quotes. */
	static char sniff(String header) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}
}
