package io.tajriba.reports.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.reports.internal.ExportJob;
import io.tajriba.reports.internal.ExportJobs;
import io.tajriba.reports.internal.ExportService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Exports", description = "Every response, interaction and case of the workspace, read incrementally by "
		+ "cursor or written to a file in the background.")
@RestController
class ExportApi {

	static final String NEXT = "Export-Next-Cursor";

	private final Workspaces workspaces;
	private final ExportService exports;
	private final ExportJobs jobs;

	ExportApi(Workspaces workspaces, ExportService exports, ExportJobs jobs) {
		this.workspaces = workspaces;
		this.exports = exports;
		this.jobs = jobs;
	}

	@Operation(summary = "A page of rows of one kind (responses: completed customer responses, each with its scores, "
			+ "the analysis of its texts and its case; interactions; cases) in a stable order (responses as they were "
			+ "completed, interactions as they were received, cases by number), after the cursor given as after "
			+ "(from the first row when absent). limit 1 to 10000 (1000 by default); format ndjson (default, one JSON "
			+ "object a line and nothing else) or csv (byte order mark, formulas disarmed). The header "
			+ "Export-Next-Cursor carries the cursor of the page's last row (the one given when the page is empty): "
			+ "call again with it to get only the rows that arrived since.")
	@GetMapping("/api/v1/exports/{kind}")
	void page(@PathVariable String kind, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String format, HttpServletResponse response)
			throws java.io.IOException {
		ExportKind chosen = ExportService.kind(kind);
		ExportService.Page page = exports.page(workspaces.current().workspaceId(), chosen, after, number(limit),
				format);
		response.setContentType(page.format().contentType());
		if (page.nextCursor() != null) {
			response.setHeader(NEXT, page.nextCursor());
		}
		response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, NEXT);
		// written as read, a few hundred rows at a time, on this request's own thread: a StreamingResponseBody
		// would finish on an async dispatch, which the security chain does not authenticate for API keys
		page.rows().to(response.getOutputStream());
	}

	@Operation(summary = "Start a background export of one kind: format csv, ndjson or xlsx, optional from and to "
			+ "(dates, both included, in the workspace's time zone: when responses were completed, interactions "
			+ "occurred, cases were opened). Answers 202 with the job; follow it at /api/v1/exports/jobs/{id}.")
	@PostMapping("/api/v1/exports/{kind}/jobs")
	ResponseEntity<ExportJobJson> start(@PathVariable String kind, @RequestBody(required = false) @Nullable JsonNode body) {
		ExportKind chosen = ExportService.kind(kind);
		Access access = workspaces.current();
		String format = text(body, "format");
		ExportFormat how = ExportService.format(format == null ? "csv" : format);
		ExportPeriod period = period(text(body, "from"), text(body, "to"),
				workspaces.workspace(access.workspaceId()).timeZone());
		ExportJob job = jobs.request(access, chosen, how, period);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(java.net.URI.create("/api/v1/exports/jobs/" + job.id()))
			.body(ExportJobJson.of(job));
	}

	@Operation(summary = "A background export: status (queued, running, done, failed), rowsWritten, totalEstimate "
			+ "(rows counted when it started), progress 0-1, and download once done (kept 7 days).")
	@GetMapping("/api/v1/exports/jobs/{id}")
	ExportJobJson job(@PathVariable UUID id) {
		return ExportJobJson.of(jobs.get(workspaces.current().workspaceId(), id));
	}

	@Operation(summary = "The file of a background export that is done (409 while it is not).")
	@GetMapping("/api/v1/exports/jobs/{id}/download")
	ResponseEntity<Resource> download(@PathVariable UUID id) {
		ExportJob job = jobs.get(workspaces.current().workspaceId(), id);
		if (!job.done()) {
			throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"The export is " + job.status() + ", not done"), null);
		}
		Path file = jobs.file(job).orElseThrow(() -> new NotFoundException("export file"));
		try {
			return ResponseEntity.ok().contentType(MediaType.parseMediaType(job.format().contentType()))
				.contentLength(Files.size(file))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(job.fileName()).build().toString())
				.body(new FileSystemResource(file));
		}
		catch (java.io.IOException e) {
			throw new NotFoundException("export file");
		}
	}

	static ExportPeriod period(@Nullable String from, @Nullable String to, ZoneId zone) {
		LocalDate start = Dates.parseDate("from", from);
		LocalDate end = Dates.parseDate("to", to);
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidFieldException("to", "must not come before from");
		}
		Instant fromAt = start == null ? null : start.atStartOfDay(zone).toInstant();
		Instant toAt = end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant();
		return new ExportPeriod(fromAt, toAt);
	}

	private static @Nullable Integer number(@Nullable String limit) {
		if (limit == null || limit.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(limit.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("limit", "must be a whole number between 1 and " + ExportService.MAX_LIMIT);
		}
	}

	private static @Nullable String text(@Nullable JsonNode body, String field) {
		if (body == null || !body.isObject() || body.get(field) == null || body.get(field).isNull()) {
			return null;
		}
		if (!body.get(field).isString()) {
			throw new InvalidFieldException(field, "must be a text");
		}
		return body.get(field).asString();
	}
}
