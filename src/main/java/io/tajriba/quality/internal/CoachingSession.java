package io.tajriba.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.quality.domain.CoachingFormat;
import io.tajriba.quality.domain.CoachingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A coaching session of one agent: the coach (a member; the name kept as it was), the date it is planned for or was
 * held on, its format and focus, notes, agreed actions, follow-up date, the e-learning module and when the agent
 * completed it, and its status.
 */
public record CoachingSession(UUID id, UUID agent, @Nullable UUID coachUser, String coachName, LocalDate heldOn,
		CoachingFormat format, List<Focus> focus, @Nullable String notes, List<Action> actions,
		@Nullable LocalDate followUpOn, @Nullable UUID module, @Nullable Instant moduleCompletedAt,
		CoachingStatus status, String createdBy, Instant createdAt, Instant updatedAt) {

	/** A criterion's key or a theme the session works on. */
	public record Focus(String kind, String key) {

		public boolean criterion() {
			return kind.equals(TrainingNeed.CRITERION);
		}
	}

	/** An action agreed in the session, and whether (and when) the agent has done it. */
	public record Action(String text, boolean done, @Nullable Instant doneAt) {
	}

	/** The focus criteria's keys. */
	public List<String> criteria() {
		return focus.stream().filter(Focus::criterion).map(Focus::key).toList();
	}

	public boolean covers(String kind, String key) {
		return focus.contains(new Focus(kind, key));
	}
}
