package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Personas;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks signals against the workspace's active rules and fires those that hold. Signals older than
 * {@code tajriba.actions.max-signal-age-days} (7) open nothing: an import of last year's complaints is history,
 * not a customer waiting for an answer. Each signal's case is opened on its own, so one failing leaves the
 * others unharmed.
 */
@Component
class RuleEngine {

	private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
	private static final Duration KEEP = Duration.ofSeconds(10);

	private record Kept(List<Rule> rules, Instant until) {
	}

	private final RuleStore rules;
	private final CaseOpener opener;
	private final Personas personas;
	private final Clock clock;
	private final Duration maxAge;
	private final Map<String, Kept> kept = new ConcurrentHashMap<>();
	/** Moves on with every change, so rules read before a change are not kept after it. */
	private final AtomicLong changes = new AtomicLong();

	RuleEngine(RuleStore rules, CaseOpener opener, Personas personas, Clock clock,
			@Value("${tajriba.actions.max-signal-age-days:7}") int maxAgeDays) {
		this.rules = rules;
		this.opener = opener;
		this.personas = personas;
		this.clock = clock;
		this.maxAge = Duration.ofDays(maxAgeDays);
	}

	/** The active rules of a trigger, read again at most every ten seconds (at once after a change here). */
	List<Rule> active(UUID workspaceId, TriggerKind trigger) {
		String key = workspaceId + ":" + trigger;
		Instant now = clock.instant();
		Kept k = kept.get(key);
		if (k == null || k.until().isBefore(now)) {
			long before = changes.get();
			k = new Kept(rules.active(workspaceId, trigger), now.plus(KEEP));
			if (changes.get() == before) {
				kept.put(key, k);
			}
		}
		return k.rules();
	}

	/** Drops a workspace's kept rules now and, in a transaction, once more after its commit, when others see it. */
	void forget(UUID workspaceId) {
		drop(workspaceId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					drop(workspaceId);
				}
			});
		}
	}

	private void drop(UUID workspaceId) {
		changes.incrementAndGet();
		kept.keySet().removeIf(key -> key.startsWith(workspaceId + ":"));
	}

	/** The personas of a signal's customer, for the rules scoped to personas (none for an unknown customer). */
	Set<UUID> personasOf(UUID workspaceId, @Nullable UUID customerId) {
		return customerId == null ? Set.of()
				: personas.personaOf(workspaceId, customerId).map(Persona::id).map(Set::of).orElse(Set.of());
	}

	/** The oldest a signal may be and still open a case. */
	Instant oldest() {
		return clock.instant().minus(maxAge);
	}

	/** Fires every active rule of the signals' trigger that holds for them; how many cases were opened or joined. */
	int run(UUID workspaceId, TriggerKind trigger, List<Signal> signals) {
		List<Rule> active = active(workspaceId, trigger);
		if (active.isEmpty()) {
			return 0;
		}
		boolean needPersonas = active.stream().anyMatch(r -> r.definition().scope().needsPersonas());
		Instant oldest = oldest();
		int fired = 0;
		for (Signal signal : signals) {
			if (signal.occurredAt().isBefore(oldest)) {
				continue;
			}
			Set<UUID> of = needPersonas ? personasOf(workspaceId, signal.customerId()) : Set.of();
			for (Rule rule : active) {
				if (rule.definition().fires(signal, of)) {
					fired += fire(workspaceId, rule, signal);
				}
			}
		}
		return fired;
	}

	private int fire(UUID workspaceId, Rule rule, Signal signal) {
		try {
			opener.fire(workspaceId, rule, signal, Signals.evidence(signal));
			return 1;
		}
		catch (RuntimeException e) {
			log.warn("Rule {} of workspace {} could not open its case for {} {}", rule.id(), workspaceId,
					signal.kind().id(), signal.ref(), e);
			return 0;
		}
	}
}
