package io.tajriba.surveys.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.surveys.internal.ResponseExport;
import io.tajriba.surveys.internal.ResponseImport;
import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.surveys.internal.ResponseQuery.Cursor;
import io.tajriba.surveys.internal.ResponseSearch;
import io.tajriba.surveys.internal.ResponseStore;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import io.tajriba.surveys.internal.SurveyService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@Tag(name = "Surveys")
@RestController
@RequestMapping("/api/v1/surveys/{surveyId}/responses")
class ResponseApi {

	private final Workspaces workspaces;
	private final SurveyService surveys;
	private final ResponseImport responses;
	private final ResponseStore store;
	private final ObjectMapper mapper;
	private final ResponseExport export;
	private final int maxRows;
	private final ResponseSearch search;
	private final Customers customers;

	ResponseApi(Workspaces workspaces, SurveyService surveys, ResponseImport responses, ResponseStore store,
			ObjectMapper mapper, ResponseExport export, @Value("${tajriba.api.max-rows:10000}") int maxRows,
			ResponseSearch search, Customers customers) {
		this.search = search;
		this.customers = customers;
		this.workspaces = workspaces;
		this.surveys = surveys;
		this.responses = responses;
		this.store = store;
		this.mapper = mapper;
		this.export = export;
		this.maxRows = maxRows;
	}

	@Operation(summary = "Import responses collected elsewhere (call centre, paper): NDJSON or a JSON array of {id, "
			+ "customer, interaction, channel, touchpoint, agent, submittedAt, locale, complete, answers}; answers is "
			+ "an object of question key to a number, a text or a list of choice keys. The same id twice is stored "
			+ "once; bad rows are reported by line and field and kept for replay")
	@PostMapping(consumes = { "application/x-ndjson", "application/json" })
	IngestReport record(@PathVariable UUID surveyId, HttpServletRequest request) throws IOException {
		Access access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot write");
		}
		boolean ndjson = BatchReader.isNdjson(request.getContentType());
		try (InputStream body = request.getInputStream()) {
			return responses.ingest(access.workspaceId(), surveyId, BatchReader.read(body, ndjson, maxRows, mapper));
		}
	}

	@Operation(summary = "A survey's responses as a spreadsheet: format=csv (UTF-8 with BOM, formulas disarmed) or "
			+ "xlsx; one row a response, one column a question")
	@Heavy
	@GetMapping("/export")
	void export(@PathVariable UUID surveyId, @RequestParam(defaultValue = "csv") String format,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		UUID workspace = workspaces.current().workspaceId();
		surveys.get(workspace, surveyId);
		boolean xlsx = format.equalsIgnoreCase("xlsx");
		if (!xlsx && !format.equalsIgnoreCase("csv")) {
			throw new io.tajriba.platform.InvalidFieldException("format", "must be csv or xlsx");
		}
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"responses-" + surveyId + "."
				+ (xlsx ? "xlsx" : "csv") + "\"");
		if (xlsx) {
			export.xlsx(workspace, surveyId, response.getOutputStream());
		}
		else {
			export.csv(workspace, surveyId, response.getOutputStream());
		}
	}

	@Operation(summary = "A survey's responses, newest first, filtered: status, language, channel, touchpoint, agent, "
			+ "customer (any identity), from/to (days in the workspace's time zone), question with min/max (a scale's "
			+ "range) or answer (a chosen option), text (in written answers). When more match than the limit, the "
			+ "header X-Next-Page holds the 'before' token of the next page")
	@GetMapping
	List<StoredResponse> list(@PathVariable UUID surveyId, ResponseForm filters,
			@RequestParam(required = false) @Nullable String before, @RequestParam(defaultValue = "100") int limit,
			HttpServletResponse response) {
		Workspace workspace = workspaces.currentWorkspace();
		surveys.get(workspace.id(), surveyId);
		UUID customerId = null;
		if (filters.customer() != null) {
			customerId = customers.profile(workspace.id(), filters.customer()).map(CustomerProfile::id).orElse(null);
			if (customerId == null) {
				return List.of();
			}
		}
		int size = Math.max(1, Math.min(limit, 1000));
		List<StoredResponse> found = search.page(workspace.id(), surveyId, filters.query(workspace.timeZone(), customerId),
				Cursor.decode(before), size + 1);
		if (found.size() > size) {
			StoredResponse last = found.get(size - 1);
			response.setHeader("X-Next-Page", new Cursor(last.completedAt() != null ? last.completedAt()
					: last.startedAt(), last.id()).encode());
			return found.subList(0, size);
		}
		return found;
	}
}
