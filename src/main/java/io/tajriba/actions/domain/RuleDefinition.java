package io.tajriba.actions.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What makes a rule fire: its trigger, conditions that must all (or any) hold, and its scope; a metric rule has a
 * metric condition instead of conditions.
 */
public record RuleDefinition(TriggerKind trigger, String match, List<Condition> conditions, RuleScope scope,
		@Nullable MetricCondition metric) {

	public RuleDefinition {
		match = match == null || match.isBlank() ? "all" : match.strip().toLowerCase(Locale.ROOT);
		if (!match.equals("all") && !match.equals("any")) {
			throw new InvalidFieldException("match", "must be all or any");
		}
		conditions = List.copyOf(conditions);
		if (trigger == TriggerKind.METRIC) {
			if (metric == null) {
				throw new InvalidFieldException("metric", "is required for a metric rule");
			}
		}
		else {
			if (conditions.isEmpty() || conditions.size() > 20) {
				throw new InvalidFieldException("conditions", "must hold 1 to 20 conditions");
			}
			if (metric != null) {
				throw new InvalidFieldException("metric", "is only for a metric rule");
			}
		}
	}

	/** Whether a signal of this rule's trigger meets its conditions within its scope. */
	public boolean fires(Signal signal, Set<UUID> customerPersonas) {
		if (signal.kind() != trigger || !scope.admits(signal.where(), customerPersonas)) {
			return false;
		}
		return match.equals("all") ? conditions.stream().allMatch(c -> c.holds(signal))
				: conditions.stream().anyMatch(c -> c.holds(signal));
	}
}
