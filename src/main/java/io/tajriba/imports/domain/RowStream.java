package io.tajriba.imports.domain;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.imports.domain.CsvRecords.CsvRecord;
import io.tajriba.imports.domain.TextLines.TooLong;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.BatchReader.Row;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * A CSV or NDJSON file read as a stream of numbered rows, a batch at a time: memory holds one batch, whatever the
 * size of the file. Rows that cannot be read (too long, not JSON, too many cells) come as rows with an error, so
 * that they are reported and kept like any other rejected row.
 */
public final class RowStream implements Closeable {

	/** No single record may be longer than this; the API's own limits on fields are far below it. */
	public static final int MAX_RECORD_CHARS = 1 << 20;

	private final Counting counting;
	private final TextLines text;
	private final ImportFormat format;
	private final ObjectMapper mapper;
	private final @Nullable CsvRecords csv;
	private final @Nullable CsvRows csvRows;
	private @Nullable Row headerError;

	public RowStream(InputStream in, ImportFormat format, ImportKind kind, ObjectMapper mapper) throws IOException {
		this(in, format, kind, mapper, MAX_RECORD_CHARS);
	}

	RowStream(InputStream in, ImportFormat format, ImportKind kind, ObjectMapper mapper, int maxChars)
			throws IOException {
		this.counting = new Counting(in);
		this.format = format;
		this.mapper = mapper;
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(withoutBom(counting), StandardCharsets.UTF_8), 1 << 16);
		this.text = new TextLines(reader, maxChars);
		if (format == ImportFormat.CSV) {
			reader.mark(1 << 16);
			char[] start = new char[1 << 16];
			int n = Math.max(0, reader.read(start));
			reader.reset();
			String first = new String(start, 0, n).lines().findFirst().orElse("");
			this.csv = new CsvRecords(text, CsvRecords.sniff(first));
			Row error = null;
			CsvRows rows = null;
			try {
				CsvRecord header = csv.next();
				rows = header == null ? null : new CsvRows(header.fields(), kind, mapper);
			}
			catch (TooLong e) {
				error = new Row(1, "", null, "the header " + e.getMessage());
			}
			this.csvRows = rows;
			this.headerError = error;
		}
		else {
			this.csv = null;
			this.csvRows = null;
			this.headerError = null;
		}
	}

	/** Up to {@code max} rows; an empty list at the end of the file. */
	public List<Row> next(int max) throws IOException {
		List<Row> rows = new ArrayList<>(Math.min(max, 8192));
		if (headerError != null) {
			rows.add(headerError);
			headerError = null;
			return rows;
		}
		while (rows.size() < max) {
			Row row = format == ImportFormat.CSV ? nextCsv() : nextLine();
			if (row == null) {
				break;
			}
			rows.add(row);
		}
		return rows;
	}

	/** Bytes of the file read so far, for progress. */
	public long bytesRead() {
		return counting.count;
	}

	private @Nullable Row nextLine() throws IOException {
		while (true) {
			int line = text.line();
			try {
				String value = text.readLine();
				if (value == null) {
					return null;
				}
				if (!value.isBlank()) {
					return BatchReader.parse(line, value, mapper);
				}
			}
			catch (TooLong e) {
				return new Row(line, "", null, "the line " + e.getMessage());
			}
		}
	}

	private @Nullable Row nextCsv() throws IOException {
		if (csv == null || csvRows == null) {
			return null;
		}
		while (true) {
			int line = text.line();
			try {
				CsvRecord record = csv.next();
				if (record == null) {
					return null;
				}
				if (record.fields().stream().allMatch(String::isBlank)) {
					continue;
				}
				try {
					var json = csvRows.toJson(record);
					return new Row(record.line(), json.toString(), json, null);
				}
				catch (IllegalArgumentException e) {
					return new Row(record.line(), String.join(",", record.fields()), null, "the row " + e.getMessage());
				}
			}
			catch (TooLong e) {
				return new Row(line, "", null, "the row " + e.getMessage());
			}
		}
	}

	private static InputStream withoutBom(InputStream in) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		byte[] start = pushback.readNBytes(3);
		boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
				&& (start[2] & 0xFF) == 0xBF;
		if (!bom) {
			pushback.unread(start);
		}
		return pushback;
	}

	@Override
	public void close() throws IOException {
		counting.close();
	}

	private static final class Counting extends FilterInputStream {

		private long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b == -1 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			count += Math.max(n, 0);
			return n;
		}
	}
}
