package io.tajriba.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingFigure;
import io.tajriba.quality.domain.TrainingNeeds;
import io.tajriba.quality.domain.TrainingNeeds.Verdict;
import io.tajriba.quality.domain.TrainingSuggestion;
import io.tajriba.workspaces.Workspace;
import org.springframework.stereotype.Service;

/**
 * An agent's training needs over a period: each criterion of the scorecards on which their criterion scores are below
 * the rest of their team's (Welch, one-sided), and each theme of which the customers' negative comments about them
 * are more frequent than about the rest of the team (Fisher, one-sided). An agent without a team is compared with the
 * rest of the workspace. Every agent of the team is tested the same way, so that a need shared by the team becomes a
 * group training ({@link TrainingSuggestion}).
 */
@Service
public class TrainingNeedService {

	private final AgentService agents;
	private final Teams teams;
	private final CoachingReviews reviews;
	private final TrainingNeedComments comments;
	private final CoachingModules modules;

	TrainingNeedService(AgentService agents, Teams teams, CoachingReviews reviews, TrainingNeedComments comments,
			CoachingModules modules) {
		this.agents = agents;
		this.teams = teams;
		this.reviews = reviews;
		this.comments = comments;
		this.modules = modules;
	}

	/** The agent's needs over the days from and to (the workspace's zone, both included), the surest first. */
	public List<TrainingNeed> of(Workspace workspace, Agent agent, LocalDate from, LocalDate to) {
		ZoneId zone = workspace.timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Team> all = teams.list(workspace.id());
		Team team = AgentService.teamOf(agent, all);
		List<Agent> group = agents.list(workspace.id()).stream()
			.filter(a -> team == null || team.equals(AgentService.teamOf(a, all))).toList();
		List<Candidate> found = new ArrayList<>();
		found.addAll(criteria(workspace.id(), agent, group, start, end));
		found.addAll(themes(workspace.id(), agent, group, start, end));
		Map<String, CoachingModules.Module> catalogue = new HashMap<>();
		for (CoachingModules.Module m : modules.list(workspace.id())) {
			catalogue.putIfAbsent(m.kind() + ":" + m.key(), m);
		}
		return found.stream().map(c -> {
			CoachingModules.Module module = catalogue.get(c.kind() + ":" + c.key());
			TrainingSuggestion suggestion = TrainingSuggestion.of(c.needers(), c.withData(), module != null);
			return new TrainingNeed(c.kind(), c.key(), c.agent(), c.team(), c.verdict().gap(), c.verdict().pValue(),
					c.basis(), suggestion, suggestion == TrainingSuggestion.ELEARNING ? module : null);
		}).sorted(Comparator.comparingDouble(TrainingNeed::pValue).thenComparing(TrainingNeed::focus)).toList();
	}

	private record Candidate(String kind, String key, CoachingFigure agent, CoachingFigure team, Verdict verdict,
			String basis, int needers, int withData) {
	}

	private List<Candidate> criteria(UUID workspaceId, Agent agent, List<Agent> group, Instant start, Instant end) {
		Set<UUID> members = new HashSet<>();
		group.forEach(a -> members.add(a.id()));
		Scores all = new Scores();
		Scores random = new Scores();
		for (CoachingReviews.Scored review : reviews.between(workspaceId, start, end)) {
			if (members.contains(review.agent())) {
				review.criteria().forEach((key, score) -> {
					all.add(review.agent(), key, score);
					if (review.random()) {
						random.add(review.agent(), key, score);
					}
				});
			}
		}
		Map<String, Integer> needers = new HashMap<>();
		Map<String, Integer> withData = new HashMap<>();
		List<Candidate> mine = new ArrayList<>();
		for (UUID member : all.agents()) {
			for (String key : all.keys(member)) {
				withData.merge(key, 1, Integer::sum);
				boolean onRandom = random.of(member, key).length >= 2 && random.rest(member, key).length >= 2;
				Scores basis = onRandom ? random : all;
				double[] own = basis.of(member, key);
				double[] rest = basis.rest(member, key);
				Verdict verdict = TrainingNeeds.criterion(own, rest);
				if (verdict.need()) {
					needers.merge(key, 1, Integer::sum);
					if (member.equals(agent.id())) {
						mine.add(new Candidate(TrainingNeed.CRITERION, key, CoachingFigure.mean(own),
								CoachingFigure.mean(rest), verdict, onRandom ? "random" : "all", 0, 0));
					}
				}
			}
		}
		return mine.stream().map(c -> new Candidate(c.kind(), c.key(), c.agent(), c.team(), c.verdict(), c.basis(),
				needers.get(c.key()), withData.get(c.key()))).toList();
	}

	private List<Candidate> themes(UUID workspaceId, Agent agent, List<Agent> group, Instant start, Instant end) {
		Map<String, List<TrainingNeedComments.Comment>> about = comments.about(workspaceId,
				group.stream().map(Agent::key).toList(), start, end);
		long total = about.values().stream().mapToLong(List::size).sum();
		Map<String, Map<String, Long>> hits = new HashMap<>();
		Map<String, Long> allHits = new HashMap<>();
		about.forEach((key, list) -> list.stream().filter(TrainingNeedComments.Comment::negative)
			.forEach(c -> c.themes().forEach(theme -> {
				hits.computeIfAbsent(key, k -> new HashMap<>()).merge(theme, 1L, Long::sum);
				allHits.merge(theme, 1L, Long::sum);
			})));
		Map<String, Integer> needers = new HashMap<>();
		List<Candidate> mine = new ArrayList<>();
		for (Map.Entry<String, Map<String, Long>> entry : hits.entrySet()) {
			long n = about.get(entry.getKey()).size();
			for (Map.Entry<String, Long> theme : entry.getValue().entrySet()) {
				long restHits = allHits.get(theme.getKey()) - theme.getValue();
				Verdict verdict = TrainingNeeds.share(theme.getValue(), n, restHits, total - n);
				if (verdict.need()) {
					needers.merge(theme.getKey(), 1, Integer::sum);
					if (entry.getKey().equals(agent.key())) {
						mine.add(new Candidate(TrainingNeed.THEME, theme.getKey(),
								CoachingFigure.share(theme.getValue(), n), CoachingFigure.share(restHits, total - n),
								verdict, "comments", 0, 0));
					}
				}
			}
		}
		int commented = about.size();
		return mine.stream().map(c -> new Candidate(c.kind(), c.key(), c.agent(), c.team(), c.verdict(), c.basis(),
				needers.get(c.key()), commented)).toList();
	}

	/** Criterion scores by agent and criterion. */
	private static final class Scores {

		private final Map<UUID, Map<String, List<Double>>> scores = new HashMap<>();

		void add(UUID agent, String key, double score) {
			scores.computeIfAbsent(agent, a -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(score);
		}

		Set<UUID> agents() {
			return scores.keySet();
		}

		Set<String> keys(UUID agent) {
			return scores.getOrDefault(agent, Map.of()).keySet();
		}

		double[] of(UUID agent, String key) {
			return scores.getOrDefault(agent, Map.of()).getOrDefault(key, List.of()).stream()
				.mapToDouble(Double::doubleValue).toArray();
		}

		double[] rest(UUID agent, String key) {
			return scores.entrySet().stream().filter(e -> !Objects.equals(e.getKey(), agent))
				.flatMap(e -> e.getValue().getOrDefault(key, List.of()).stream()).mapToDouble(Double::doubleValue)
				.toArray();
		}
	}
}
