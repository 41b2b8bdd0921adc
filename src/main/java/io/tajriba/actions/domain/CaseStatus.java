package io.tajriba.actions.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;

/**
 * Where a case is: new (nobody has acted), open (being worked), waiting (on the customer: the service-level
 * clocks pause), resolved (root cause and outcome recorded), closed. A resolved or closed case may be reopened.
 */
public enum CaseStatus {

	NEW, OPEN, WAITING, RESOLVED, CLOSED;

	/** The statuses in which a further signal of the same customer joins the case instead of opening another. */
	public static final Set<CaseStatus> ACTIVE = EnumSet.of(NEW, OPEN, WAITING);

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	public boolean canMoveTo(CaseStatus next) {
		return switch (this) {
			case NEW -> next == OPEN || next == WAITING || next == RESOLVED;
			case OPEN -> next == WAITING || next == RESOLVED;
			case WAITING -> next == OPEN || next == RESOLVED;
			case RESOLVED -> next == CLOSED || next == OPEN;
			case CLOSED -> next == OPEN;
		};
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CaseStatus of(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException(field, "must be one of new, open, waiting, resolved, closed");
		}
	}
}
