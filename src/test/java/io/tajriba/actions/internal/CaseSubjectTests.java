package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.domain.Assignment;
import io.tajriba.actions.domain.Condition;
import io.tajriba.actions.domain.MetricCondition;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.RuleDefinition;
import io.tajriba.actions.domain.RuleScope;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes two signals join one case: the same rule and the same customer, or the same metric scope. */
class CaseSubjectTests {

	static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

	static Rule rule(RuleDefinition d) {
		return new Rule(UUID.randomUUID(), "r", d, Priority.HIGH, Assignment.admins(), false, false, AT, AT);
	}

	static Signal answer(String ref, UUID customer) {
		return Signal.response(ref, customer, AT, Signal.Where.nowhere(), Map.of("nps", 2), Map.of(), Set.of(), "NPS 2");
	}

	@Test
	void aCustomersSignalsShareTheirCaseAnonymousOnesDoNot() {
		Rule detractor = rule(new RuleDefinition(TriggerKind.RESPONSE, "all", List.of(Condition.of(TriggerKind.RESPONSE,
				0, "nps", "lte", List.of("6"), null)), RuleScope.everywhere(), null));
		UUID ana = UUID.randomUUID();
		assertThat(CaseOpener.subject(detractor, answer("r1", ana))).isEqualTo(CaseOpener.subject(detractor,
				answer("r2", ana)));
		assertThat(CaseOpener.subject(detractor, answer("r1", ana))).isNotEqualTo(CaseOpener.subject(detractor,
				answer("r3", UUID.randomUUID())));
		assertThat(CaseOpener.subject(detractor, answer("r4", null))).isNotEqualTo(CaseOpener.subject(detractor,
				answer("r5", null)));
	}

	@Test
	void aMetricRuleKeepsOneCasePerScopeWhateverItsWindow() {
		Rule ivr = rule(new RuleDefinition(TriggerKind.METRIC, "all", List.of(), RuleScope.everywhere(),
				new MetricCondition("nps", "touchpoint", "IVR billing", 14, "drop", 0, 30)));
		Signal monday = new Signal(TriggerKind.METRIC, "nps:touchpoint:IVR billing@2026-11-17..2026-11-30", null, AT,
				Signal.Where.nowhere(), Map.of(), Map.of(), Set.of(), null, null, Set.of(), null, null, null, "fell");
		Signal tuesday = new Signal(TriggerKind.METRIC, "nps:touchpoint:IVR billing@2026-11-18..2026-12-01", null, AT,
				Signal.Where.nowhere(), Map.of(), Map.of(), Set.of(), null, null, Set.of(), null, null, null, "fell");
		assertThat(CaseOpener.subject(ivr, monday)).isEqualTo(CaseOpener.subject(ivr, tuesday))
			.isEqualTo("metric:nps:touchpoint:IVR billing");
	}
}
