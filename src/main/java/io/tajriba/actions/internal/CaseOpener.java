package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.AlertFired;
import io.tajriba.actions.CaseOpened;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.CaseStatus;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.SlaClock;
import io.tajriba.actions.domain.TriggerKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fired rule opens a case, or joins the active one: one active case per rule and customer (for a metric rule,
 * per scope), so a second complaint of the same customer adds its evidence to the case already being worked.
 * A signal a case of the rule holds already (open or closed) opens nothing: events may be delivered twice.
 */
@Component
class CaseOpener {

	/** What firing did: the case, whether it was opened now, and whether the case held the signal already. */
	record Fired(UUID caseId, boolean opened, boolean heardBefore) {
	}

	private final CaseStore cases;
	private final CaseLog log;
	private final RuleStore rules;
	private final Assigner assigner;
	private final WorkTime workTime;
	private final Notifier notifier;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseOpener(CaseStore cases, CaseLog log, RuleStore rules, Assigner assigner, WorkTime workTime,
			Notifier notifier, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.log = log;
		this.rules = rules;
		this.assigner = assigner;
		this.workTime = workTime;
		this.notifier = notifier;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Behind a savepoint of the caller's transaction (or in one of its own): one signal that fails to open its
	 * case is rolled back alone and leaves the others unharmed, without a second connection.
	 */
	@Transactional(propagation = Propagation.NESTED)
	Fired fire(UUID workspaceId, Rule rule, Signal signal, Evidence evidence) {
		return fire(workspaceId, rule, signal, evidence, clock.instant());
	}

	/** As {@link #fire(UUID, Rule, Signal, Evidence)}, the case opened at {@code now} (a backfill's signal time). */
	@Transactional(propagation = Propagation.NESTED)
	Fired fire(UUID workspaceId, Rule rule, Signal signal, Evidence evidence, Instant now) {
		Optional<UUID> holding = cases.holding(workspaceId, rule.id(), evidence.kind(), evidence.ref());
		if (holding.isPresent()) {
			// a redelivered event, or a backfill meeting the live listener: the signal has its case already
			return new Fired(holding.get(), false, true);
		}
		String subject = subject(rule, signal);
		Optional<CaseRow> active = cases.activeFor(workspaceId, rule.id(), subject);
		if (active.isPresent()) {
			return join(active.get(), rule, signal, evidence, now);
		}
		BusinessClock business = workTime.clock(workspaceId);
		Assigner.Owner owner = assigner.assign(workspaceId, rule.assignment(), signal,
				() -> rules.nextTurn(workspaceId, rule.id()));
		Signal.Where where = signal.where();
		CaseRow row = new CaseRow(workspaceId, UUID.randomUUID(), 0, rule.id(), rule.name(), subject,
				signal.customerId(), title(rule, signal), CaseStatus.NEW, rule.priority(), owner.userId(),
				owner.teamId(), new CaseRow.Where(where.channel(), where.touchpoint(), where.agent()),
				SlaClock.opened(now, workTime.settings(workspaceId).targets().of(rule.priority())), null,
				CaseRow.Outcome.none());
		Optional<CaseRow> inserted = cases.insert(row, business, now);
		if (inserted.isEmpty()) {
			// another node opened it a moment ago: join that one
			return join(cases.activeFor(workspaceId, rule.id(), subject).orElseThrow(), rule, signal, evidence, now);
		}
		CaseRow opened = inserted.get();
		log.addEvidence(workspaceId, opened.id(), evidence.kind(), evidence.ref(), signal.summary(), evidence.detail(),
				signal.occurredAt(), now);
		log.record(workspaceId, opened.id(), now, "system", null, "opened", Map.of("rule", rule.name(),
				"owner", String.valueOf(owner.userId()), "signal", signal.summary()));
		log.watch(workspaceId, opened.id(), owner.userId());
		notifier.notify(opened, List.of(owner.userId()), null, "assigned", Map.of());
		events.publishEvent(new CaseOpened(workspaceId, opened.id(), opened.number(), rule.id(), signal.customerId(),
				rule.priority().id(), owner.userId(), now));
		events.publishEvent(new AlertFired(workspaceId, rule.id(), opened.id(), evidence.kind(), evidence.ref(),
				signal.customerId(), true, now));
		return new Fired(opened.id(), true, false);
	}

	private Fired join(CaseRow active, Rule rule, Signal signal, Evidence evidence, Instant now) {
		boolean added = log.addEvidence(active.workspaceId(), active.id(), evidence.kind(), evidence.ref(),
				signal.summary(), evidence.detail(), signal.occurredAt(), now);
		if (added) {
			log.record(active.workspaceId(), active.id(), now, "system", null, "evidence",
					Map.of("rule", rule.name(), "signal", signal.summary()));
			events.publishEvent(new AlertFired(active.workspaceId(), rule.id(), active.id(), evidence.kind(),
					evidence.ref(), signal.customerId(), false, now));
		}
		return new Fired(active.id(), false, !added);
	}

	/** What a case is about: a customer, a metric's scope, or (a signal of nobody known) the signal itself. */
	static String subject(Rule rule, Signal signal) {
		if (rule.definition().trigger() == TriggerKind.METRIC) {
			var metric = rule.definition().metric();
			return "metric:" + metric.metric() + ":" + metric.scopeKind() + ":" + metric.scopeValue();
		}
		return signal.customerId() != null ? "customer:" + signal.customerId()
				: "signal:" + signal.kind().id() + ":" + signal.ref();
	}

	private static String title(Rule rule, Signal signal) {
		String title = rule.name() + " — " + signal.summary();
		return title.length() > 300 ? title.substring(0, 299) + "…" : title;
	}
}
