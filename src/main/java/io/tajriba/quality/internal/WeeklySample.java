package io.tajriba.quality.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.interactions.ServedInteraction;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.DetractorLinks;
import io.tajriba.quality.domain.StratifiedSample;
import io.tajriba.quality.domain.TargetedPicks;
import io.tajriba.quality.domain.TargetedPicks.Reason;
import io.tajriba.quality.internal.SampleStore.NewAssignment;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a workspace's week once: for each active agent of the directory, a random sample of the agent's
 * interactions of the week stratified by channel ({@link StratifiedSample}, the size a setting), and apart from it
 * at most {@link #TARGETED} interactions that something points at ({@link TargetedPicks}). The seed comes from the
 * workspace, the week and the agent, so the same week drawn again (on a copy of the data) draws the same.
 */
@Service
public class WeeklySample {

	static final int TARGETED = 3;

	private final SampleStore store;
	private final SampleSources sources;
	private final AgentStore agents;
	private final QualitySettings settings;
	private final Workspaces workspaces;

	WeeklySample(SampleStore store, SampleSources sources, AgentStore agents, QualitySettings settings,
			Workspaces workspaces) {
		this.store = store;
		this.sources = sources;
		this.agents = agents;
		this.settings = settings;
		this.workspaces = workspaces;
	}

	/** The Monday of the last week (Monday to Sunday in the zone) that had ended at {@code now}. */
	public static LocalDate lastCompleteWeek(ZoneId zone, Instant now) {
		return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

	/** Draws the week unless it was drawn; answers whether this call drew it. */
	@Transactional
	public boolean draw(UUID workspaceId, LocalDate week, Instant now) {
		if (!store.claim(workspaceId, week, now)) {
			return false;
		}
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		Instant from = week.atStartOfDay(zone).toInstant();
		Instant to = week.plusWeeks(1).atStartOfDay(zone).toInstant();
		Map<String, List<ServedInteraction>> served = sources.served(workspaceId, from, to);
		if (served.isEmpty()) {
			return true;
		}
		agents.discover(workspaceId, served.keySet(), now);
		List<Agent> active = agents.list(workspaceId).stream().filter(a -> a.active() && served.containsKey(a.key()))
			.toList();
		List<ServedInteraction> all = active.stream().flatMap(a -> served.get(a.key()).stream()).toList();
		Set<String> ids = all.stream().map(ServedInteraction::id).collect(Collectors.toSet());
		Instant until = to.plus(DetractorLinks.WINDOW).isBefore(now) ? to.plus(DetractorLinks.WINDOW) : now;
		Map<Reason, Set<String>> pointed = new EnumMap<>(Reason.class);
		pointed.put(Reason.DETRACTOR, sources.detractors(workspaceId, from, until, all));
		pointed.put(Reason.CASE, sources.inCases(workspaceId, from, to, ids));
		pointed.put(Reason.NEGATIVE_TEXT, sources.negativeTexts(workspaceId, from, to, ids));
		int n = settings.values(workspaceId).samplePerAgent();
		List<NewAssignment> assignments = new ArrayList<>();
		for (Agent agent : active) {
			assignments.addAll(picks(workspaceId, week, agent, served.get(agent.key()), n, pointed));
		}
		store.insert(workspaceId, week, assignments, now);
		return true;
	}

	private static List<NewAssignment> picks(UUID workspaceId, LocalDate week, Agent agent,
			List<ServedInteraction> interactions, int n, Map<Reason, Set<String>> pointed) {
		Map<String, ServedInteraction> byId = interactions.stream()
			.collect(Collectors.toMap(ServedInteraction::id, Function.identity(), (a, b) -> a));
		Map<String, List<String>> strata = interactions.stream().collect(Collectors.groupingBy(
				ServedInteraction::channel, Collectors.mapping(ServedInteraction::id, Collectors.toList())));
		Map<String, Integer> sizes = strata.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> (int) e.getValue().stream().distinct().count()));
		String w = workspaceId.toString();
		List<NewAssignment> picks = new ArrayList<>();
		Set<String> random = new HashSet<>();
		for (StratifiedSample.Pick pick : StratifiedSample.draw(n, strata,
				StratifiedSample.seed(w, week.toString(), agent.id().toString()))) {
			random.add(pick.item());
			picks.add(assignment(agent, byId.get(pick.item()), "random", null, pick.stratumSize()));
		}
		Map<Reason, List<String>> candidates = new EnumMap<>(Reason.class);
		pointed.forEach((reason, found) -> candidates.put(reason, byId.keySet().stream().filter(found::contains)
			.toList()));
		for (TargetedPicks.Pick pick : TargetedPicks.choose(candidates, random, TARGETED,
				StratifiedSample.seed(w, week.toString(), agent.id().toString(), "targeted"))) {
			ServedInteraction served = byId.get(pick.item());
			picks.add(assignment(agent, served, "targeted", pick.reason().key(), sizes.get(served.channel())));
		}
		return picks;
	}

	private static NewAssignment assignment(Agent agent, ServedInteraction served, String kind,
			@org.jspecify.annotations.Nullable String reason, int stratumSize) {
		return new NewAssignment(agent.id(), served.id(), served.occurredAt(), kind, reason, served.channel(),
				stratumSize);
	}
}
