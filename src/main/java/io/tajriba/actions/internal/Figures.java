package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import io.tajriba.actions.LoopFigures;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The closed loop's figures over a period, computed from the cases with the workspace's business clock. */
@Service
public class Figures {

	static final int MAX_CASES = 100_000;

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final TeamStore teams;
	private final CaseViews views;
	private final WorkTime workTime;
	private final Workspaces workspaces;
	private final Clock clock;

	Figures(JdbcClient jdbc, CaseStore store, TeamStore teams, CaseViews views, WorkTime workTime,
			Workspaces workspaces, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.teams = teams;
		this.views = views;
		this.workTime = workTime;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	public LoopFigures figures(UUID workspaceId, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(731).isBefore(to)) {
			throw new InvalidFieldException("from", "must be on or before to, at most two years apart");
		}
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<CaseRow> rows = jdbc.sql("""
				select * from cases where workspace_id = :w
				  and (opened_at >= :start and opened_at < :end or closed_at >= :start and closed_at < :end)
				order by opened_at limit :limit""")
			.param("w", workspaceId).param("start", Sql.utc(start)).param("end", Sql.utc(end))
			.param("limit", MAX_CASES).query(store::map).list();
		BusinessClock business = workTime.clock(workspaceId);
		Instant now = clock.instant();
		List<CaseRow> opened = rows.stream().filter(c -> within(c.sla().openedAt(), start, end)).toList();
		long closed = rows.stream().filter(c -> c.closedAt() != null && within(c.closedAt(), start, end)).count();
		List<CaseRow> judged = opened.stream().filter(c -> known(c, business, now)).toList();
		Map<UUID, String> names = views.names(workspaceId);
		Map<UUID, String> teamNames = new HashMap<>();
		teams.list(workspaceId).forEach(t -> teamNames.put(t.id(), t.name()));
		return new LoopFigures(from, to, opened.size(), closed, weeks(rows, start, end, zone),
				median(opened, c -> c.sla().timeToFirstResponse(business)),
				median(opened, c -> c.sla().timeToResolution(business)), sla(judged, business),
				groups(judged, CaseRow::ownerId, names, business), groups(judged, CaseRow::teamId, teamNames, business),
				recovery(workspaceId, start, end), causes(opened));
	}

	/**
	 * Of the cases opened on these days about a detractor (a response among their evidence with NPS 0 to 6) whose
	 * outcome is known, the share that got their first response and their resolution within their service levels.
	 */
	public io.tajriba.metrics.InsightReports.Rate detractorsWithinSla(UUID workspaceId, LocalDate from, LocalDate to) {
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<CaseRow> opened = jdbc.sql("""
				select c.* from cases c where c.workspace_id = :w and c.opened_at >= :start and c.opened_at < :end
				  and exists (select 1 from case_evidence e where e.workspace_id = c.workspace_id and e.case_id = c.id
				    and e.kind = 'response' and jsonb_typeof(e.detail -> 'nps') = 'number'
				    and (e.detail ->> 'nps')::numeric <= 6)
				order by c.opened_at limit :limit""")
			.param("w", workspaceId).param("start", Sql.utc(start)).param("end", Sql.utc(end))
			.param("limit", MAX_CASES).query(store::map).list();
		BusinessClock business = workTime.clock(workspaceId);
		Instant now = clock.instant();
		return sla(opened.stream().filter(c -> known(c, business, now)).toList(), business);
	}

	/** Whether the case's outcome against its targets is known: resolved, or open and already past a target. */
	private static boolean known(CaseRow c, BusinessClock business, Instant now) {
		return c.sla().resolvedAt() != null || c.sla().firstResponseLeft(business, now).map(Duration::isNegative)
			.orElse(false) || c.sla().resolutionLeft(business, now).map(Duration::isNegative).orElse(false);
	}

	private static io.tajriba.metrics.InsightReports.Rate sla(List<CaseRow> cases, BusinessClock business) {
		long met = cases.stream().filter(c -> c.sla().firstResponseMet(business) && c.sla().resolutionMet(business))
			.count();
		return Rates.of(met, cases.size());
	}

	private static List<LoopFigures.Sla> groups(List<CaseRow> cases, Function<CaseRow, UUID> key,
			Map<UUID, String> names, BusinessClock business) {
		Map<UUID, List<CaseRow>> by = new HashMap<>();
		cases.stream().filter(c -> key.apply(c) != null).forEach(c -> by.computeIfAbsent(key.apply(c),
				k -> new ArrayList<>()).add(c));
		return by.entrySet().stream()
			.map(e -> new LoopFigures.Sla(e.getKey(), names.get(e.getKey()), sla(e.getValue(), business)))
			.sorted(Comparator.comparing((LoopFigures.Sla s) -> -s.within().n())
				.thenComparing(s -> s.name() == null ? "" : s.name()))
			.toList();
	}

	private static LoopFigures.Median median(List<CaseRow> cases, Function<CaseRow, Optional<Duration>> time) {
		double[] hours = cases.stream().map(time).flatMap(Optional::stream).mapToDouble(d -> d.toSeconds() / 3600.0)
			.sorted().toArray();
		if (hours.length == 0) {
			return new LoopFigures.Median(0, null);
		}
		double median = hours.length % 2 == 1 ? hours[hours.length / 2]
				: (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
		return new LoopFigures.Median(hours.length, Math.round(median * 10) / 10.0);
	}

	private static List<LoopFigures.Week> weeks(List<CaseRow> rows, Instant start, Instant end, ZoneId zone) {
		Map<LocalDate, long[]> weeks = new TreeMap<>();
		for (CaseRow c : rows) {
			if (within(c.sla().openedAt(), start, end)) {
				weeks.computeIfAbsent(monday(c.sla().openedAt(), zone), w -> new long[2])[0]++;
			}
			if (c.closedAt() != null && within(c.closedAt(), start, end)) {
				weeks.computeIfAbsent(monday(c.closedAt(), zone), w -> new long[2])[1]++;
			}
		}
		return weeks.entrySet().stream().map(e -> new LoopFigures.Week(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	private io.tajriba.metrics.InsightReports.Rate recovery(UUID workspaceId, Instant start, Instant end) {
		long[] counts = jdbc.sql("""
				select count(*), count(*) filter (where metric = 'nps' and score >= 7 or metric = 'csat' and score >= 4)
				from case_recoveries where workspace_id = :w and answered_at >= :start and answered_at < :end""")
			.param("w", workspaceId).param("start", Sql.utc(start)).param("end", Sql.utc(end))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return Rates.of(counts[1], counts[0]);
	}

	private static List<LoopFigures.Cause> causes(List<CaseRow> cases) {
		Map<String, Long> counts = new HashMap<>();
		cases.stream().map(c -> c.outcome().rootCause()).filter(java.util.Objects::nonNull)
			.forEach(cause -> counts.merge(cause, 1L, Long::sum));
		long n = counts.values().stream().mapToLong(Long::longValue).sum();
		return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
			.thenComparing(Map.Entry.comparingByKey())).limit(10)
			.map(e -> new LoopFigures.Cause(e.getKey(), Rates.of(e.getValue(), n))).toList();
	}

	private static boolean within(Instant at, Instant start, Instant end) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	private static LocalDate monday(Instant at, ZoneId zone) {
		return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}
}
