package io.tajriba.maturity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.GoalJudge;
import io.tajriba.maturity.domain.GoalPoint;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspace goals with horizons: owners and admins set one (a metric, of a stage or all, a target and a due day);
 * its figure now is read live and judged against its planned path and trend; a point a day is kept in its history
 * (the job), and when it is set the weeks before it are filled in from the data, so that it has a trend at once.
 */
@Service
public class Goals {

	static final int MAX_GOALS = 100;
	static final int BACKFILL_WEEKS = 12;
	static final int MAX_PAST_DAYS = 730;

	/** A goal as stored. */
	public record Entry(UUID id, Goal goal, String createdBy, Instant createdAt) {
	}

	/** A goal read now: its figure today, the judgement, the baseline (its figure when set) and its history. */
	public record View(Entry entry, GoalPoint now, GoalJudge.Judgement judgement, @Nullable Double baseline,
			List<GoalPoint> history) {
	}

	private final GoalStore store;
	private final GoalFigures figures;
	private final JourneyStages journeys;
	private final Workspaces workspaces;
	private final Clock clock;

	Goals(GoalStore store, GoalFigures figures, JourneyStages journeys, Workspaces workspaces, Clock clock) {
		this.store = store;
		this.figures = figures;
		this.journeys = journeys;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	public LocalDate today(Workspace workspace) {
		return LocalDate.now(clock.withZone(workspace.timeZone()));
	}

	/** Sets a goal and fills its history in: weekly from twelve weeks before it was set, and today. */
	@Transactional
	public View create(Access admin, Goal goal) {
		Principles.requireAdmin(admin);
		Workspace workspace = workspaces.workspace(admin.workspaceId());
		LocalDate today = today(workspace);
		if (goal.setOn().isAfter(today) || goal.setOn().isBefore(today.minusDays(MAX_PAST_DAYS))) {
			throw new InvalidFieldException("setOn", "must be today or a day of the last two years");
		}
		if (goal.stage() != null && journeys.of(workspace.id(), null, "en").orElse(List.of()).stream()
			.noneMatch(s -> s.key().equals(goal.stage()))) {
			throw new InvalidFieldException("stage", "is no stage of the first journey map");
		}
		if (store.count(workspace.id()) >= MAX_GOALS) {
			throw new InvalidFieldException("name", "a workspace has at most " + MAX_GOALS + " goals");
		}
		UUID id = store.insert(workspace.id(), goal, admin.actor(), clock.instant());
		Entry entry = get(workspace.id(), id);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = goal.setOn().minusWeeks(BACKFILL_WEEKS); d.isBefore(today); d = d.plusWeeks(1)) {
			days.add(d);
		}
		days.add(today);
		for (LocalDate day : days) {
			record(workspace, entry, day);
		}
		return view(workspace, entry);
	}

	@Transactional
	public void delete(Access admin, UUID id) {
		Principles.requireAdmin(admin);
		if (!store.delete(admin.workspaceId(), id)) {
			throw new NotFoundException("Goal");
		}
	}

	public Entry get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).map(Goals::entry).orElseThrow(() -> new NotFoundException("Goal"));
	}

	public List<View> list(Workspace workspace) {
		return store.list(workspace.id()).stream().map(s -> view(workspace, entry(s)))
			.sorted(Comparator.comparing((View v) -> v.entry().goal().horizon())
				.thenComparing(v -> v.entry().goal().dueOn()))
			.toList();
	}

	public View view(Workspace workspace, UUID id) {
		return view(workspace, get(workspace.id(), id));
	}

	View view(Workspace workspace, Entry entry) {
		return on(workspace, entry, today(workspace));
	}

	/** A goal's figure on a day, as its history records it. */
	public GoalPoint figure(Workspace workspace, Goal goal, LocalDate day) {
		return figures.at(workspace, goal, day);
	}

	/** Records the goal's point of a day with its status then (the job, and the backfill). */
	void record(Workspace workspace, Entry entry, LocalDate day) {
		View then = on(workspace, entry, day);
		store.record(workspace.id(), entry.id(), then.now(), then.judgement().status());
	}

	/** The goal judged on a day: its figure then, after the history recorded before that day. */
	private View on(Workspace workspace, Entry entry, LocalDate day) {
		GoalPoint point = figures.at(workspace, entry.goal(), day);
		List<GoalPoint> history = new ArrayList<>(store.history(workspace.id(), entry.id()).stream()
			.map(GoalStore.HistoryRow::point).filter(p -> p.day().isBefore(day)).toList());
		history.add(point);
		return judged(entry, point, history);
	}

	private static View judged(Entry entry, GoalPoint now, List<GoalPoint> history) {
		Goal g = entry.goal();
		Double baseline = baseline(g, history);
		List<GoalPoint> recent = history.stream().filter(p -> !p.day().isBefore(now.day().minusDays(GoalFigures.DAYS)))
			.toList();
		return new View(entry, now, GoalJudge.judge(g.metric().higherIsBetter(), g.target(), baseline, g.setOn(),
				g.dueOn(), now, recent), baseline, List.copyOf(history));
	}

	/** The figure on the day the goal was set: the last point with data on or before it, else the first after. */
	static @Nullable Double baseline(Goal goal, List<GoalPoint> history) {
		GoalPoint best = null;
		for (GoalPoint p : history) {
			if (p.hasData() && !p.day().isAfter(goal.setOn())) {
				best = p;
			}
		}
		if (best == null) {
			best = history.stream().filter(GoalPoint::hasData).findFirst().orElse(null);
		}
		return best == null ? null : best.value();
	}

	/**
	 * Of the workspace's goals set by the day of {@code at} and not due before it, how many were on track then, of
	 * those with data: judged live for today, read from the history (the last point up to that day) for a day before.
	 */
	public long[] onTrack(Workspace workspace, Instant at) {
		long on = 0;
		long judged = 0;
		LocalDate today = today(workspace);
		LocalDate day = LocalDate.ofInstant(at.minusNanos(1), workspace.timeZone());
		for (GoalStore.Stored s : store.list(workspace.id())) {
			if (s.goal().dueOn().isBefore(day) || s.goal().setOn().isAfter(day)) {
				continue;
			}
			GoalJudge.Status status = !day.isBefore(today) ? view(workspace, entry(s)).judgement().status()
					: store.history(workspace.id(), s.id()).stream().filter(h -> !h.point().day().isAfter(day))
						.reduce((first, second) -> second).map(GoalStore.HistoryRow::status)
						.orElse(GoalJudge.Status.NO_DATA);
			if (status != GoalJudge.Status.NO_DATA) {
				judged++;
				on += status == GoalJudge.Status.ON_TRACK ? 1 : 0;
			}
		}
		return new long[] { on, judged };
	}

	private static Entry entry(GoalStore.Stored s) {
		return new Entry(s.id(), s.goal(), s.createdBy(), s.createdAt());
	}
}
