package io.tajriba.employees.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.employees.domain.PulsePlan;
import io.tajriba.employees.internal.PulseStore.Program;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse programmes made, changed, paused and resumed: each asks the questions of its own survey, made from the
 * {@code employee-pulse} template and published when the programme is made.
 */
@Service
public class PulsePrograms {

	public static final String TEMPLATE = "employee-pulse";
	public static final List<String> STATUSES = List.of("active", "paused");

	/** A change: the fields given replace the programme's, the others stay. */
	public record Change(@Nullable String name, @Nullable String cadence, @Nullable Integer itemsPerWave,
			@Nullable Integer samplePercent, @Nullable Integer openDays, @Nullable Integer reminderDays,
			@Nullable String status, @Nullable LocalDate nextWaveOn) {
	}

	private final PulseStore store;
	private final Surveys surveys;
	private final Clock clock;

	PulsePrograms(PulseStore store, Surveys surveys, Clock clock) {
		this.store = store;
		this.surveys = surveys;
		this.clock = clock;
	}

	@Transactional
	public UUID create(Access access, PulsePlan plan, LocalDate firstWave) {
		SurveyDocument template = surveys.template(TEMPLATE).orElseThrow();
		UUID survey = surveys.publish(access, plan.name(), template);
		return store.create(access.workspaceId(), survey, plan, firstWave, clock.instant());
	}

	public List<Program> list(UUID workspaceId) {
		return store.programs(workspaceId);
	}

	public Program get(UUID workspaceId, UUID id) {
		return store.program(workspaceId, id).orElseThrow(() -> new NotFoundException("Pulse programme"));
	}

	@Transactional
	public Program change(UUID workspaceId, UUID id, Change change) {
		Program program = store.lock(workspaceId, id).orElseThrow(() -> new NotFoundException("Pulse programme"));
		PulsePlan old = program.plan();
		PulsePlan plan = new PulsePlan(or(change.name(), old.name()), or(change.cadence(), old.cadence()),
				or(change.itemsPerWave(), old.itemsPerWave()), or(change.samplePercent(), old.samplePercent()),
				or(change.openDays(), old.openDays()), or(change.reminderDays(), old.reminderDays()));
		String status = or(change.status(), program.status());
		if (!STATUSES.contains(status)) {
			throw new InvalidFieldException("status", "must be active or paused");
		}
		store.update(workspaceId, id, plan, status, or(change.nextWaveOn(), program.nextWaveOn()), clock.instant());
		return get(workspaceId, id);
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return value == null ? otherwise : value;
	}
}
