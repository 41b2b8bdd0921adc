package io.tajriba.employees.domain;

import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A change of an idea's status as asked: to, why (required for declined and duplicate, at most 2,000 characters)
 * and, for a duplicate, the idea it repeats. {@link #check} refuses what the rules of {@link IdeaStatus} do not
 * allow, naming the field.
 */
public record IdeaMove(IdeaStatus to, @Nullable String reason, @Nullable UUID duplicateOf) {

	public static final int MAX_REASON = 2000;

	public IdeaMove {
		reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	/** Checks the move from {@code from} of the idea {@code idea}; {@code admin} may reopen a declined idea. */
	public void check(UUID idea, IdeaStatus from, boolean admin) {
		if (from == to) {
			throw new InvalidFieldException("status", "the idea is already " + to.id());
		}
		if (!from.next(admin).contains(to)) {
			throw new InvalidFieldException("status", from == IdeaStatus.DECLINED && to == IdeaStatus.UNDER_REVIEW
					? "only owners and admins reopen a declined idea"
					: "an idea that is " + from.id() + " cannot become " + to.id());
		}
		if (to.needsReason() && reason == null) {
			throw new InvalidFieldException("reason", "is required to make an idea " + to.id());
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw new InvalidFieldException("reason", "is at most " + MAX_REASON + " characters");
		}
		if (to == IdeaStatus.DUPLICATE && duplicateOf == null) {
			throw new InvalidFieldException("duplicateOf", "is required: the idea this one repeats");
		}
		if (to != IdeaStatus.DUPLICATE && duplicateOf != null) {
			throw new InvalidFieldException("duplicateOf", "is only for a duplicate");
		}
		if (idea.equals(duplicateOf)) {
			throw new InvalidFieldException("duplicateOf", "must be another idea");
		}
	}
}
