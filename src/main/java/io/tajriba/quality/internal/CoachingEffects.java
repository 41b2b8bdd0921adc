package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingComparison;
import io.tajriba.quality.domain.CoachingFigure;
import io.tajriba.quality.domain.Effect;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What a held session did: for IQS (the review score), each focus criterion and CSAT (an answer 1 when 4-5 of 1-5,
 * else 0), the coached agent's values in the days before the session against the same number of days after it (the
 * window, 60 days by default, cut at today; the session's own day in neither). Against the active agents not coached
 * in those days whose baseline lies within one standard deviation of the agent's ({@link CoachingComparison}): the
 * difference in differences; with fewer than two of them, before and after alone. Reviews count on the random sample
 * when the agent has at least two random reviews on each side, else on all their reviews.
 */
@Service
public class CoachingEffects {

	public static final int DEFAULT_WINDOW = 60;

	/** One measure's effect; {@code effect} null when either side has fewer than two values. */
	public record Measured(String measure, @Nullable String key, @Nullable String method, @Nullable Effect effect,
			int comparisonAgents, String basis, CoachingFigure before, CoachingFigure after) {

		public static final String DID = "difference_in_differences";
		public static final String BEFORE_AFTER = "before_after";
	}

	/** The days compared: [from, the session's day) and (the session's day, to]; {@code days} 0 while none after. */
	public record SessionEffect(LocalDate from, LocalDate to, int days, List<Measured> measures) {
	}

	private final CoachingReviews reviews;
	private final SurveyScores scores;
	private final AgentService agents;
	private final CoachingStore sessions;
	private final Clock clock;

