package io.tajriba.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.imports.ImportStatus;
import io.tajriba.imports.Imports;
import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Imports", description = "Bulk imports of CSV and NDJSON files of any size, with progress and a report")
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final Workspaces workspaces;
	private final Imports imports;

	ImportApi(Workspaces workspaces, Imports imports) {
		this.workspaces = workspaces;
		this.imports = imports;
	}

	@Operation(summary = "Upload a file as the request body (text/csv with a header row of field names, or "
			+ "application/x-ndjson); answers 202 at once with the import, whose progress and final report "
			+ "GET /api/v1/imports/{id} shows. kind: interactions, customers, agents (key, displayName, team, email, "
			+ "active) or employees (id, name, email, team, department, location, manager, user, agent, language, active)")
	@PostMapping
	ResponseEntity<ImportStatus> start(@RequestParam String kind, @RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String fileName, HttpServletRequest request) throws IOException {
		ImportKind what = ImportKind.of("kind", kind);
		ImportFormat how = format != null ? ImportFormat.of("format", format)
				: ImportFormat.guess(fileName, request.getContentType());
		if (how == null) {
			throw new InvalidFieldException("format", "must be csv or ndjson (or sent as text/csv or "
					+ "application/x-ndjson)");
		}
		try (InputStream body = request.getInputStream()) {
			ImportStatus status = imports.start(workspaces.current(), what, how, fileName == null ? "" : fileName, body,
					request.getContentLengthLong());
			return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + status.id())).body(status);
		}
	}

	@Operation(summary = "An import: status (queued, running, done, failed), bytes and rows read, accepted, "
			+ "duplicates, rejected, and the first rejected rows with line, field and message")
	@GetMapping("/{id}")
	ImportStatus status(@PathVariable UUID id) {
		return imports.status(workspaces.current().workspaceId(), id).orElseThrow(() -> new NotFoundException("Import"));
	}

	@Operation(summary = "The latest imports of the workspace, newest first")
	@GetMapping
	List<ImportStatus> recent() {
		return imports.recent(workspaces.current().workspaceId());
	}
}
