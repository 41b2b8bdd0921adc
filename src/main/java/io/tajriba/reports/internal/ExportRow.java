package io.tajriba.reports.internal;

import java.util.List;
import java.util.Map;

import io.tajriba.reports.domain.ExportCursor;
import org.jspecify.annotations.Nullable;

/** One exported row: its key (where a cursor after it resumes), as a JSON object, and as spreadsheet cells. */
public record ExportRow(ExportCursor key, Map<String, Object> json, List<@Nullable String> cells) {
}
