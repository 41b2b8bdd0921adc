package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.MetricCondition;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.workspaces.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(MetricWatch.class);

	private final RuleStore rules;
	private final MetricWindows windows;
	private final CaseOpener opener;
	private final Workspaces workspaces;
	private final TransactionTemplate transactions;

	MetricWatch(RuleStore rules, MetricWindows windows, CaseOpener opener, Workspaces workspaces,
			PlatformTransactionManager transactionManager) {
		this.rules = rules;
		this.windows = windows;
		this.opener = opener;
		this.workspaces = workspaces;
		this.transactions = new TransactionTemplate(transactionManager);
	}


	/** Checks every active metric rule of every workspace at {@code now}; how many cases were opened or joined. */
	public int run(Instant now) {
		int fired = 0;
		for (UUID workspaceId : rules.workspacesWithMetricRules()) {
			for (Rule rule : rules.active(workspaceId, TriggerKind.METRIC)) {
				try {
					Integer done = transactions.execute(tx -> check(workspaceId, rule, now) ? 1 : 0);
					fired += done == null ? 0 : done;
				}
				catch (RuntimeException e) {
					log.warn("Metric rule {} of workspace {} could not be checked", rule.id(), workspaceId, e);
				}
			}
		}
		return fired;
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
