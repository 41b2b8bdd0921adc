package io.tajriba.employees.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.EmployeeRules;
import io.tajriba.employees.domain.Level;
import io.tajriba.employees.domain.PeriodFigures;
import io.tajriba.employees.domain.Tally;
import io.tajriba.employees.internal.PulseAnswerStore.Answer;
import io.tajriba.employees.internal.PulseAnswerStore.Wave;
import io.tajriba.metrics.ScoreStatistics;
import io.tajriba.metrics.ScoreStatistics.DriverFigures;
import io.tajriba.metrics.ScoreStatistics.NpsFigure;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * eNPS of the pulse answers over a period, per team, department or location, with every figure built from released
 * cells only (see {@link PeriodFigures}): a hidden group shows nothing, neither by itself nor by subtraction.
 */
@Service
public class EnpsResults {

	/** The default period: six months up to today. */
	static final int DEFAULT_MONTHS = 6;

	/** Items are answered 1 to 5. */
	static final double ITEM_MIN = 1;
	static final double ITEM_MAX = 5;

	/** Which waves a figure rests on: the days [from, to) of their opening, and a programme or all of them. */
	public record Query(UUID workspaceId, ZoneId zone, Level level, LocalDate from, LocalDate to,
			@Nullable UUID program) {
	}

	/** A group's figure; {@code nps} null when hidden. */
	public record GroupResult(String group, @Nullable String department, @Nullable NpsFigure nps) {
	}

	public record Board(Query query, EmployeeRules rules, @Nullable NpsFigure overall, List<GroupResult> groups) {
	}

	/** One wave of a trend; {@code nps} null when the group's cell of that wave was hidden. */
	public record Point(Wave wave, @Nullable NpsFigure nps) {
	}

	public record Comment(Wave wave, String text, @Nullable String sentiment, List<String> themes) {
	}

	private final PulseAnswerStore store;
	private final EmployeeSettingsStore settings;
	private final Clock clock;

