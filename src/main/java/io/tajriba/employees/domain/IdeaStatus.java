package io.tajriba.employees.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;

/**
 * Where an idea stands: submitted, under review, accepted (an action is made of it), in progress, done; or
 * declined or a duplicate of another idea, both with a reason. Done, declined and duplicate are closed: they take
 * no votes and no more moves, except that an owner or admin may reopen a declined idea (back under review), since
 * a refusal may be revisited when circumstances change; a duplicate stays one (its votes belong to the other idea)
 * and done is done.
 */
public enum IdeaStatus {

	SUBMITTED, UNDER_REVIEW, ACCEPTED, IN_PROGRESS, DONE, DECLINED, DUPLICATE;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean closed() {
		return this == DONE || this == DECLINED || this == DUPLICATE;
	}

	/** Whether this status asks for a reason: declined and duplicate. */
	public boolean needsReason() {
		return this == DECLINED || this == DUPLICATE;
	}

	/** The statuses an idea in this one may move to; {@code admin} adds reopening a declined idea. */
	public Set<IdeaStatus> next(boolean admin) {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(UNDER_REVIEW, DECLINED, DUPLICATE, ACCEPTED);
			case UNDER_REVIEW -> EnumSet.of(ACCEPTED, DECLINED, DUPLICATE);
			case ACCEPTED -> EnumSet.of(IN_PROGRESS, DECLINED);
			case IN_PROGRESS -> EnumSet.of(DONE);
			case DECLINED -> admin ? EnumSet.of(UNDER_REVIEW) : EnumSet.noneOf(IdeaStatus.class);
			case DONE, DUPLICATE -> EnumSet.noneOf(IdeaStatus.class);
		};
	}

	public static IdeaStatus parse(String field, String value) {
		for (IdeaStatus status : values()) {
			if (status.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
				return status;
			}
		}
		throw new InvalidFieldException(field, "must be one of submitted, under_review, accepted, in_progress, done, "
				+ "declined, duplicate");
	}
}
