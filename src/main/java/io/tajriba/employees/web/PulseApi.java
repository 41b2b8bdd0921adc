package io.tajriba.employees.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.employees.domain.PulsePlan;
import io.tajriba.employees.internal.PulsePrograms;
import io.tajriba.employees.internal.PulseStore;
import io.tajriba.employees.internal.PulseWaves;
import io.tajriba.employees.web.PulseViews.ProgramView;
import io.tajriba.employees.web.PulseViews.WaveView;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Pulse programmes", description = "Anonymous employee pulse surveys: programmes, their waves and participation")
@RestController
class PulseApi {

	static final String SHAPE = " A programme: {id, name, surveyId, cadence, itemsPerWave, samplePercent, openDays, "
			+ "reminderDays, status (active or paused), nextWaveOn, createdAt, waves}; each wave {id, number, items "
			+ "(enps first), opensAt, closesAt, open, invited, answered, participation {n, answered, rate, low, high} "
			+ "(the 95% Wilson interval)}.";

	private static final Set<String> FIELDS = Set.of("name", "cadence", "itemsPerWave", "samplePercent", "openDays",
			"reminderDays", "firstWave", "status", "nextWaveOn");

	private final Workspaces workspaces;
	private final PulsePrograms programs;
	private final PulseWaves waves;
	private final PulseStore store;
	private final Clock clock;

	PulseApi(Workspaces workspaces, PulsePrograms programs, PulseWaves waves, PulseStore store, Clock clock) {
		this.workspaces = workspaces;
		this.programs = programs;
		this.waves = waves;
		this.store = store;
		this.clock = clock;
	}

	@Operation(summary = "The workspace's pulse programmes, newest first, with their waves (newest first)." + SHAPE)
	@GetMapping("/api/v1/pulse-programs")
	List<ProgramView> list() {
		UUID workspace = workspaces.current().workspaceId();
		return programs.list(workspace).stream()
			.map(p -> PulseViews.program(store, workspace, p, clock.instant())).toList();
	}

	@Operation(summary = "Make a pulse programme (owners, admins, analysts) with its survey from the employee-pulse "
			+ "template: {name, cadence (weekly, biweekly, monthly), itemsPerWave (1-20), samplePercent (1-100, default "
			+ "100), openDays (1-28, default 7), reminderDays (0 for none, fewer than openDays, default 3), firstWave "
			+ "(YYYY-MM-DD, default today)}." + SHAPE)
	@PostMapping("/api/v1/pulse-programs")
	@ResponseStatus(HttpStatus.CREATED)
	ProgramView create(@RequestBody(required = false) @Nullable JsonNode body) {
		Access access = workspaces.current();
		JsonNode b = object(body);
		String cadence = text(b, "cadence");
		Integer items = integer(b, "itemsPerWave");
		if (cadence == null) {
			throw new InvalidFieldException("cadence", "is required");
		}
		if (items == null) {
			throw new InvalidFieldException("itemsPerWave", "is required");
		}
		PulsePlan plan = new PulsePlan(or(text(b, "name"), ""), cadence, items, or(integer(b, "samplePercent"), 100),
				or(integer(b, "openDays"), 7), or(integer(b, "reminderDays"), 3));
		LocalDate first = date(b, "firstWave");
		if (first == null) {
			first = LocalDate.ofInstant(clock.instant(), workspaces.workspace(access.workspaceId()).timeZone());
		}
		UUID id = programs.create(access, plan, first);
		return PulseViews.program(store, access.workspaceId(), programs.get(access.workspaceId(), id), clock.instant());
	}

	@Operation(summary = "Change a programme: any of name, cadence, itemsPerWave, samplePercent, openDays, "
			+ "reminderDays, status (active or paused), nextWaveOn (YYYY-MM-DD)." + SHAPE)
	@PatchMapping("/api/v1/pulse-programs/{id}")
	ProgramView change(@PathVariable String id, @RequestBody(required = false) @Nullable JsonNode body) {
		UUID workspace = workspaces.current().workspaceId();
		UUID program = uuid(id);
		JsonNode b = object(body);
		var changed = programs.change(workspace, program, new PulsePrograms.Change(text(b, "name"), text(b, "cadence"),
				integer(b, "itemsPerWave"), integer(b, "samplePercent"), integer(b, "openDays"),
				integer(b, "reminderDays"), text(b, "status"), date(b, "nextWaveOn")));
		return PulseViews.program(store, workspace, changed, clock.instant());
	}

	@Operation(summary = "Open the programme's next wave now (whatever its status); its invitations are mailed "
			+ "within minutes. Answers the wave.")
	@PostMapping("/api/v1/pulse-programs/{id}/waves")
	@ResponseStatus(HttpStatus.CREATED)
	WaveView open(@PathVariable String id) {
		UUID workspace = workspaces.current().workspaceId();
		var opened = waves.open(workspace, uuid(id), clock.instant());
		return store.waves(workspace, uuid(id)).stream().filter(w -> w.id().equals(opened.id())).findFirst()
			.map(w -> WaveView.of(w, clock.instant())).orElseThrow();
	}

	private static JsonNode object(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				throw new InvalidFieldException(name, "is not a field of a pulse programme");
			}
		}
		return body;
	}

	private static @Nullable String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new InvalidFieldException(field, "must be a string");
		}
		return value.asString();
	}

	private static @Nullable Integer integer(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new InvalidFieldException(field, "must be a whole number");
		}
		return value.asInt();
	}

	private static @Nullable LocalDate date(JsonNode body, String field) {
		String text = text(body, field);
		if (text == null) {
			return null;
		}
		try {
			return io.tajriba.platform.Dates.checked(field, LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be a date, YYYY-MM-DD");
		}
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("Pulse programme");
		}
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return value == null ? otherwise : value;
	}
}
