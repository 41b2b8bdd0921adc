package io.tajriba.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.actions.internal.ActionService;
import io.tajriba.actions.domain.InsightLink;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Action plans for other modules and the demo: actions started from an insight (a pain point, a driver, a theme,
 * a root cause, an idea), their comments, and what has been started from one insight so far.
 */
@Service
public class ActionPlans {

	/**
	 * An action to record. status is one of not_started, in_progress, on_hold, done, cancelled (not_started when
	 * null); progress 0 to 100 (100 when done); the insight's kind and ref as {@link InsightLink} describes them;
	 * createdAt null is now.
	 */
	public record NewAction(String title, @Nullable String description, @Nullable UUID owner,
			@Nullable LocalDate dueOn, @Nullable String status, @Nullable Integer progress, @Nullable UUID initiative,
			@Nullable String insightKind, @Nullable String insightRef, @Nullable String insightLabel,
			@Nullable String stage, @Nullable String touchpoint, @Nullable Instant createdAt) {
	}

	/**
	 * What has been started from one insight: its actions (open ones, done ones) and the initiatives running and
	 * finished.
	 */
	public record Summary(int actions, int open, int done, int initiativesRunning, int initiativesFinished) {
	}

	/** Where an action stands: its title, status (not_started, in_progress, on_hold, done, cancelled), progress. */
	public record Progress(UUID id, String title, String status, int progress) {
	}

	private final ActionService actions;

	ActionPlans(ActionService actions) {
		this.actions = actions;
	}

	/** Records an action as done by {@code createdBy} (an actor as the audit log names them); its owner is told. */
	public UUID create(UUID workspaceId, String createdBy, NewAction action) {
		return actions.record(workspaceId, createdBy, null, action).id();
	}

	public void comment(UUID workspaceId, UUID actionId, @Nullable UUID author, String authorName, String body,
			Instant at) {
		actions.comment(workspaceId, actionId, author, authorName, body, at);
	}

	/** Where an action of the workspace stands; empty for an unknown id or another workspace's action. */
	public java.util.Optional<Progress> progress(UUID workspaceId, UUID actionId) {
		return actions.lookup(workspaceId, actionId)
			.map(a -> new Progress(a.id(), a.title(), a.status().id(), a.progress()));
	}

	public Summary summary(UUID workspaceId, String kind, String ref) {
		return actions.summary(workspaceId, new InsightLink(kind, ref, null));
	}
}
