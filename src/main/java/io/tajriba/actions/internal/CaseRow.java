package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.CaseStatus;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.SlaClock;
import org.jspecify.annotations.Nullable;

/** A case as stored: what it is about, who owns it, where it is, and its service-level clocks. */
record CaseRow(UUID workspaceId, UUID id, long number, @Nullable UUID ruleId, String ruleName, String subject,
		@Nullable UUID customerId, String title, CaseStatus status, Priority priority, @Nullable UUID ownerId,
		@Nullable UUID teamId, Where where, SlaClock sla, @Nullable Instant closedAt, Outcome outcome) {

	/** What the case is about. */
	record Where(@Nullable String channel, @Nullable String touchpoint, @Nullable String agent) {
	}

	/** What resolving it recorded. */
	record Outcome(@Nullable String rootCause, @Nullable String rootCauseNote, @Nullable Boolean solved,
			@Nullable String resolution) {

		static Outcome none() {
			return new Outcome(null, null, null, null);
		}
	}

	CaseRow moved(CaseStatus next, Instant now) {
		return new CaseRow(workspaceId, id, number, ruleId, ruleName, subject, customerId, title, next, priority,
				ownerId, teamId, where, sla.moved(status, next, now),
				next == CaseStatus.CLOSED ? now : next.isActive() ? null : closedAt, outcome);
	}

	CaseRow responded(Instant now) {
		return withSla(sla.responded(now));
	}

	CaseRow withSla(SlaClock clock) {
		return new CaseRow(workspaceId, id, number, ruleId, ruleName, subject, customerId, title, status, priority,
				ownerId, teamId, where, clock, closedAt, outcome);
	}

	CaseRow withPriority(Priority next) {
		return new CaseRow(workspaceId, id, number, ruleId, ruleName, subject, customerId, title, status, next,
				ownerId, teamId, where, sla, closedAt, outcome);
	}

	CaseRow withOwner(@Nullable UUID owner, @Nullable UUID team) {
		return new CaseRow(workspaceId, id, number, ruleId, ruleName, subject, customerId, title, status, priority,
				owner, team, where, sla, closedAt, outcome);
	}

	CaseRow withOutcome(Outcome next) {
		return new CaseRow(workspaceId, id, number, ruleId, ruleName, subject, customerId, title, status, priority,
				ownerId, teamId, where, sla, closedAt, next);
	}

	@Nullable Instant firstResponseDue(BusinessClock clock) {
		return sla.firstResponseDue(clock).orElse(null);
	}

	@Nullable Instant resolutionDue(BusinessClock clock) {
		return status.isActive() ? sla.resolutionDue(clock).orElse(null) : null;
	}
}
