package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tajriba.actions.domain.Condition;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.InteractionsRecorded;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.surveys.Surveys;
import io.tajriba.text.TextAnalysed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Hears what the other modules recorded and runs the alert rules on it. Each listener returns at once for a
 * workspace with no active rule of that kind, so ingest pays nothing for rules nobody made.
 */
@Component
class SignalListener {

	private final RuleEngine engine;
	private final Recoveries recoveries;
	private final Surveys surveys;
	private final Interactions interactions;
	private final ObjectMapper mapper;
	private final java.time.Clock clock;

	SignalListener(RuleEngine engine, Recoveries recoveries, Surveys surveys, Interactions interactions,
			ObjectMapper mapper, java.time.Clock clock) {
		this.recoveries = recoveries;
		this.clock = clock;
		this.engine = engine;
		this.surveys = surveys;
		this.interactions = interactions;
		this.mapper = mapper;
	}

	/**
	 * A response: first the recovery it may answer, then the alert rules on it, in one transaction and one event
	 * publication (a response is the busiest event there is).
	 */
	@ApplicationModuleListener
	void on(ResponseSubmitted submitted) {
		recoveries.on(submitted);
		if (engine.active(submitted.workspaceId(), TriggerKind.RESPONSE).isEmpty()) {
			return;
		}
		surveys.submitted(submitted.workspaceId(), submitted.responseId()).ifPresent(
				r -> engine.run(submitted.workspaceId(), TriggerKind.RESPONSE, List.of(Signals.of(r))));
	}

	@ApplicationModuleListener
	void on(TextAnalysed analysed) {
		if (engine.active(analysed.workspaceId(), TriggerKind.TEXT).isEmpty()) {
			return;
		}
		Instant at = analysed.occurredAt() == null ? clock.instant() : analysed.occurredAt();
		Signal.Where where = switch (analysed.sourceKind()) {
			case "response" -> surveys.submitted(analysed.workspaceId(), uuid(analysed.sourceId()))
				.map(Signals::where).orElse(Signal.Where.nowhere());
			case "interaction" -> interactions.find(analysed.workspaceId(), analysed.sourceId())
				.map(i -> new Signal.Where(null, i.channel(), i.touchpoint(), i.agent(), analysed.language()))
				.orElse(Signal.Where.nowhere());
			default -> Signal.Where.nowhere();
		};
		Signal.Where withLanguage = new Signal.Where(where.survey(), where.channel(), where.touchpoint(),
				where.agent(), analysed.language());
		engine.run(analysed.workspaceId(), TriggerKind.TEXT, List.of(Signals.of(analysed, withLanguage, at)));
	}

	@ApplicationModuleListener
	void on(InteractionsRecorded recorded) {
		List<Rule> active = engine.active(recorded.workspaceId(), TriggerKind.INTERACTION);
		if (active.isEmpty()) {
			return;
		}
		Set<String> types = typesOf(active, recorded.types());
		List<Signal> signals = new ArrayList<>();
		interactions.recorded(recorded, engine.oldest(), types, i -> signals.add(Signals.of(i, mapper)));
		engine.run(recorded.workspaceId(), TriggerKind.INTERACTION, signals);
	}

	/** The batch's types that some rule may fire on: all of them if a rule does not name its types. */
	private static Set<String> typesOf(List<Rule> rules, Set<String> batch) {
		Set<String> named = rules.stream().flatMap(r -> r.definition().conditions().stream())
			.filter(c -> c.field().equals("type")).flatMap(c -> c.values().stream()).collect(Collectors.toSet());
		boolean anyType = rules.stream().anyMatch(r -> r.definition().match().equals("any")
				|| r.definition().conditions().stream().map(Condition::field).noneMatch("type"::equals));
		return anyType ? batch : batch.stream().filter(named::contains).collect(Collectors.toSet());
	}

	private static java.util.UUID uuid(String text) {
		try {
			return java.util.UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return new java.util.UUID(0, 0);
		}
	}
}
