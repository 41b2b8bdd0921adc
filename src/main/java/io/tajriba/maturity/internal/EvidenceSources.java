package io.tajriba.maturity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.tajriba.actions.InitiativeSetup;
import io.tajriba.actions.LoopReports;
import io.tajriba.actions.Teams;
import io.tajriba.customers.Customers;
import io.tajriba.employees.EmployeeFigures;
import io.tajriba.interactions.Interactions;
import io.tajriba.journeys.JourneyEvidence;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.Rubric;
import io.tajriba.metrics.InsightReports.Rate;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Personas;
import io.tajriba.quality.AgentDirectory;
import io.tajriba.quality.AgentQuality;
import io.tajriba.reports.ReportFigures;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The evidence figures, each read from the module that owns it through its published API as it stood at an instant:
 * shares over the 90 days before it (ideas, coverage: 365), states (owners, personas, targets) as they are now. A
 * figure whose module fails is logged and shown as no data, and the others still come.
 */
@Component
public class EvidenceSources {

	static final Duration WINDOW = Duration.ofDays(90);
	static final Duration YEAR = Duration.ofDays(365);

	private static final Logger log = LoggerFactory.getLogger(EvidenceSources.class);

	private final Interactions interactions;
	private final SurveyScores surveys;
	private final Personas personas;
	private final Customers customers;
	private final JourneyEvidence journeys;
	private final JourneyStages stages;
	private final LoopReports loop;
	private final InitiativeSetup initiatives;
	private final Teams teams;
	private final AgentQuality quality;
	private final AgentDirectory agents;
	private final EmployeeFigures employees;
	private final ReportFigures reports;
	private final AccessAdministration members;
	private final Goals goals;

	EvidenceSources(Interactions interactions, SurveyScores surveys, Personas personas, Customers customers,
			JourneyEvidence journeys, JourneyStages stages, LoopReports loop, InitiativeSetup initiatives, Teams teams,
			AgentQuality quality, AgentDirectory agents, EmployeeFigures employees, ReportFigures reports,
			AccessAdministration members, Goals goals) {
		this.goals = goals;
		this.interactions = interactions;
		this.surveys = surveys;
		this.personas = personas;
		this.customers = customers;
		this.journeys = journeys;
		this.stages = stages;
		this.loop = loop;
		this.initiatives = initiatives;
		this.teams = teams;
		this.quality = quality;
		this.agents = agents;
		this.employees = employees;
		this.reports = reports;
		this.members = members;
	}

	/** Every figure the rubric's rules read, by key, as of {@code at}. */
	public Map<String, Measure> of(Workspace workspace, Rubric rubric, Instant at) {
		UUID w = workspace.id();
		ZoneId zone = workspace.timeZone();
		Instant from = at.minus(WINDOW);
		LocalDate day = LocalDate.ofInstant(at.minusNanos(1), zone);
		LocalDate first = day.minusDays(WINDOW.toDays() - 1);
		Supplier<Interactions.Reach> reach = once(() -> interactions.reach(w, from, at));
		Map<String, Supplier<Measure>> sources = new LinkedHashMap<>();
		sources.put("journey_targets", () -> {
			var t = journeys.targets(w);
			return Measure.share(t.withTarget(), t.stages());
		});
		sources.put("reports_subscribed", () -> Measure.count(reports.subscriptions(w, at)));
		sources.put("channels_recorded", () -> Measure.count(reach.get().channels()));
		sources.put("survey_response_rate", () -> {
			long[] invitations = surveys.invitations(w, from, at);
			return Measure.share(invitations[1], invitations[0]);
		});
		sources.put("personas_used", () -> {
			long inPersona = personas.list(w).stream().mapToLong(Persona::customers).sum();
			long all = customers.headcount(w).customers();
			return Measure.share(Math.min(inPersona, all), all);
		});
		sources.put("coverage_filled", () -> {
			var c = journeys.coverage(w, day);
			return Measure.share(c.filled(), c.expected());
		});
		sources.put("touchpoints_recorded", () -> Measure.count(reach.get().touchpoints()));
		sources.put("calibration_agreement", () -> quality.latestCalibrations(w, at).stream()
			.filter(c -> c.alpha() != null).min(Comparator.comparingDouble(c -> c.alpha()))
			.map(c -> Measure.coefficient(c.alpha(), c.n(), c.scorecardName()))
			.orElse(Measure.none(Measure.Kind.COEFFICIENT)));
		sources.put("qa_coverage", () -> {
			Set<String> reviewed = quality.randomReviewScores(w, from, at).keySet();
			var active = agents.list(w).stream().filter(a -> a.active()).toList();
			return Measure.share(active.stream().filter(a -> reviewed.contains(a.key())).count(), active.size());
		});
		sources.put("cases_within_sla", () -> share(loop.detractorsWithinSla(w, first, day)));
		sources.put("recovery_rate", () -> share(loop.figures(w, first, day).recovery()));
		sources.put("enps_participation", () -> {
			var p = employees.pulseParticipation(w, from, at);
			return Measure.share(p.part(), p.whole());
		});
		sources.put("ideas_acted_on", () -> {
			var i = employees.ideasActedOn(w, at.minus(YEAR), at);
			return Measure.share(i.part(), i.whole());
		});
		sources.put("owners_assigned", () -> owned(w));
		sources.put("initiatives_measured", () -> {
			var m = initiatives.measured(w, at);
			return Measure.share(m.withEffect(), m.finished());
		});
		sources.put("goals_on_track", () -> {
			long[] on = goals.onTrack(workspace, at);
			return Measure.share(on[0], on[1]);
		});
		Map<String, Measure> evidence = new LinkedHashMap<>();
		for (var rule : rubric.rules()) {
			Supplier<Measure> source = sources.get(rule.key());
			evidence.put(rule.key(), source == null ? Measure.none(rule.kind()) : read(w, rule.key(), rule.kind(), source));
		}
		return evidence;
	}

	private static Measure read(UUID workspaceId, String key, Measure.Kind kind, Supplier<Measure> source) {
		try {
			return source.get();
		}
		catch (RuntimeException e) {
			log.warn("maturity evidence {} of workspace {} failed: {}", key, workspaceId, e.toString());
			return Measure.none(kind);
		}
	}

	private static <T> Supplier<T> once(Supplier<T> source) {
		return new Supplier<>() {
			private T value;

			@Override
			public T get() {
				if (value == null) {
					value = source.get();
				}
				return value;
			}
		};
	}

	/** A rate of the closed loop (percent) as a share. */
	static Measure share(Rate rate) {
		return Measure.share(Math.min(rate.count(), rate.n()), rate.n());
	}

	/**
	 * Of the first journey's stages and of the touchpoints (those its stages list and those interactions were
	 * recorded at), those with an owner who is still a member.
	 */
	private Measure owned(UUID w) {
		List<JourneyStages.Stage> map = stages.of(w, null, "en").orElse(List.of());
		Teams.Owners owners = teams.owners(w);
		Set<UUID> present = new HashSet<>();
		members.membersOf(w).stream().map(Member::userId).forEach(present::add);
		Set<String> touchpoints = new HashSet<>(interactions.touchpointNames(w));
		map.forEach(s -> touchpoints.addAll(s.touchpoints()));
		long owned = map.stream().filter(s -> present.contains(owners.stages().get(s.key()))).count()
				+ touchpoints.stream().filter(t -> present.contains(owners.touchpoints().get(t))).count();
		return Measure.share(owned, map.size() + touchpoints.size());
	}
}
