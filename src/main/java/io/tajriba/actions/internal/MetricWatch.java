package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.MetricCondition;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the metric rules every fifteen minutes on one node: a rule fires when its scope's window is below its
 * threshold beyond doubt, or has dropped significantly against the window before. Each rule is checked on its own:
 * one that fails (a persona since deleted, say) leaves the others and the other workspaces unharmed.
 */
@Component
public class MetricWatch {

	static final String KIND = "metric-rules";
	static final String RULES = "rules";

	private final RuleStore rules;
	private final MetricWindows windows;
	private final CaseOpener opener;
	private final Workspaces workspaces;
	private final TransactionTemplate transactions;
	private final DeadLetters deadLetters;

	MetricWatch(RuleStore rules, MetricWindows windows, CaseOpener opener, Workspaces workspaces,
			PlatformTransactionManager transactionManager, DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
		this.rules = rules;
		this.windows = windows;
		this.opener = opener;
		this.workspaces = workspaces;
		this.transactions = new TransactionTemplate(transactionManager);
	}


	/**
	 * Checks every active metric rule of every workspace at {@code now}; how many cases were opened or joined. A
	 * rule that fails, or a workspace whose rules cannot be read, gets a dead letter; the others go on.
	 */
	public int run(Instant now) {
		int fired = 0;
		for (UUID workspaceId : rules.workspacesWithMetricRules()) {
			List<Rule> active;
			try {
				active = rules.active(workspaceId, TriggerKind.METRIC);
			}
			catch (RuntimeException e) {
				deadLetters.record(workspaceId, KIND, RULES, e);
				continue;
			}
			deadLetters.resolve(workspaceId, KIND, RULES);
			for (Rule rule : active) {
				try {
					fired += checkNow(workspaceId, rule, now);
					deadLetters.resolve(workspaceId, KIND, rule.id().toString());
				}
				catch (RuntimeException e) {
					deadLetters.record(workspaceId, KIND, rule.id().toString(), e);
				}
			}
		}
		return fired;
	}

	/** Checks a dead-lettered rule again (or, for {@code rules}, every rule of the workspace); throws if it fails. */
	void retry(UUID workspaceId, String itemKey, Instant now) {
		if (itemKey.equals(RULES)) {
			rules.active(workspaceId, TriggerKind.METRIC).forEach(rule -> checkNow(workspaceId, rule, now));
			return;
		}
		rules.find(workspaceId, UUID.fromString(itemKey)).filter(rule -> !rule.paused()
				&& rule.definition().trigger() == TriggerKind.METRIC).ifPresent(rule -> checkNow(workspaceId, rule, now));
	}

	private int checkNow(UUID workspaceId, Rule rule, Instant now) {
		Integer done = transactions.execute(tx -> check(workspaceId, rule, now) ? 1 : 0);
		return done == null ? 0 : done;
	}

	/** Whether the rule fires at {@code now}, and its case opened or joined if so. */
	boolean check(UUID workspaceId, Rule rule, Instant now) {
		return evaluate(workspaceId, rule.definition().metric(), now).map(signal -> {
			opener.fire(workspaceId, rule, signal.signal(), signal.evidence());
			return true;
		}).orElse(false);
	}

	record Fired(Signal signal, Evidence evidence) {
	}

	/** The signal of a metric condition at {@code now}, if it fires. */
	Optional<Fired> evaluate(UUID workspaceId, MetricCondition m, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, workspaces.workspace(workspaceId).timeZone());
		MetricWindows.Window w = windows.window(workspaceId, m.metric(), m.scopeKind(), m.scopeValue(),
				m.windowDays(), today, m.minimum());
		MetricCondition.Verdict verdict = m.decide(figure(w.current()), figure(w.previous()), w.change().pValue());
		if (!verdict.fires()) {
			return Optional.empty();
		}
		String ref = m.metric() + ":" + m.scopeKind() + ":" + m.scopeValue() + "@" + w.from() + ".." + w.to();
		Signal.Where where = new Signal.Where(null, m.scopeKind().equals("channel") ? m.scopeValue() : null,
				m.scopeKind().equals("touchpoint") ? m.scopeValue() : null,
				m.scopeKind().equals("agent") ? m.scopeValue() : null, null);
		Signal signal = new Signal(TriggerKind.METRIC, ref, null, now, where, Map.of(), Map.of(),
				java.util.Set.of(), null, null, java.util.Set.of(), null, null, null, verdict.reason());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("metric", m.metric());
		detail.put("scope", m.scopeKind() + (m.scopeValue() == null ? "" : ":" + m.scopeValue()));
		detail.put("from", w.from().toString());
		detail.put("to", w.to().toString());
		detail.put("value", w.current().value());
		detail.put("ci95", w.current().ci95());
		detail.put("n", w.current().n());
		detail.put("previous", w.previous().value());
		detail.put("previousN", w.previous().n());
		detail.put("pValue", w.change().pValue());
		return Optional.of(new Fired(signal, new Evidence("metric", ref, detail)));
	}

	private static MetricCondition.Figure figure(MetricValue v) {
		return new MetricCondition.Figure(v.n(), v.value(), v.ci95()[0], v.ci95()[1]);
	}
}
