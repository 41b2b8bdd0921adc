package io.tajriba.reports.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tajriba.platform.CsvWriter;
import io.tajriba.reports.domain.ExportFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Rows written as they come in one format: NDJSON (one JSON object a line, nothing else), CSV (byte order mark,
 * header line, formulas disarmed) or XLSX (a header row, then text cells, formulas disarmed as in CSV).
 */
abstract class ExportSink {

	abstract void write(ExportRow row);

	/** Pushes what was written so far to the stream (a page is done). */
	abstract void flush();

	abstract void finish();

	static ExportSink of(ExportFormat format, List<String> header, OutputStream out, ObjectMapper mapper) {
		return switch (format) {
			case NDJSON -> new Ndjson(out, mapper);
			case CSV -> new Csv(out, header);
			case XLSX -> new Xlsx(out, header);
		};
	}

	private static final class Ndjson extends ExportSink {

		private final Writer out;
		private final ObjectMapper mapper;

		Ndjson(OutputStream out, ObjectMapper mapper) {
			this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			this.mapper = mapper;
		}

		@Override
		void write(ExportRow row) {
			try {
				out.write(mapper.writeValueAsString(row.json()));
				out.write('\n');
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		void flush() {
			try {
				out.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		void finish() {
			flush();
		}
	}

	private static final class Csv extends ExportSink {

		private final Writer out;
		private final CsvWriter csv;

		Csv(OutputStream out, List<String> header) {
			this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			this.csv = new CsvWriter(this.out).bom();
			csv.row(List.copyOf(header));
		}

		@Override
		void write(ExportRow row) {
			csv.row(row.cells());
		}

		@Override
		void flush() {
			try {
				out.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		void finish() {
			flush();
		}
	}

	private static final class Xlsx extends ExportSink {

		private final Workbook workbook;
		private final Worksheet sheet;
		private int row;

		Xlsx(OutputStream out, List<String> header) {
			this.workbook = new Workbook(out, "Tajriba", "1.0");
			this.sheet = workbook.newWorksheet("Export");
			cells(header);
		}

		@Override
		void write(ExportRow row) {
			cells(row.cells());
		}

		private void cells(List<@Nullable String> cells) {
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c);
				if (cell != null && !cell.isEmpty()) {
					sheet.inlineString(row, c, CsvWriter.neutralised(cell));
				}
			}
			row++;
		}

		@Override
		void flush() {
			try {
				sheet.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		void finish() {
			try {
				workbook.finish();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
