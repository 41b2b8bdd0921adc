package io.tajriba.reports.internal;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.domain.ExportCursor;
import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Pages of an export by cursor. The page's end is found first (a read of keys alone), so that its cursor can go in
 * a header before the rows stream; the rows are then read up to that end a few hundred at a time and written as
 * they come, so a page of 10,000 is never held. Rows that arrive meanwhile come after the end: the next page.
 */
@Service
public class ExportService {

	public static final int DEFAULT_LIMIT = 1_000;
	public static final int MAX_LIMIT = 10_000;

	/** A page to write: the cursor of its last row (the one given when it is empty, null if none), and its rows. */
	public record Page(@Nullable String nextCursor, ExportFormat format, Writing rows) {
	}

	/** Writes the page's rows to a stream. */
	public interface Writing {
		void to(OutputStream out);
	}

	private final Map<ExportKind, ExportReader> readers = new EnumMap<>(ExportKind.class);
	private final ObjectMapper mapper;

	ExportService(List<ExportReader> readers, ObjectMapper mapper) {
		readers.forEach(r -> this.readers.put(r.kind(), r));
		this.mapper = mapper;
	}

	public ExportReader reader(ExportKind kind) {
		return readers.get(kind);
	}

	/** The kind a path names; 404 for any other (the exports are responses, interactions and cases). */
	public static ExportKind kind(String key) {
		return ExportKind.of(key).orElseThrow(() -> new io.tajriba.platform.NotFoundException("export kind"));
	}

	/** The page of at most {@code limit} rows after the cursor (from the start when null). */
	public Page page(UUID workspaceId, ExportKind kind, @Nullable String after, @Nullable Integer limit,
			@Nullable String format) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.NDJSON
				: ExportFormat.of(format).filter(f -> f != ExportFormat.XLSX)
					.orElseThrow(() -> new InvalidFieldException("format", "must be ndjson or csv"));
		ExportCursor cursor = after == null || after.isBlank() ? null
				: ExportCursor.decode(kind, after).orElseThrow(() -> new InvalidFieldException("after",
						"is not a cursor of this export: give the Export-Next-Cursor of its last page"));
		ExportReader reader = reader(kind);
		Optional<ExportCursor> end = reader.pageEnd(workspaceId, cursor, size, ExportPeriod.ALL);
		String next = end.map(ExportCursor::encode).orElse(after == null || after.isBlank() ? null : after);
		return new Page(next, chosen, out -> {
			ExportSink sink = ExportSink.of(chosen, reader.header(), out, mapper);
			if (end.isPresent()) {
				reader.read(workspaceId, cursor, end.get(), ExportPeriod.ALL, rows -> {
					rows.forEach(sink::write);
					sink.flush();
				});
			}
			sink.finish();
		});
	}

	public static ExportFormat format(String key) {
		return ExportFormat.of(key).orElseThrow(() -> new InvalidFieldException("format", "must be csv, ndjson or xlsx"));
	}
}
