package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.CaseChange;
import io.tajriba.actions.CaseClosed;
import io.tajriba.actions.CaseEvent;
import io.tajriba.actions.CaseView;
import io.tajriba.actions.domain.CaseStatus;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.RootCause;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with a case: move it along, hand it over, change its priority, resolve and close it. */
@Service
public class CaseService {

	private final CaseStore cases;
	private final CaseLog log;
	private final CaseAccess access;
	private final CaseViews views;
	private final WorkTime workTime;
	private final Notifier notifier;
	private final Recoveries recoveries;
	private final TextAnalytics text;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseService(CaseStore cases, CaseLog log, CaseAccess access, CaseViews views, WorkTime workTime,
			Notifier notifier, Recoveries recoveries, TextAnalytics text, ApplicationEventPublisher events,
			Clock clock) {
		this.cases = cases;
		this.log = log;
		this.access = access;
		this.views = views;
		this.workTime = workTime;
		this.notifier = notifier;
		this.recoveries = recoveries;
		this.text = text;
		this.events = events;
		this.clock = clock;
	}

	public CaseView get(Access who, UUID id) {
		CaseRow c = cases.find(who.workspaceId(), id).orElseThrow(() -> new NotFoundException("Case"));
		access.requireVisible(who, c);
		return views.full(c);
	}

	/** What happened to the case, oldest first. */
	public List<CaseEvent> timeline(Access who, UUID id) {
		CaseRow c = visible(who, id);
		return log.timeline(c.workspaceId(), c.id());
	}

	@Transactional
	public CaseView change(Access who, UUID id, CaseChange change) {
		return change(who, id, change, clock.instant());
	}

	/** As {@link #change(Access, UUID, CaseChange)}, done at {@code now} (an earlier instant, when importing). */
	@Transactional
	public CaseView change(Access who, UUID id, CaseChange change, Instant now) {
		CaseRow c = cases.lock(who.workspaceId(), id).orElseThrow(() -> new NotFoundException("Case"));
		access.requireWork(who, c);
		Set<UUID> tell = new HashSet<>();
		if (change.owner() != null && !change.owner().equals(c.ownerId())) {
			if (!views.names(who.workspaceId()).containsKey(change.owner())) {
				throw new InvalidFieldException("owner", "is not a member of this workspace");
			}
			record(c, who, now, "owner", Map.of("from", String.valueOf(c.ownerId()), "to", change.owner().toString()));
			c = c.withOwner(change.owner(), c.teamId());
			log.watch(c.workspaceId(), c.id(), change.owner());
			notifier.notify(c, List.of(change.owner()), who.userId(), "assigned", Map.of("by", who.actor()));
		}
		if (change.priority() != null) {
			Priority priority = Priority.of("priority", change.priority());
			if (priority != c.priority()) {
				record(c, who, now, "priority", Map.of("from", c.priority().id(), "to", priority.id()));
				c = c.withPriority(priority)
					.withSla(c.sla().retargeted(workTime.settings(c.workspaceId()).targets().of(priority)));
			}
		}
		c = outcome(c, change);
		if (change.status() != null) {
			CaseStatus next = CaseStatus.of("status", change.status());
			if (next != c.status()) {
				c = move(c, next, who, now, change.recovery());
				tell.add(c.ownerId());
			}
		}
		else if (change.recovery() != null) {
			throw new InvalidFieldException("recovery", "is sent when the case is closed: give status closed");
		}
		cases.update(c, workTime.clock(c.workspaceId()), clock.instant());
		tell.removeIf(java.util.Objects::isNull);
		notifier.notify(c, tell, who.userId(), "status", Map.of("by", who.actor(), "target", c.status().id()));
		return views.full(c);
	}

	private CaseRow outcome(CaseRow c, CaseChange change) {
		if (change.rootCause() == null && change.rootCauseNote() == null && change.solved() == null
				&& change.resolution() == null) {
			return c;
		}
		CaseRow.Outcome was = c.outcome();
		String cause = change.rootCause() != null ? change.rootCause() : was.rootCause();
		String note = change.rootCauseNote() != null ? change.rootCauseNote() : was.rootCauseNote();
		RootCause root = cause == null ? null
				: RootCause.of(cause, note, new HashSet<>(text.themes(c.workspaceId())));
		String resolution = change.resolution() != null ? change.resolution().strip() : was.resolution();
		if (resolution != null && resolution.length() > 4000) {
			throw new InvalidFieldException("resolution", "must have at most 4000 characters");
		}
		return c.withOutcome(new CaseRow.Outcome(root == null ? null : root.theme(), root == null ? note : root.note(),
				change.solved() != null ? change.solved() : was.solved(), resolution));
	}

