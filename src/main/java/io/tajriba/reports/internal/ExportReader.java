package io.tajriba.reports.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.reports.domain.ExportCursor;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import org.jspecify.annotations.Nullable;

/** Reads one kind of row of a workspace in the order of its key, a page at a time. */
public interface ExportReader {

	ExportKind kind();

	/** The names of the spreadsheet columns, in the order of {@link ExportRow#cells()}. */
	List<String> header();

	/** The key of the {@code limit}-th row after {@code after} (from the first when null), or of the last if fewer. */
	Optional<ExportCursor> pageEnd(UUID workspaceId, @Nullable ExportCursor after, int limit, ExportPeriod period);

	/** The rows after {@code after} up to {@code upTo} included (either end open when null), a page at a time. */
	void read(UUID workspaceId, @Nullable ExportCursor after, @Nullable ExportCursor upTo, ExportPeriod period,
			Consumer<List<ExportRow>> page);

	long count(UUID workspaceId, ExportPeriod period);
}
