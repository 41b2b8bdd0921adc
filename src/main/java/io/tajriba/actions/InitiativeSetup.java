package io.tajriba.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.InitiativeJob;
import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Registers and launches initiatives for other modules (the demo company) as the API would. */
@Service
public class InitiativeSetup {

	/** An initiative's registration; an empty control list asks for suggested controls. */
	public record NewInitiative(String title, String description, @Nullable UUID owner, @Nullable String insightKind,
			@Nullable String insightRef, @Nullable String insightLabel, @Nullable String stage,
			@Nullable String touchpoint, String metric, @Nullable UUID survey, String unitKind, List<String> treated,
			List<String> control, LocalDate baselineFrom, LocalDate baselineTo, LocalDate launchOn, double minEffect,
			LocalDate plannedEnd) {
	}

	private final InitiativeService initiatives;
	private final InitiativeJob job;

	InitiativeSetup(InitiativeService initiatives, InitiativeJob job) {
		this.initiatives = initiatives;
		this.job = job;
	}

	/** Registers the initiative and, when asked, launches it; answers its id. */
	public UUID create(Workspace workspace, String actor, NewInitiative n, boolean launch) {
		Measurement m = new Measurement(InitiativeMetric.of(n.metric()), n.survey(),
				Measurement.UnitKind.of(n.unitKind()), n.treated(), n.control(), n.baselineFrom(), n.baselineTo(),
				n.launchOn(), n.minEffect(), n.plannedEnd());
		Initiative.Insight insight = n.insightKind() == null || n.insightRef() == null ? null
				: new Initiative.Insight(n.insightKind(), n.insightRef(), n.insightLabel());
		UUID id = initiatives.create(workspace, actor, new InitiativeService.Draft(n.title(), n.description(), n.owner(),
				insight, n.stage(), n.touchpoint(), m, n.control().isEmpty())).id();
		if (launch) {
			initiatives.launch(workspace, id);
		}
		return id;
	}

	/** Whether the workspace has any initiative. */
	public boolean any(UUID workspaceId) {
		return !initiatives.list(workspaceId, null).isEmpty();
	}

	/** Initiatives finished by a day, and those of them whose result has an effect estimate (not too early). */
	public record Measured(long finished, long withEffect) {
	}

	/** Of the initiatives finished before {@code before}, those measured with an effect estimate. */
	public Measured measured(UUID workspaceId, Instant before) {
		List<Initiative> finished = initiatives.list(workspaceId, Initiative.Status.FINISHED.key()).stream()
			.filter(i -> i.finishedAt() != null && i.finishedAt().isBefore(before)).toList();
		return new Measured(finished.size(), finished.stream()
			.filter(i -> i.result() != null && i.result().path("difference").isObject()).count());
	}

	/** Measures and finishes the running initiatives whose planned end has come at {@code now}. */
	public int finishDue(Instant now) {
		return job.run(now);
	}
}