	/** Moves the case on; closing an active case resolves it first, so both can be done in one step. */
	private CaseRow move(CaseRow c, CaseStatus next, Access who, Instant now, String recovery) {
		if (next == CaseStatus.CLOSED && c.status().isActive()) {
			c = move(c, CaseStatus.RESOLVED, who, now, null);
		}
		if (!c.status().canMoveTo(next)) {
			throw new InvalidFieldException("status", "cannot go from " + c.status().id() + " to " + next.id());
		}
		if (next == CaseStatus.RESOLVED && (c.outcome().rootCause() == null || c.outcome().solved() == null)) {
			throw new InvalidFieldException(c.outcome().rootCause() == null ? "rootCause" : "solved",
					"is required to resolve a case");
		}
		if (recovery != null && next != CaseStatus.CLOSED) {
			throw new InvalidFieldException("recovery", "is sent when the case is closed: give status closed");
		}
		record(c, who, now, "status", Map.of("from", c.status().id(), "to", next.id()));
		CaseRow moved = c.moved(next, now);
		if (next == CaseStatus.CLOSED) {
			if (recovery != null) {
				recoveries.send(moved, Recoveries.metric(recovery), who.actor(), now);
			}
			events.publishEvent(new CaseClosed(moved.workspaceId(), moved.id(), moved.number(), moved.ruleId(),
					moved.customerId(), moved.outcome().rootCause(), moved.outcome().solved(), now));
		}
		return moved;
	}

	/** A comment on the case, for its owner and watchers; the first thing anybody does counts as the response. */
	@Transactional
	public CaseView comment(Access who, UUID id, String body) {
		return comment(who, id, body, clock.instant());
	}

	@Transactional
	public CaseView comment(Access who, UUID id, String body, Instant now) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > 10_000) {
			throw new InvalidFieldException("body", "must have 1 to 10000 characters");
		}
		CaseRow c = cases.lock(who.workspaceId(), id).orElseThrow(() -> new NotFoundException("Case"));
		access.requireWork(who, c);
		record(c, who, now, "comment", Map.of("body", text));
		c = c.responded(now);
		cases.update(c, workTime.clock(c.workspaceId()), now);
		Set<UUID> tell = new HashSet<>(log.watchers(c.workspaceId(), c.id()));
		if (c.ownerId() != null) {
			tell.add(c.ownerId());
		}
		notifier.notify(c, tell, who.userId(), "comment", Map.of("by", who.actor()));
		if (who.userId() != null) {
			log.watch(c.workspaceId(), c.id(), who.userId());
		}
		return views.full(c);
	}

	/** The customer's recovery answer, asked by the owner another way (on the phone), on a closed case. */
	@Transactional
	public CaseView recoveryAnswer(Access who, UUID id, String metric, int score, Instant at) {
		CaseRow c = cases.lock(who.workspaceId(), id).orElseThrow(() -> new NotFoundException("Case"));
		access.requireWork(who, c);
		if (c.status() != CaseStatus.CLOSED) {
			throw new InvalidFieldException("status", "the recovery question is asked once the case is closed");
		}
		recoveries.answeredBy(c, Recoveries.metric(metric), score, who.actor(), at);
		return views.full(c);
	}

	void record(CaseRow c, Access who, Instant now, String kind, Map<String, String> detail) {
		log.record(c.workspaceId(), c.id(), now, who.actor(), who.userId(), kind, detail);
	}

	CaseRow visible(Access who, UUID id) {
		CaseRow c = cases.find(who.workspaceId(), id).orElseThrow(() -> new NotFoundException("Case"));
		access.requireVisible(who, c);
		return c;
	}

	/** Whether the workspace has this case (whoever may see it). */
	public boolean exists(UUID workspaceId, UUID caseId) {
		return cases.find(workspaceId, caseId).isPresent();
	}
}
