package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.actions.domain.RuleDefinition;
import io.tajriba.actions.domain.Signal;
import io.tajriba.interactions.Interactions;
import io.tajriba.surveys.Surveys;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The signals a rule's trigger would have heard over a past period, oldest first: responses, analysed texts and
 * interactions as stored, and a metric rule's verdict at the end of each day. At most 100,000 are read.
 */
@Component
class SignalHistory {

	static final int MAX_SIGNALS = 100_000;

	private final Surveys surveys;
	private final TextAnalytics text;
	private final Interactions interactions;
	private final MetricWatch metrics;
	private final Workspaces workspaces;
	private final ObjectMapper mapper;

	SignalHistory(Surveys surveys, TextAnalytics text, Interactions interactions, MetricWatch metrics,
			Workspaces workspaces, ObjectMapper mapper) {
		this.surveys = surveys;
		this.text = text;
		this.interactions = interactions;
		this.metrics = metrics;
		this.workspaces = workspaces;
		this.mapper = mapper;
	}

	/** Each signal with its evidence, as the rule's case would keep it. */
	record Past(Signal signal, Evidence evidence) {
	}

	void read(UUID workspaceId, RuleDefinition d, Instant from, Instant to, Consumer<Past> each) {
		Consumer<Signal> plain = s -> each.accept(new Past(s, Signals.evidence(s)));
		switch (d.trigger()) {
			case RESPONSE -> surveys.submittedBetween(workspaceId, from, to, MAX_SIGNALS, r -> plain.accept(Signals.of(r)));
			case TEXT -> text.analysedBetween(workspaceId, from, to, MAX_SIGNALS, t -> plain.accept(Signals.of(t,
					new Signal.Where(null, null, null, null, t.language()), t.occurredAt())));
			case INTERACTION -> interactions.between(workspaceId, from, to, Set.of(), MAX_SIGNALS,
					i -> plain.accept(Signals.of(i, mapper)));
			case METRIC -> {
				ZoneId zone = workspaces.workspace(workspaceId).timeZone();
				for (LocalDate day = LocalDate.ofInstant(from, zone).plusDays(1); !day.isAfter(LocalDate.ofInstant(to,
						zone)); day = day.plusDays(1)) {
					Instant end = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
					metrics.evaluate(workspaceId, d.metric(), end.isAfter(to) ? to : end)
						.ifPresent(f -> each.accept(new Past(f.signal(), f.evidence())));
				}
			}
		}
	}
}
