package io.tajriba.maturity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.domain.Principle;
import io.tajriba.maturity.domain.ScoreMean;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.AgentQuality;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's CX principles and how service measures up to each over the last 90 days: the random sample's QA
 * score on its criteria (mean with its t interval; per criterion too, and of one agent where asked), and the CSAT and
 * NPS of its stages' customers (with their intervals). Owners and admins write them; everyone reads them.
 */
@Service
public class Principles {

	public static final int DAYS = 90;
	public static final int MINIMUM = 30;
	static final int MAX_PRINCIPLES = 50;

	/** A principle as stored. */
	public record Entry(UUID id, Principle principle, String createdBy, Instant createdAt) {
	}

	/** One criterion's figure: its key, wording, and mean score. */
	public record CriterionFigure(String key, String label, ScoreMean score) {
	}

	/** One stage's customers: CSAT (% satisfied) and NPS with their intervals and n. */
	public record StageFigure(String key, String name, MetricValue csat, MetricValue nps) {
	}

	/**
	 * A principle measured over [from, to]: its QA score (all its criteria's scores pooled) and per criterion, the
	 * same of one agent when asked (else null), and its stages' customer figures.
	 */
	public record Measured(Entry entry, String statement, LocalDate from, LocalDate to, ScoreMean qa,
			List<CriterionFigure> criteria, @Nullable ScoreMean agentQa, List<CriterionFigure> agentCriteria,
			List<StageFigure> stages) {
	}

	private final PrincipleStore store;
	private final AgentQuality quality;
	private final JourneyStages journeys;
	private final MetricWindows metrics;
	private final Clock clock;

	Principles(PrincipleStore store, AgentQuality quality, JourneyStages journeys, MetricWindows metrics, Clock clock) {
		this.store = store;
		this.quality = quality;
		this.journeys = journeys;
		this.metrics = metrics;
		this.clock = clock;
	}

	public List<Entry> list(UUID workspaceId) {
		return store.list(workspaceId).stream().map(Principles::entry).toList();
	}

	public Entry get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).map(Principles::entry).orElseThrow(() -> new NotFoundException("Principle"));
	}

	/** Writes a principle whose criteria are on the scorecards and whose stages are on the first journey map. */
	@Transactional
	public Entry create(Access admin, Principle principle) {
		requireAdmin(admin);
		UUID w = admin.workspaceId();
		Set<String> criteria = quality.criteria(w, "en").keySet();
		for (int i = 0; i < principle.criteria().size(); i++) {
			if (!criteria.contains(principle.criteria().get(i))) {
				throw new InvalidFieldException("criteria[" + i + "]", "is no criterion of the workspace's scorecards");
			}
		}
		Set<String> stages = journeys.of(w, null, "en").orElse(List.of()).stream().map(JourneyStages.Stage::key)
			.collect(Collectors.toSet());
		for (int i = 0; i < principle.stages().size(); i++) {
			if (!stages.contains(principle.stages().get(i))) {
				throw new InvalidFieldException("stages[" + i + "]", "is no stage of the first journey map");
			}
		}
		if (store.count(w) >= MAX_PRINCIPLES) {
			throw new InvalidFieldException("statement", "a workspace has at most " + MAX_PRINCIPLES + " principles");
		}
		return get(w, store.insert(w, principle, admin.actor(), clock.instant()));
	}

	@Transactional
	public void delete(Access admin, UUID id) {
		requireAdmin(admin);
		if (!store.delete(admin.workspaceId(), id)) {
			throw new NotFoundException("Principle");
		}
	}

	/** Every principle measured over the 90 days up to today, of one agent (by id) besides everyone when given. */
	public List<Measured> measure(Workspace workspace, String language, @Nullable UUID agent) {
		ZoneId zone = workspace.timeZone();
		LocalDate to = LocalDate.now(clock.withZone(zone));
		LocalDate from = to.minusDays(DAYS - 1L);
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Entry> entries = list(workspace.id());
		if (entries.isEmpty()) {
			return List.of();
		}
		Map<String, String> labels = quality.criteria(workspace.id(), language);
		Map<String, List<Double>> scores = quality.criterionScores(workspace.id(), start, end, null);
		Map<String, List<Double>> own = agent == null ? Map.of()
				: quality.criterionScores(workspace.id(), start, end, agent);
		Map<String, String> stageNames = new LinkedHashMap<>();
		journeys.of(workspace.id(), null, language).orElse(List.of()).forEach(s -> stageNames.put(s.key(), s.name()));
		Map<String, StageFigure> stageFigures = new LinkedHashMap<>();
		List<Measured> measured = new ArrayList<>();
		for (Entry e : entries) {
			Principle p = e.principle();
			List<StageFigure> stages = p.stages().stream().filter(stageNames::containsKey)
				.map(key -> stageFigures.computeIfAbsent(key, k -> new StageFigure(k, stageNames.get(k),
						metrics.window(workspace.id(), "csat", "stage", k, DAYS, to, MINIMUM).current(),
						metrics.window(workspace.id(), "nps", "stage", k, DAYS, to, MINIMUM).current())))
				.toList();
			measured.add(new Measured(e, p.in(language), from, to, pooled(p, scores),
					figures(p, scores, labels), agent == null ? null : pooled(p, own),
					agent == null ? List.of() : figures(p, own, labels), stages));
		}
		return measured;
	}

	private static ScoreMean pooled(Principle p, Map<String, List<Double>> scores) {
		List<Double> all = new ArrayList<>();
		p.criteria().forEach(c -> all.addAll(scores.getOrDefault(c, List.of())));
		return ScoreMean.of(all);
	}

	private static List<CriterionFigure> figures(Principle p, Map<String, List<Double>> scores,
			Map<String, String> labels) {
		return p.criteria().stream().map(c -> new CriterionFigure(c, labels.getOrDefault(c, c),
				ScoreMean.of(scores.getOrDefault(c, List.of())))).toList();
	}

	private static Entry entry(PrincipleStore.Stored s) {
		return new Entry(s.id(), s.principle(), s.createdBy(), s.createdAt());
	}

	static void requireAdmin(Access access) {
		if (!access.role().canAdminister()) {
			throw new AccessDeniedException("Only owners and admins may do this");
		}
	}
}
