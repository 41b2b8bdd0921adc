package io.tajriba.imports.domain;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * Reads characters with a bound on what one record may hold, so that a file without line breaks or with an
 * unterminated quote cannot fill the heap: the record is cut, reported and skipped up to the next line break.
 */
final class TextLines {

	private final Reader reader;
	private final int maxChars;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private int line = 1;

	TextLines(Reader reader, int maxChars) {
		this.reader = reader;
		this.maxChars = maxChars;
	}

	/** The next character, or -1 at the end. */
	int read() throws IOException {
		if (position == limit) {
			limit = reader.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		char c = buffer[position++];
		if (c == '\n') {
			line++;
		}
		return c;
	}

	/** Looks at the next character without taking it. */
	int peek() throws IOException {
		int c = read();
		if (c != -1) {
			position--;
			if (c == '\n') {
				line--;
			}
		}
		return c;
	}

	/** The line the next character is on, from 1. */
	int line() {
		return line;
	}

	int maxChars() {
		return maxChars;
	}

	/** Skips to just after the next line break. */
	void skipLine() throws IOException {
		int c;
		do {
			c = read();
		}
		while (c != -1 && c != '\n');
	}

	/** The next line without its line break, null at the end; over the bound, {@link TooLong}. */
	@Nullable String readLine() throws IOException, TooLong {
		StringBuilder text = new StringBuilder();
		int c = read();
		if (c == -1) {
			return null;
		}
		while (c != -1 && c != '\n') {
			if (text.length() == maxChars) {
				skipLine();
				throw new TooLong(maxChars);
			}
			text.append((char) c);
			c = read();
		}
		int end = text.length();
		if (end > 0 && text.charAt(end - 1) == '\r') {
			text.setLength(end - 1);
		}
		return text.toString();
	}

	/** A record longer than allowed; the reader has moved past it. */
	static final class TooLong extends Exception {

		TooLong(int maxChars) {
			super("is longer than " + maxChars + " characters");
		}
	}
}
