package io.tajriba.quality.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/**
 * Where a review stands: scored ({@code open}), seen by the agent ({@code acknowledged}), {@code disputed} by the
 * agent, or {@code resolved} by a reviewer's answer to the dispute. An agent acknowledges an open review and may
 * dispute it before or after acknowledging; only a disputed review is resolved, and a resolved one stays so.
 */
public enum ReviewStatus {
	OPEN, ACKNOWLEDGED, DISPUTED, RESOLVED;

	/** The status after {@code action} (acknowledge, dispute or resolve), or 422 naming {@code action}. */
	public ReviewStatus after(String action) {
		ReviewStatus next = switch (action) {
			case "acknowledge" -> this == OPEN ? ACKNOWLEDGED : null;
			case "dispute" -> this == OPEN || this == ACKNOWLEDGED ? DISPUTED : null;
			case "resolve" -> this == DISPUTED ? RESOLVED : null;
			default -> throw new InvalidFieldException("action", "must be acknowledge, dispute or resolve");
		};
		if (next == null) {
			throw new InvalidFieldException("action", "cannot " + action + " a review that is " + key());
		}
		return next;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ReviewStatus of(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/**
	 * How a dispute ends: accepted (the reviewer may give corrected scores), partly accepted (new scores required)
	 * or rejected (the scores stay).
	 */
	public enum Outcome {
		ACCEPTED, PARTLY, REJECTED;

		public static Outcome of(String value) {
			for (Outcome outcome : values()) {
				if (outcome.name().toLowerCase(Locale.ROOT).equals(value)) {
					return outcome;
				}
			}
			throw new InvalidFieldException("outcome", "must be accepted, partly or rejected");
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
