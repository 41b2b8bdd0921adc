package io.tajriba.actions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleDefinitionTests {

	static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
	static final UUID SURVEY = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static Signal response(int nps, String... emotions) {
		return Signal.response("r1", UUID.randomUUID(), AT,
				new Signal.Where(SURVEY, "call_center", "IVR billing", "Sara", "fa"), Map.of("nps", nps),
				Map.of("reason", List.of("price"), "nps", List.of(String.valueOf(nps))), Set.of(emotions), "NPS " + nps);
	}

	static Condition condition(TriggerKind trigger, String field, String op, String... values) {
		return Condition.of(trigger, 0, field, op, List.of(values), field.equals("answer") ? "reason" : null);
	}

	static RuleDefinition rule(String match, RuleScope scope, Condition... conditions) {
		return new RuleDefinition(TriggerKind.RESPONSE, match, List.of(conditions), scope, null);
	}

	@Test
	void aDetractorRuleFiresOnSixAndBelowOnly() {
		RuleDefinition detractor = rule("all", RuleScope.everywhere(), condition(TriggerKind.RESPONSE, "nps", "lte", "6"));
		assertThat(detractor.fires(response(6), Set.of())).isTrue();
		assertThat(detractor.fires(response(0), Set.of())).isTrue();
		assertThat(detractor.fires(response(7), Set.of())).isFalse();
	}

	@Test
	void allNeedsEveryConditionAnyOneOfThem() {
		Condition low = condition(TriggerKind.RESPONSE, "nps", "lte", "6");
		Condition angry = condition(TriggerKind.RESPONSE, "emotion", "in", "angry", "frustrated");
		assertThat(rule("all", RuleScope.everywhere(), low, angry).fires(response(3), Set.of())).isFalse();
		assertThat(rule("all", RuleScope.everywhere(), low, angry).fires(response(3, "angry"), Set.of())).isTrue();
		assertThat(rule("any", RuleScope.everywhere(), low, angry).fires(response(9, "frustrated"), Set.of())).isTrue();
		assertThat(rule("any", RuleScope.everywhere(), low, angry).fires(response(9, "delighted"), Set.of())).isFalse();
	}

	@Test
	void aChosenAnswerMatchesItsQuestion() {
		assertThat(rule("all", RuleScope.everywhere(), condition(TriggerKind.RESPONSE, "answer", "in", "price", "wait"))
			.fires(response(8), Set.of())).isTrue();
		assertThat(rule("all", RuleScope.everywhere(), condition(TriggerKind.RESPONSE, "answer", "eq", "wait"))
			.fires(response(8), Set.of())).isFalse();
	}

	@Test
	void theScopeLimitsWhereARuleApplies() {
		Condition low = condition(TriggerKind.RESPONSE, "nps", "lte", "6");
		UUID persona = UUID.randomUUID();
		RuleScope ivr = new RuleScope(List.of(SURVEY), List.of("call_center"), List.of("IVR billing"), List.of(),
				List.of("fa", "ar"));
		assertThat(rule("all", ivr, low).fires(response(2), Set.of())).isTrue();
		RuleScope web = new RuleScope(List.of(), List.of("web"), List.of(), List.of(), List.of());
		assertThat(rule("all", web, low).fires(response(2), Set.of())).isFalse();
		RuleScope bargain = new RuleScope(List.of(), List.of(), List.of(), List.of(persona), List.of());
		assertThat(rule("all", bargain, low).fires(response(2), Set.of())).isFalse();
		assertThat(rule("all", bargain, low).fires(response(2), Set.of(persona))).isTrue();
		// an interaction has no survey: a rule scoped to surveys never fires on it
		Signal refund = Signal.interaction("i1", null, AT, new Signal.Where(null, "web", null, null, null), "refund",
				"bad", BigDecimal.TEN, "refund");
		RuleDefinition refunds = new RuleDefinition(TriggerKind.INTERACTION, "all",
				List.of(condition(TriggerKind.INTERACTION, "type", "eq", "refund")), ivr, null);
		assertThat(refunds.fires(refund, Set.of())).isFalse();
	}

	@Test
	void textAndInteractionConditions() {
		Signal angryText = Signal.text("t1", null, AT, Signal.Where.nowhere(), "negative", -0.8, Set.of("anger"),
				Set.of("delivery"), "late");
		assertThat(condition(TriggerKind.TEXT, "sentiment", "eq", "negative").holds(angryText)).isTrue();
		assertThat(condition(TriggerKind.TEXT, "score", "lte", "-0.5").holds(angryText)).isTrue();
		assertThat(condition(TriggerKind.TEXT, "score", "lte", "-0.9").holds(angryText)).isFalse();
		assertThat(condition(TriggerKind.TEXT, "emotion", "in", "anger", "frustration").holds(angryText)).isTrue();
		assertThat(condition(TriggerKind.TEXT, "theme", "in", "price").holds(angryText)).isFalse();
		Signal bigRefund = Signal.interaction("i1", null, AT, Signal.Where.nowhere(), "refund", "Bad",
				new BigDecimal("250.00"), "refund");
		assertThat(condition(TriggerKind.INTERACTION, "outcome", "eq", "bad").holds(bigRefund)).isTrue();
		assertThat(condition(TriggerKind.INTERACTION, "value", "gt", "200").holds(bigRefund)).isTrue();
		assertThat(condition(TriggerKind.INTERACTION, "value", "gt", "250").holds(bigRefund)).isFalse();
		assertThat(condition(TriggerKind.INTERACTION, "type", "in", "complaint", "refund").holds(bigRefund)).isTrue();
	}

	@Test
	void aBadConditionNamesItsField() {
		assertThatThrownBy(() -> Condition.of(TriggerKind.RESPONSE, 2, "sentiment", "eq", List.of("negative"), null))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("conditions[2].field");
		assertThatThrownBy(() -> Condition.of(TriggerKind.RESPONSE, 0, "nps", "contains", List.of("3"), null))
			.extracting("field").isEqualTo("conditions[0].op");
		assertThatThrownBy(() -> Condition.of(TriggerKind.RESPONSE, 0, "nps", "lte", List.of("11"), null))
			.extracting("field").isEqualTo("conditions[0].value");
		assertThatThrownBy(() -> Condition.of(TriggerKind.RESPONSE, 0, "csat", "lte", List.of("two"), null))
			.extracting("field").isEqualTo("conditions[0].value");
		assertThatThrownBy(() -> Condition.of(TriggerKind.TEXT, 1, "score", "lte", List.of("-2"), null))
			.extracting("field").isEqualTo("conditions[1].value");
		assertThatThrownBy(() -> Condition.of(TriggerKind.RESPONSE, 0, "answer", "eq", List.of("x"), null))
			.extracting("field").isEqualTo("conditions[0].question");
		assertThatThrownBy(() -> Condition.of(TriggerKind.TEXT, 0, "sentiment", "eq", List.of("furious"), null))
			.extracting("field").isEqualTo("conditions[0].value");
		// an expression is just a value that matches nothing: it is never evaluated
		Condition ognl = Condition.of(TriggerKind.INTERACTION, 0, "type", "eq",
				List.of("#{T(java.lang.Runtime).getRuntime().exec('id')}"), null);
		assertThat(ognl.holds(Signal.interaction("i", null, AT, Signal.Where.nowhere(), "refund", null, null, "")))
			.isFalse();
		assertThatThrownBy(() -> new RuleDefinition(TriggerKind.RESPONSE, "all", List.of(), RuleScope.everywhere(), null))
			.extracting("field").isEqualTo("conditions");
		assertThatThrownBy(() -> new RuleDefinition(TriggerKind.METRIC, "all", List.of(), RuleScope.everywhere(), null))
			.extracting("field").isEqualTo("metric");
		assertThatThrownBy(() -> new RuleDefinition(TriggerKind.RESPONSE, "most", List.of(condition(TriggerKind.RESPONSE,
				"nps", "lte", "6")), RuleScope.everywhere(), null)).extracting("field").isEqualTo("match");
	}
}
