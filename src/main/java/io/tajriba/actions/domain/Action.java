package io.tajriba.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A piece of work started from an insight: who does it by when, how far it got, and the initiative it belongs to.
 * A done action is at 100% and knows when it was done; it is overdue while open past its due day.
 */
public record Action(UUID id, String title, String description, @Nullable UUID owner, @Nullable LocalDate dueOn,
		ActionStatus status, int progress, @Nullable UUID initiative, @Nullable InsightLink insight,
		@Nullable String stage, @Nullable String touchpoint, String createdBy, Instant createdAt, Instant updatedAt,
		@Nullable Instant doneAt) {

	public Action {
		title = title(title);
		description = description(description);
		if (dueOn != null) {
			Dates.checked("dueOn", dueOn);
		}
		progress = progress(status, progress, progress);
		stage = place("stage", stage);
		touchpoint = place("touchpoint", touchpoint);
	}

	/** A title of 1 to 200 characters, without the spaces around it. */
	public static String title(@Nullable String title) {
		String text = title == null ? "" : title.strip();
		if (text.isEmpty() || text.length() > 200) {
			throw new InvalidFieldException("title", "must have 1 to 200 characters");
		}
		return text;
	}

	public static String description(@Nullable String description) {
		String text = description == null ? "" : description.strip();
		if (text.length() > 10_000) {
			throw new InvalidFieldException("description", "must have at most 10000 characters");
		}
		return text;
	}

	/**
	 * The progress after a change: what was given (0 to 100), else what it was; a done action is at 100, so a done
	 * action sent with less is refused rather than silently raised.
	 */
	public static int progress(ActionStatus status, @Nullable Integer given, int was) {
		if (given != null && (given < 0 || given > 100)) {
			throw new InvalidFieldException("progress", "must be a whole number from 0 to 100");
		}
		if (status == ActionStatus.DONE) {
			if (given != null && given != 100) {
				throw new InvalidFieldException("progress", "is 100 once the action is done");
			}
			return 100;
		}
		return given != null ? given : was;
	}

	/** This action moved to {@code next} (its progress as given, or as it was) at {@code now}. */
	public Action moved(ActionStatus next, @Nullable Integer givenProgress, Instant now) {
		int p = progress(next, givenProgress, progress);
		Instant done = next != ActionStatus.DONE ? null : status == ActionStatus.DONE && doneAt != null ? doneAt : now;
		return new Action(id, title, description, owner, dueOn, next, p, initiative, insight, stage, touchpoint,
				createdBy, createdAt, now, done);
	}

	/** This action with its other fields changed at {@code now}. */
	public Action with(String newTitle, String newDescription, @Nullable UUID newOwner, @Nullable LocalDate newDueOn,
			@Nullable UUID newInitiative, Instant now) {
		return new Action(id, newTitle, newDescription, newOwner, newDueOn, status, progress, newInitiative, insight,
				stage, touchpoint, createdBy, createdAt, now, doneAt);
	}

	/** Still open after its due day. */
	public boolean overdue(LocalDate today) {
		return dueOn != null && dueOn.isBefore(today) && status.isOpen();
	}

	public boolean ownedBy(@Nullable UUID user) {
		return user != null && user.equals(owner);
	}

	private static @Nullable String place(String field, @Nullable String name) {
		String text = name == null || name.isBlank() ? null : name.strip();
		if (text != null && text.length() > 200) {
			throw new InvalidFieldException(field, "must have at most 200 characters");
		}
		return text;
	}
}
