package io.tajriba.quality.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/**
 * Where a coaching session stands: planned, held (its effect is measured from its date), completed (its follow-up
 * done). A session moves forward only: what was held stays held.
 */
public enum CoachingStatus {
	PLANNED, HELD, COMPLETED;

	public static CoachingStatus of(String field, String value) {
		for (CoachingStatus status : values()) {
			if (status.key().equals(value)) {
				return status;
			}
		}
		throw new InvalidFieldException(field, "must be planned, held or completed");
	}

	/** The next status, refused when it would go back (held to planned, completed to held). */
	public CoachingStatus to(CoachingStatus next, String field) {
		if (next.ordinal() < ordinal()) {
			throw new InvalidFieldException(field, "cannot go back from " + key() + " to " + next.key());
		}
		return next;
	}

	/** Whether the session took place, so that its date may not lie ahead and its effect is measured. */
	public boolean held() {
		return this != PLANNED;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
