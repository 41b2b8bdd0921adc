package io.tajriba.actions.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** Where an action stands: open while not started, in progress or on hold; closed once done or cancelled. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, ON_HOLD, DONE, CANCELLED;

	public static final String ALL = "not_started, in_progress, on_hold, done, cancelled";

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Still to be worked on: a due day in the past makes it overdue. */
	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}

	public static ActionStatus of(String field, @Nullable String value) {
		String id = value == null ? "" : value.strip();
		for (ActionStatus status : values()) {
			if (status.id().equals(id)) {
				return status;
			}
		}
		throw new InvalidFieldException(field, "must be one of " + ALL);
	}
}
