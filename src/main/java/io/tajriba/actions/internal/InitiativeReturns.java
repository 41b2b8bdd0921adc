package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.internal.EffectReport.Difference;
import io.tajriba.actions.internal.EffectReport.Return;
import io.tajriba.interactions.Interactions;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.LoyaltyReturns;
import io.tajriba.personas.Personas;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What an effect is worth a year: the customers who met the treated units in the year up to the measurement, times
 * the effect read as that share of them moving from detractor to promoter, times the revenue gap per customer
 * between promoters and detractors (the overview's return on experience by loyalty group). For NPS and CSAT only:
 * an effort score's points have no such reading.
 */
@Service
class InitiativeReturns {

	private final Interactions interactions;
	private final JourneyStages stages;
	private final Personas personas;
	private final LoyaltyReturns loyalty;
	private final MessageSource messages;

	InitiativeReturns(Interactions interactions, JourneyStages stages, Personas personas, LoyaltyReturns loyalty,
			MessageSource messages) {
		this.interactions = interactions;
		this.stages = stages;
		this.personas = personas;
		this.loyalty = loyalty;
		this.messages = messages;
	}

	@Nullable Return of(Workspace workspace, Measurement m, Difference effect, LocalDate asOf, Locale language) {
		if (m.metric() == InitiativeMetric.CES) {
			return null;
		}
		Instant to = asOf.plusDays(1).atStartOfDay(workspace.timeZone()).toInstant();
		long customers = customers(workspace.id(), m, to.minus(java.time.Duration.ofDays(365)), to);
		InsightReports.Roi roi = loyalty.byLoyalty(workspace, asOf, language);
		Double top = revenue(roi, "top");
		Double bottom = revenue(roi, "bottom");
		if (customers == 0 || top == null || bottom == null) {
			return null;
		}
		double gap = top - bottom;
		double perPoint = customers / 100.0 * gap;
		String metric = m.metric().key().toUpperCase(Locale.ROOT);
		List<String> assumptions = List.of(
				text("initiatives.return.customers", language, customers),
				text("initiatives.return.shift", language, metric),
				text("initiatives.return.gap", language, Math.round(top), Math.round(bottom)),
				text("initiatives.return.year", language));
		return new Return(EffectReport.round(effect.value() * perPoint), new double[] {
				EffectReport.round(effect.ci95()[0] * perPoint),
				EffectReport.round(effect.ci95()[1] * perPoint) }, customers, EffectReport.round(gap), assumptions);
	}

	private long customers(UUID workspaceId, Measurement m, Instant from, Instant to) {
		Set<String> units = new HashSet<>(m.treated());
		return switch (m.unitKind()) {
			case CHANNEL -> interactions.customersAt(workspaceId, from, to, "channel", units);
			case AGENT -> interactions.customersAt(workspaceId, from, to, "agent", units);
			case TOUCHPOINT -> interactions.customersAt(workspaceId, from, to, "touchpoint", units);
			case STAGE -> interactions.customersAt(workspaceId, from, to, "touchpoint", touchpoints(workspaceId, units));
			case PERSONA -> units.stream().mapToLong(p -> personas.members(workspaceId, UUID.fromString(p)).size()).sum();
		};
	}

	private Set<String> touchpoints(UUID workspaceId, Set<String> stageKeys) {
		Set<String> touchpoints = new HashSet<>();
		stages.of(workspaceId, null, null).orElse(List.of()).stream().filter(s -> stageKeys.contains(s.key()))
			.forEach(s -> touchpoints.addAll(s.touchpoints()));
		return touchpoints;
	}

	private static @Nullable Double revenue(InsightReports.Roi roi, String tier) {
		return roi.groups().stream().filter(g -> g.tier().equals(tier) && g.n() > 0)
			.map(g -> g.revenuePerCustomer().value()).findFirst().orElse(null);
	}

	private String text(String key, Locale language, Object... args) {
		return messages.getMessage(key, args, language);
	}
}
