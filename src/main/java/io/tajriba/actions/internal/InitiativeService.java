package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.Initiative.ControlReason;
import io.tajriba.actions.internal.Initiative.Insight;
import io.tajriba.actions.internal.Initiative.Status;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Initiatives from draft to launch and on: a draft changes freely; at launch the measurement is locked, and a
 * change to it afterwards needs a reason and is kept as an amendment with its day; a finished initiative's
 * measurement no longer changes. Controls left empty may be suggested from the baseline.
 */
@Service
public class InitiativeService {

	/** A new initiative as asked for; {@code suggestControls} fills empty controls from {@link ControlSuggester}. */
	public record Draft(String title, String description, @Nullable UUID owner, @Nullable Insight insight,
			@Nullable String stage, @Nullable String touchpoint, Measurement measurement, boolean suggestControls) {
	}

	/** The whole wanted state of an initiative after a change, the reason for an amendment, and a cancellation. */
	public record Change(String title, String description, @Nullable UUID owner, Measurement measurement,
			@Nullable String reason, boolean cancel) {
	}

	private final InitiativeStore store;
	private final UnitCatalog units;
	private final ControlSuggester suggester;
	private final AccessAdministration members;
	private final Clock clock;

	InitiativeService(InitiativeStore store, UnitCatalog units, ControlSuggester suggester,
			AccessAdministration members, Clock clock) {
		this.store = store;
		this.units = units;
		this.suggester = suggester;
		this.members = members;
		this.clock = clock;
	}

	@Transactional
	public Initiative create(Workspace workspace, String actor, Draft draft) {
		check(workspace, draft.title(), draft.owner(), draft.measurement());
		Measurement m = draft.measurement();
		List<ControlReason> reasons = List.of();
		if (m.control().isEmpty() && draft.suggestControls()) {
			ControlSuggester.Suggested suggested = suggester.suggest(workspace, m.metric(), m.survey(), m.unitKind(),
					m.treated(), m.baselineFrom(), m.baselineTo());
			reasons = suggested.reasons();
			m = new Measurement(m.metric(), m.survey(), m.unitKind(), m.treated(),
					reasons.stream().map(ControlReason::unit).toList(), m.baselineFrom(), m.baselineTo(), m.launchOn(),
					m.minEffect(), m.plannedEnd());
		}
		Instant now = clock.instant();
		UUID id = store.insert(workspace.id(), new Initiative(null, draft.title().strip(), draft.description(),
				draft.owner(), Status.DRAFT, draft.insight(), draft.stage(), draft.touchpoint(), m, reasons, null, null,
				null, actor, now, now));
		return get(workspace.id(), id);
	}

	public Initiative get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id, false).orElseThrow(() -> new NotFoundException("initiative " + id));
	}

	public List<Initiative> list(UUID workspaceId, @Nullable String status) {
		return store.list(workspaceId, status);
	}

	public List<Amendment> amendments(UUID workspaceId, UUID id) {
		return store.amendments(workspaceId, id);
	}

	@Transactional
	public Initiative change(Workspace workspace, String actor, UUID id, Change change) {
		Initiative current = store.find(workspace.id(), id, true)
			.orElseThrow(() -> new NotFoundException("initiative " + id));
		check(workspace, change.title(), change.owner(), change.measurement());
		Map<String, Object[]> changes = change.measurement().changesFrom(current.measurement());
		Status status = current.status();
		if (!changes.isEmpty() && (status == Status.FINISHED || status == Status.CANCELLED)) {
			throw new InvalidFieldException(changes.keySet().iterator().next(),
					"the measurement of a " + status.key() + " initiative no longer changes");
		}
		Instant now = clock.instant();
		if (!changes.isEmpty() && status == Status.RUNNING) {
			if (change.reason() == null || change.reason().isBlank()) {
				throw new InvalidFieldException("reason",
						"the initiative is launched: say why its measurement changes (" + String.join(", ", changes.keySet()) + ")");
			}
			store.amend(workspace.id(), id, now, actor, change.reason().strip(), changes);
		}
		if (change.cancel()) {
			if (status == Status.FINISHED) {
				throw new InvalidFieldException("status", "a finished initiative cannot be cancelled");
			}
			status = Status.CANCELLED;
		}
		List<ControlReason> reasons = changes.containsKey("control") ? List.of() : current.controlReasons();
		store.update(workspace.id(), current.with(change.title().strip(), change.description(), change.owner(), status,
				change.measurement(), reasons, now));
		return get(workspace.id(), id);
	}

	/** Locks the measurement and starts the initiative; only a draft can be launched. */
	@Transactional
	public Initiative launch(Workspace workspace, UUID id) {
		Initiative current = store.find(workspace.id(), id, true)
			.orElseThrow(() -> new NotFoundException("initiative " + id));
		if (current.status() != Status.DRAFT) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "The initiative is " + current.status().key()
					+ ": only a draft can be launched");
		}
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		if (current.measurement().baselineTo().isAfter(today)) {
			throw new InvalidFieldException("baselineTo", "the baseline has not ended yet");
		}
		store.launched(workspace.id(), id, clock.instant());
		return get(workspace.id(), id);
	}

	private void check(Workspace workspace, String title, @Nullable UUID owner, Measurement m) {
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw new InvalidFieldException("title", "must be 1 to 200 characters");
		}
		if (owner != null && !members.memberNames(workspace.id()).containsKey(owner)) {
			throw new InvalidFieldException("owner", "is not a member of this workspace");
		}
		units.check(workspace.id(), m.unitKind(), "treated", m.treated());
		units.check(workspace.id(), m.unitKind(), "control", m.control());
	}
}
