package io.tajriba.actions.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.CaseSlaBreached;
import io.tajriba.actions.domain.Breach;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.Priority;
import io.tajriba.platform.DeadLetters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates the cases that missed a target, once per case and target, every minute on one node: the priority is
 * raised, the owner and their manager (a team lead, else the admins) are told, and with the rule's say-so the case
 * goes to the manager. Each case is escalated in a transaction of its own, so one that fails holds up no other; it gets a dead
 * letter, tried again every minute while overdue and resolved once escalated.
 */
@Component
public class Escalations {

	static final String KIND = "case-escalation";

	private final CaseStore cases;
	private final CaseLog caseLog;
	private final RuleStore rules;
	private final Assigner assigner;
	private final WorkTime workTime;
	private final Notifier notifier;
	private final TransactionTemplate transactions;
	private final DeadLetters deadLetters;
	private final ApplicationEventPublisher events;

	Escalations(CaseStore cases, CaseLog caseLog, RuleStore rules, Assigner assigner, WorkTime workTime,
			Notifier notifier, PlatformTransactionManager transactionManager, DeadLetters deadLetters,
			ApplicationEventPublisher events) {
		this.deadLetters = deadLetters;
		this.events = events;
		this.cases = cases;
		this.caseLog = caseLog;
		this.rules = rules;
		this.assigner = assigner;
		this.workTime = workTime;
		this.notifier = notifier;
		this.transactions = new TransactionTemplate(transactionManager);
	}


	/** Escalates what is overdue at {@code now}; how many targets were escalated. A case that fails is dead-lettered. */
	public int run(Instant now) {
		int escalated = 0;
		for (CaseStore.CaseKey key : cases.breached(now, 500)) {
			try {
				escalated += escalateNow(key, now);
				deadLetters.resolve(key.workspaceId(), KIND, key.caseId().toString());
			}
			catch (RuntimeException e) {
				deadLetters.record(key.workspaceId(), KIND, key.caseId().toString(), e);
			}
		}
		return escalated;
	}

	/** Escalates a dead-lettered case now, if it is still overdue; throws if it fails again. */
	void retry(UUID workspaceId, String caseId, Instant now) {
		escalateNow(new CaseStore.CaseKey(workspaceId, UUID.fromString(caseId)), now);
	}

	private int escalateNow(CaseStore.CaseKey key, Instant now) {
		Integer done = transactions.execute(tx -> escalate(key, now));
		return done == null ? 0 : done;
	}

	private int escalate(CaseStore.CaseKey key, Instant now) {
		CaseRow c = cases.lock(key.workspaceId(), key.caseId()).orElse(null);
		if (c == null) {
			return 0;
		}
		BusinessClock clock = workTime.clock(c.workspaceId());
		List<Breach> due = Breach.due(c.status(), c.sla().firstResponseAt(), c.firstResponseDue(clock),
				c.resolutionDue(clock), caseLog.escalated(c.workspaceId(), c.id()), now);
		int done = 0;
		for (Breach breach : due) {
			if (caseLog.escalate(c.workspaceId(), c.id(), breach, now)) {
				c = escalate(c, breach, now);
				events.publishEvent(new CaseSlaBreached(c.workspaceId(), c.id(), c.number(), breach.id(),
						c.priority().id(), c.ownerId(), now));
				done++;
			}
		}
		if (done > 0) {
			cases.update(c, clock, now);
		}
		return done;
	}

	private CaseRow escalate(CaseRow c, Breach breach, Instant now) {
		Priority before = c.priority();
		CaseRow raised = c.withPriority(before.raised());
		UUID owner = c.ownerId();
		List<UUID> managers = new ArrayList<>(owner == null ? List.of()
				: assigner.managerOf(c.workspaceId(), owner).map(List::of).orElse(List.of()));
		if (managers.isEmpty()) {
			managers.addAll(assigner.adminsOf(c.workspaceId()));
		}
		boolean reassign = c.ruleId() != null && rules.find(c.workspaceId(), c.ruleId())
			.map(Rule::reassignOnBreach).orElse(false) && !managers.isEmpty() && !managers.contains(owner);
		if (reassign) {
			raised = raised.withOwner(managers.getFirst(), raised.teamId());
			caseLog.watch(c.workspaceId(), c.id(), managers.getFirst());
		}
		caseLog.record(c.workspaceId(), c.id(), now, "system", null, "escalated", Map.of("target", breach.id(),
				"from", before.id(), "to", raised.priority().id(), "owner", String.valueOf(raised.ownerId())));
		Map<String, String> detail = Map.of("target", breach.id());
		if (owner != null) {
			notifier.notify(raised, Set.of(owner), null, "breach", detail);
		}
		notifier.notify(raised, managers, null, "escalation", detail);
		return raised;
	}

}