	CoachingEffects(CoachingReviews reviews, SurveyScores scores, AgentService agents, CoachingStore sessions,
			Clock clock) {
		this.reviews = reviews;
		this.scores = scores;
		this.agents = agents;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** The effect of a held or completed session; null for a planned one. */
	public @Nullable SessionEffect of(Workspace workspace, CoachingSession session, int window) {
		if (!session.status().held()) {
			return null;
		}
		ZoneId zone = workspace.timeZone();
		LocalDate day = session.heldOn();
		int days = (int) Math.max(0, Math.min(window, ChronoUnit.DAYS.between(day, LocalDate.now(clock.withZone(zone)))));
		if (days == 0) {
			return new SessionEffect(day, day, 0, List.of());
		}
		LocalDate from = day.minusDays(days);
		LocalDate to = day.plusDays(days);
		Instant[] bounds = { start(from, zone), start(day, zone), start(day.plusDays(1), zone), start(to.plusDays(1), zone) };
		Map<UUID, Agent> directory = new LinkedHashMap<>();
		agents.list(workspace.id()).forEach(a -> directory.put(a.id(), a));
		Set<UUID> eligible = new HashSet<>();
		directory.values().stream().filter(Agent::active).forEach(a -> eligible.add(a.id()));
		eligible.removeAll(sessions.coachedBetween(workspace.id(), from, to));
		eligible.remove(session.agent());
		Context context = new Context(session.agent(), eligible);
		List<CoachingReviews.Scored> scored = reviews.between(workspace.id(), bounds[0], bounds[3]);
		List<Measured> measures = new ArrayList<>();
		measures.add(reviewed(context, "iqs", null, scored, bounds, CoachingReviews.Scored::score));
		for (String key : session.criteria()) {
			measures.add(reviewed(context, "criterion", key, scored, bounds, r -> r.criteria().get(key)));
		}
		Map<String, UUID> byKey = new HashMap<>();
		directory.values().forEach(a -> byKey.put(a.key(), a.id()));
		measures.add(measure(context, "csat", null, "answers", csat(workspace, bounds[0], bounds[1], byKey),
				csat(workspace, bounds[2], bounds[3], byKey)));
		return new SessionEffect(from, to, days, List.copyOf(measures));
	}

	private record Context(UUID coached, Set<UUID> eligible) {
	}

	private Measured reviewed(Context context, String measure, @Nullable String key, List<CoachingReviews.Scored> scored,
			Instant[] bounds, Function<CoachingReviews.Scored, @Nullable Double> value) {
		Map<UUID, List<Double>> before = new HashMap<>();
		Map<UUID, List<Double>> after = new HashMap<>();
		Map<UUID, List<Double>> randomBefore = new HashMap<>();
		Map<UUID, List<Double>> randomAfter = new HashMap<>();
		for (CoachingReviews.Scored review : scored) {
			Double v = value.apply(review);
			if (v == null) {
				continue;
			}
			boolean isBefore = review.at().isBefore(bounds[1]);
			if (!isBefore && review.at().isBefore(bounds[2])) {
				continue;
			}
			(isBefore ? before : after).computeIfAbsent(review.agent(), a -> new ArrayList<>()).add(v);
			if (review.random()) {
				(isBefore ? randomBefore : randomAfter).computeIfAbsent(review.agent(), a -> new ArrayList<>()).add(v);
			}
		}
		boolean random = randomBefore.getOrDefault(context.coached(), List.of()).size() >= 2
				&& randomAfter.getOrDefault(context.coached(), List.of()).size() >= 2;
		return random ? measure(context, measure, key, "random", randomBefore, randomAfter)
				: measure(context, measure, key, "all", before, after);
	}

	private static Measured measure(Context context, String measure, @Nullable String key, String basis,
			Map<UUID, List<Double>> before, Map<UUID, List<Double>> after) {
		double[] own0 = values(before.get(context.coached()));
		double[] own1 = values(after.get(context.coached()));
		Map<UUID, Double> baselines = new LinkedHashMap<>();
		before.forEach((agent, values) -> {
			if (agent.equals(context.coached()) || context.eligible().contains(agent)) {
				baselines.put(agent, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			}
		});
		Set<UUID> comparable = new HashSet<>(context.eligible());
		comparable.retainAll(after.keySet());
		List<UUID> similar = CoachingComparison.similar(context.coached(), baselines, comparable);
		Effect effect = null;
		String method = null;
		int compared = 0;
		if (similar.size() >= CoachingComparison.MINIMUM) {
			effect = Effect.differenceInDifferences(own0, own1, pooled(before, similar), pooled(after, similar));
			method = effect == null ? null : Measured.DID;
			compared = effect == null ? 0 : similar.size();
		}
		if (effect == null) {
			effect = Effect.beforeAfter(own0, own1);
			method = effect == null ? null : Measured.BEFORE_AFTER;
		}
		return new Measured(measure, key, method, effect, compared, basis, CoachingFigure.mean(own0),
				CoachingFigure.mean(own1));
	}

	private Map<UUID, List<Double>> csat(Workspace workspace, Instant from, Instant to, Map<String, UUID> byKey) {
		Map<UUID, List<Double>> values = new HashMap<>();
		for (SurveyScores.Count c : scores.counts(workspace.id(), "csat", ScoreFilter.all().between(from, to),
				ScoreDimension.AGENT, null, workspace.timeZone())) {
			UUID agent = c.group() == null ? null : byKey.get(c.group());
			if (agent != null && c.scaleMin() == 1 && c.scaleMax() == 5 && c.score() >= 1 && c.score() <= 5) {
				List<Double> list = values.computeIfAbsent(agent, a -> new ArrayList<>());
				for (long i = 0; i < c.count(); i++) {
					list.add(c.score() >= 4 ? 1.0 : 0.0);
				}
			}
		}
		return values;
	}

	private static double[] pooled(Map<UUID, List<Double>> values, List<UUID> agents) {
		return agents.stream().flatMap(a -> values.getOrDefault(a, List.of()).stream()).mapToDouble(Double::doubleValue)
			.toArray();
	}

	private static double[] values(@Nullable List<Double> values) {
		return values == null ? new double[0] : values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}
}
