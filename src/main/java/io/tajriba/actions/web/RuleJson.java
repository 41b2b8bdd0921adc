package io.tajriba.actions.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.domain.Assignment;
import io.tajriba.actions.domain.Condition;
import io.tajriba.actions.domain.MetricCondition;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.RuleDefinition;
import io.tajriba.actions.domain.RuleScope;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.actions.internal.Rule;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Alert rules in and out of the API: a fixed catalogue of fields and operators, never an expression. */
public final class RuleJson {

	private RuleJson() {
	}

	/** A rule as sent: {@code value} of a condition is one value or a list of them. */
	public record Body(@Nullable String name, @Nullable String trigger, @Nullable String match,
			@Nullable List<ConditionBody> conditions, @Nullable ScopeBody scope, @Nullable MetricBody metric,
			@Nullable String priority, @Nullable AssignmentBody assignment, @Nullable Boolean reassignOnBreach,
			@Nullable Boolean paused) {
	}

	public record ConditionBody(@Nullable String field, @Nullable String op, @Nullable JsonNode value,
			@Nullable String question) {
	}

	public record ScopeBody(@Nullable List<UUID> surveys, @Nullable List<String> channels, @Nullable List<String> touchpoints,
			@Nullable List<UUID> personas, @Nullable List<String> languages) {
	}

	public record MetricBody(@Nullable String metric, @Nullable String scope, @Nullable String value,
			@Nullable Integer windowDays, @Nullable String mode, @Nullable Double threshold,
			@Nullable Integer minimum) {
	}

	public record AssignmentBody(@Nullable String to, @Nullable UUID user, @Nullable String role, @Nullable UUID team) {
	}

	/** A rule as answered. */
	public record View(UUID id, String name, String trigger, String match, List<ConditionView> conditions,
			ScopeBody scope, @Nullable MetricBody metric, String priority, AssignmentBody assignment,
			boolean reassignOnBreach, boolean paused, Instant createdAt, Instant updatedAt) {
	}

	public record ConditionView(String field, String op, Object value, @Nullable String question) {
	}

	public static Rule rule(Body body, int defaultMinimum) {
		if (body.trigger() == null) {
			throw new InvalidFieldException("trigger", "is required: response, text, interaction or metric");
		}
		TriggerKind trigger = TriggerKind.of("trigger", body.trigger());
		List<Condition> conditions = new ArrayList<>();
		List<ConditionBody> given = body.conditions() == null ? List.of() : body.conditions();
		for (int i = 0; i < given.size(); i++) {
			ConditionBody c = given.get(i);
			if (c == null) {
				throw new InvalidFieldException("conditions[" + i + "]", "must be an object");
			}
			conditions.add(Condition.of(trigger, i, c.field(), c.op(), values(c.value(), i), c.question()));
		}
		ScopeBody s = body.scope();
		RuleScope scope = s == null ? RuleScope.everywhere()
				: new RuleScope(orEmpty(s.surveys()), orEmpty(s.channels()), orEmpty(s.touchpoints()),
						orEmpty(s.personas()), orEmpty(s.languages()));
		MetricCondition metric = body.metric() == null ? null : metric(body.metric(), defaultMinimum);
		RuleDefinition definition = new RuleDefinition(trigger, body.match(), conditions, scope, metric);
		AssignmentBody a = body.assignment() == null ? new AssignmentBody("admins", null, null, null) : body.assignment();
		return new Rule(new UUID(0, 0), body.name(), definition,
				body.priority() == null ? Priority.NORMAL : Priority.of("priority", body.priority()),
				new Assignment(a.to(), a.user(), a.role(), a.team()), Boolean.TRUE.equals(body.reassignOnBreach()),
				Boolean.TRUE.equals(body.paused()), Instant.EPOCH, Instant.EPOCH);
	}

	public static View view(Rule rule) {
		RuleDefinition d = rule.definition();
		RuleScope s = d.scope();
		MetricCondition m = d.metric();
		Assignment a = rule.assignment();
		return new View(rule.id(), rule.name(), d.trigger().id(), d.match(), d.conditions().stream()
			.map(c -> new ConditionView(c.field(), c.op(), c.op().equals("in") ? c.values() : number(c), c.question()))
			.toList(), new ScopeBody(s.surveys(), s.channels(), s.touchpoints(), s.personas(), s.languages()),
				m == null ? null : new MetricBody(m.metric(), m.scopeKind(), m.scopeValue(), m.windowDays(), m.mode(),
						m.threshold(), m.minimum()),
				rule.priority().id(), new AssignmentBody(a.to(), a.user(), a.role(), a.team()), rule.reassignOnBreach(),
				rule.paused(), rule.createdAt(), rule.updatedAt());
	}

	private static Object number(Condition c) {
		String v = c.values().getFirst();
		try {
			return new java.math.BigDecimal(v);
		}
		catch (NumberFormatException e) {
			return v;
		}
	}

	private static MetricCondition metric(MetricBody m, int defaultMinimum) {
		return new MetricCondition(m.metric(), m.scope(), m.value(), m.windowDays() == null ? 7 : m.windowDays(),
				m.mode() == null ? "below" : m.mode(), m.threshold() == null ? 0 : m.threshold(),
				m.minimum() == null ? defaultMinimum : m.minimum());
	}

	private static List<String> values(@Nullable JsonNode value, int index) {
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (value.isArray()) {
			List<String> values = new ArrayList<>();
			for (JsonNode v : value) {
				values.add(scalar(v, index));
			}
			return values;
		}
		return List.of(scalar(value, index));
	}

	private static String scalar(JsonNode v, int index) {
		if (v.isString()) {
			return v.asString();
		}
		if (v.isNumber()) {
			return v.decimalValue().toPlainString();
		}
		throw new InvalidFieldException("conditions[" + index + "].value", "must be a number, a text or a list of them");
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
	}
}