	EnpsResults(PulseAnswerStore store, EmployeeSettingsStore settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The query of these parameters as given: groupBy team, department or location (team by default), from and to
	 * ISO days, from included and to not (by default six months back to today included), a programme's id or none.
	 */
	public Query query(UUID workspaceId, ZoneId zone, @Nullable String groupBy, @Nullable String from,
			@Nullable String to, @Nullable String program) {
		Level level = groupBy == null || groupBy.isBlank() ? Level.TEAM : Level.parse(groupBy.strip());
		LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(zone)).plusDays(1)
				: Dates.parseDate("to", to.strip());
		LocalDate start = from == null || from.isBlank() ? end.minusDays(1).minusMonths(DEFAULT_MONTHS)
				: Dates.parseDate("from", from.strip());
		if (start == null || end == null) {
			throw new InvalidFieldException("from", "must be a day, YYYY-MM-DD");
		}
		if (!start.isBefore(end)) {
			throw new InvalidFieldException("from", "must be before to");
		}
		if (ChronoUnit.DAYS.between(start, end) > 3660) {
			throw new InvalidFieldException("from", "a period spans at most ten years");
		}
		UUID programId = null;
		if (program != null && !program.isBlank()) {
			try {
				programId = UUID.fromString(program.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidFieldException("program", "must be a programme's id");
			}
		}
		return new Query(workspaceId, zone, level, start, end, programId);
	}

	public EmployeeRules rules(UUID workspaceId) {
		return settings.rules(workspaceId);
	}

	public List<Wave> waves(Query query) {
		return store.waves(query.workspaceId(), query.zone(), query.from(), query.to(), query.program());
	}

	/**
	 * A query's waves and released cells, read once: a page that shows the board, the trend, the drivers and the
	 * comments of one query reads them from one cut.
	 */
	public record Cut(Query query, EmployeeRules rules, List<Wave> waves, PeriodFigures figures) {
	}

	public Cut cut(Query query) {
		EmployeeRules rules = settings.rules(query.workspaceId());
		List<Wave> waves = waves(query);
		return new Cut(query, rules, waves, PeriodFigures.of(waves.stream().map(Wave::id).toList(),
				store.cells(query.workspaceId(), query.zone(), query.from(), query.to(), query.program(), rules),
				rules.threshold()));
	}

	public Board board(Query query) {
		return board(cut(query));
	}

	public Board board(Cut cut) {
		Query query = cut.query();
		PeriodFigures figures = cut.figures();
		List<GroupResult> groups = new ArrayList<>(figures.groups(query.level()).stream()
			.map(f -> new GroupResult(f.group().name(), f.group().department(), nps(f.tally())))
			.toList());
		// every group of the directory is listed, hidden when it did not answer: listed only when it answered, a
		// hidden group would tell whether its one or two people did
		java.util.Set<String> listed = new java.util.HashSet<>();
		groups.forEach(g -> listed.add(g.group()));
		store.groupNames(query.workspaceId(), query.level()).stream()
			.filter(name -> !listed.contains(name))
			.forEach(name -> groups.add(new GroupResult(name, null, null)));
		return new Board(query, cut.rules(), nps(figures.overall()), List.copyOf(groups));
	}

	/** Per wave of the period, oldest first, the figure of the group (the workspace's when null). */
	public List<Point> trend(Query query, @Nullable String group) {
		return trend(cut(query), group);
	}

	public List<Point> trend(Cut cut, @Nullable String group) {
		List<Wave> waves = cut.waves();
		List<PeriodFigures.WavePoint> points = cut.figures().trend(cut.query().level(), group);
		List<Point> trend = new ArrayList<>();
		for (int i = 0; i < waves.size(); i++) {
			trend.add(new Point(waves.get(i), nps(points.get(i).tally())));
		}
		return trend;
	}

	/** Whether the group (the workspace when null) has any released cell in the period. */
	public boolean shown(Cut cut, @Nullable String group) {
		PeriodFigures figures = cut.figures();
		return group == null ? figures.overall() != null : figures.shown(cut.query().level(), group);
	}

	/**
	 * The items' importance for eNPS among the released answers of the group (the workspace's when null); null when
	 * the group is hidden or no item was asked. Items asked of fewer than half of those answers are left out, so
	 * that the rotating items do not leave no one who answered them all.
	 */
	public @Nullable DriverFigures drivers(Cut cut, @Nullable String group) {
		Query query = cut.query();
		EmployeeRules rules = cut.rules();
		PeriodFigures figures = cut.figures();
		List<Answer> answers = store.answers(query.workspaceId(), query.zone(), query.from(), query.to(),
				query.program(), rules, false).stream()
			.filter(a -> a.enps() != null && figures.readable(query.level(), group, a.cell()))
			.toList();
		if (answers.isEmpty()) {
			return null;
		}
		Map<String, Integer> asked = new LinkedHashMap<>();
		answers.forEach(a -> a.items().keySet().forEach(key -> asked.merge(key, 1, Integer::sum)));
		List<String> keys = asked.entrySet().stream()
			.filter(e -> e.getValue() * 2 >= answers.size())
			.map(Map.Entry::getKey)
			.sorted(Comparator.naturalOrder())
			.toList();
		if (keys.isEmpty()) {
			return null;
		}
		List<double[]> rows = new ArrayList<>();
		List<Double> outcomes = new ArrayList<>();
		for (Answer answer : answers) {
			double[] row = new double[keys.size()];
			for (int j = 0; j < keys.size(); j++) {
				Integer value = answer.items().get(keys.get(j));
				row[j] = value == null ? Double.NaN : value;
			}
			rows.add(row);
			outcomes.add(answer.enps().doubleValue());
		}
		DriverFigures result = ScoreStatistics.drivers(keys, ITEM_MIN, ITEM_MAX, rows, outcomes);
		// the means rest on those who answered every item kept: fewer than k of them would be a few people's answers
		return result.n() < rules.threshold() ? null : result;
	}

	/**
	 * The comments of the released answers of the group (the workspace's when null), newest wave first. Comments are
	 * single answers, so they are listed along one way of cutting the company only, teams within departments: the
	 * list of a location crossed with a department's would single out the few of that department at that location.
	 */
	public List<Comment> comments(Cut cut, @Nullable String group, int limit) {
		Query query = cut.query();
		if (query.level() == Level.LOCATION && group != null) {
			return List.of();
		}
		Map<UUID, Wave> byId = new LinkedHashMap<>();
		cut.waves().forEach(w -> byId.put(w.id(), w));
		PeriodFigures figures = cut.figures();
		return store.answers(query.workspaceId(), query.zone(), query.from(), query.to(), query.program(), cut.rules(),
				true)
			.stream()
			.filter(a -> a.comment() != null && !a.comment().isBlank() && figures.readable(query.level(), group, a.cell()))
			.limit(limit)
			.map(a -> new Comment(byId.get(a.cell().wave()), a.comment(), a.sentiment(), a.themes()))
			.toList();
	}

	private static @Nullable NpsFigure nps(@Nullable Tally tally) {
		return tally == null ? null : ScoreStatistics.nps(tally.promoters(), tally.passives(), tally.detractors());
	}
}
