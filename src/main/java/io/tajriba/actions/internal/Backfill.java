package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a new rule to the recent past: the cases it would have opened over the last days (at most 30) are
 * opened, each at the time of its signal, so that customers who complained just before the rule existed are not
 * forgotten. Customers' further signals join their case as they would have.
 */
@Service
public class Backfill {

	static final int MAX_DAYS = 30;

	private final RuleService rules;
	private final SignalHistory history;
	private final CaseOpener opener;
	private final RuleEngine engine;
	private final Clock clock;

	Backfill(RuleService rules, SignalHistory history, CaseOpener opener, RuleEngine engine, Clock clock) {
		this.rules = rules;
		this.history = history;
		this.opener = opener;
		this.engine = engine;
		this.clock = clock;
	}

	/** How many signals opened or joined a case (not those a case of the rule held already). */
	@Transactional
	public int run(Access access, UUID ruleId, int days) {
		CaseAccess.requireRules(access);
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidFieldException("days", "must be between 1 and " + MAX_DAYS);
		}
		Rule rule = rules.get(access, ruleId);
		Instant to = clock.instant();
		int[] fired = { 0 };
		history.read(access.workspaceId(), rule.definition(), to.minus(Duration.ofDays(days)), to, past -> {
			var s = past.signal();
			Set<UUID> of = rule.definition().scope().needsPersonas() ? engine.personasOf(access.workspaceId(),
					s.customerId()) : Set.of();
			if (rule.definition().trigger() == TriggerKind.METRIC || rule.definition().fires(s, of)) {
				if (!opener.fire(access.workspaceId(), rule, s, past.evidence(), s.occurredAt()).heardBefore()) {
					fired[0]++;
				}
			}
		});
		return fired[0];
	}
}
