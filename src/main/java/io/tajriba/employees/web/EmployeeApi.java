package io.tajriba.employees.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.employees.Employee;
import io.tajriba.employees.EmployeeDirectory;
import io.tajriba.employees.EmployeeRules;
import io.tajriba.employees.EmployeeTeam;
import io.tajriba.employees.domain.TeamInput;
import io.tajriba.employees.internal.EmployeeSettingsStore;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.platform.Retries;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@Tag(name = "Employees", description = "The employee directory, its teams and the anonymity rules of employee figures")
@RestController
class EmployeeApi {

	/** The rules as the API names them. */
	record Settings(int anonymityThreshold, int promoterMin, int detractorMax) {

		static Settings of(EmployeeRules rules) {
			return new Settings(rules.threshold(), rules.promoterMin(), rules.detractorMax());
		}
	}

	private final Workspaces workspaces;
	private final EmployeeDirectory directory;
	private final EmployeeSettingsStore settings;
	private final ObjectMapper mapper;
	private final int maxRows;

	EmployeeApi(Workspaces workspaces, EmployeeDirectory directory, EmployeeSettingsStore settings,
			ObjectMapper mapper, @Value("${tajriba.api.max-rows:10000}") int maxRows) {
		this.workspaces = workspaces;
		this.directory = directory;
		this.settings = settings;
		this.mapper = mapper;
		this.maxRows = maxRows;
	}

	@Operation(summary = "The employees by name, active and inactive; filters team, department, active (true|false)")
	@GetMapping("/api/v1/employees")
	List<Employee> list(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String active) {
		Boolean activeOnly = active(active);
		return directory.list(workspaces.current().workspaceId()).stream()
			.filter(e -> team == null || team.isBlank() || e.team().equals(team.strip()))
			.filter(e -> department == null || department.isBlank() || e.department().equals(department.strip()))
			.filter(e -> activeOnly == null || e.active() == activeOnly)
			.toList();
	}

	@Operation(summary = "Create or update employees by id: NDJSON or a JSON array of {id, name, team (required), "
			+ "email, department (required when the team is new, which is then created in it; must be the team's own "
			+ "when given for a known team), location, manager (another employee's id), user (a member's e-mail or "
			+ "user id), agent (an agent's key, GET /api/v1/agents), language (en|fa|ar|he), active}. A field left out "
			+ "keeps its value, a field given empty is cleared; bad rows are reported with their field and kept")
	@PostMapping(value = "/api/v1/employees", consumes = { "application/x-ndjson", "application/json" })
	IngestReport ingest(HttpServletRequest request) throws IOException {
		Access access = workspaces.current();
		try (InputStream body = request.getInputStream()) {
			var rows = BatchReader.read(body, BatchReader.isNdjson(request.getContentType()), maxRows, mapper);
			return Retries.onConflict(() -> directory.record(access.workspaceId(), rows));
		}
	}

	@Operation(summary = "An employee by id")
	@GetMapping("/api/v1/employees/{id}")
	Employee employee(@PathVariable String id) {
		return directory.find(workspaces.current().workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Employee"));
	}

	@Operation(summary = "The employee teams by name, each with its department and the journey stages it serves")
	@GetMapping("/api/v1/employee-teams")
	List<EmployeeTeam> teams() {
		return directory.teams(workspaces.current().workspaceId());
	}

	@Operation(summary = "Create a team or change its department and stages: {name, department, stages: [stage keys]}")
	@PostMapping("/api/v1/employee-teams")
	EmployeeTeam saveTeam(@RequestBody JsonNode body) {
		EmployeeTeam team = TeamInput.parse(body);
		directory.saveTeam(workspaces.current().workspaceId(), team);
		return team;
	}

	@Operation(summary = "The anonymity rules: anonymityThreshold (groups with fewer answers are hidden), promoterMin "
			+ "and detractorMax (the eNPS cut-offs)")
	@GetMapping("/api/v1/employee-settings")
	Settings settings() {
		return Settings.of(settings.rules(workspaces.current().workspaceId()));
	}

	@Operation(summary = "Change the anonymity rules (owners and admins): anonymityThreshold 3-10, promoterMin 1-10, "
			+ "detractorMax below promoterMin; a field left out stays as it is")
	@PutMapping("/api/v1/employee-settings")
	Settings changeSettings(@RequestBody JsonNode body) {
		if (!body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		Access access = workspaces.current();
		EmployeeRules now = settings.rules(access.workspaceId());
		EmployeeRules rules = new EmployeeRules(integer(body, "anonymityThreshold", now.threshold()),
				integer(body, "promoterMin", now.promoterMin()), integer(body, "detractorMax", now.detractorMax()));
		settings.save(access.workspaceId(), rules);
		return Settings.of(rules);
	}

	private static int integer(JsonNode body, String field, int otherwise) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return otherwise;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new InvalidFieldException(field, "must be a whole number");
		}
		return value.intValue();
	}

	static @Nullable Boolean active(@Nullable String active) {
		if (active == null || active.isBlank()) {
			return null;
		}
		return switch (active.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new InvalidFieldException("active", "must be true or false");
		};
	}
}
