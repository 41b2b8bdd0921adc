package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.BusinessHours;
import io.tajriba.actions.domain.Holiday;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.QuietHours;
import io.tajriba.actions.domain.Shift;
import io.tajriba.actions.domain.SlaTargets;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Each workspace's working days and hours, holidays, service-level targets and quiet hours: the defaults of its
 * language until somebody sets them. Read often (every case's clocks), so kept for a minute per workspace.
 */
@Component
public class WorkTime {

	/** A workspace's settings; {@code custom} is false while they are the defaults. */
	public record Settings(BusinessHours hours, SlaTargets targets, @Nullable QuietHours quiet, boolean custom) {
	}

	/** A holiday as stored: its calendar, its date in that calendar ("1405-01-13", or "01-01" every year), name. */
	record StoredHoliday(String calendar, String date, String name) {
	}

	private record Kept(Settings settings, BusinessClock clock, Instant until) {
	}

	private static final Duration KEEP = Duration.ofMinutes(1);
	private static final TypeReference<Map<DayOfWeek, List<String>>> WEEK = new TypeReference<>() {
	};
	private static final TypeReference<List<StoredHoliday>> HOLIDAYS = new TypeReference<>() {
	};
	private static final TypeReference<Map<Priority, SlaTargets.Target>> TARGETS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;
	private final Workspaces workspaces;
	private final Clock clock;
	private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

	WorkTime(JdbcClient jdbc, ObjectMapper mapper, Workspaces workspaces, Clock clock) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	public Settings settings(UUID workspaceId) {
		return kept(workspaceId).settings();
	}

	public BusinessClock clock(UUID workspaceId) {
		return kept(workspaceId).clock();
	}

	void save(UUID workspaceId, Settings settings) {
		Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
		settings.hours().week().forEach((day, shifts) -> week.put(day, shifts.stream().map(Shift::toString).toList()));
		List<StoredHoliday> holidays = settings.hours().holidays().stream()
			.map(h -> new StoredHoliday(h.calendar(), h.toString(), h.name())).toList();
		jdbc.sql("""
				insert into business_hours (workspace_id, week, holidays, targets, quiet_hours, updated_at)
				values (:w, cast(:week as jsonb), cast(:holidays as jsonb), cast(:targets as jsonb), :quiet, :now)
				on conflict (workspace_id) do update set week = excluded.week, holidays = excluded.holidays,
				  targets = excluded.targets, quiet_hours = excluded.quiet_hours, updated_at = excluded.updated_at""")
			.param("w", workspaceId).param("week", mapper.writeValueAsString(week))
			.param("holidays", mapper.writeValueAsString(holidays))
			.param("targets", mapper.writeValueAsString(settings.targets().targets()))
			.param("quiet", settings.quiet() == null ? null : settings.quiet().toString())
			.param("now", Sql.utc(clock.instant())).update();
		kept.remove(workspaceId);
	}

	private Kept kept(UUID workspaceId) {
		Instant now = clock.instant();
		Kept k = kept.get(workspaceId);
		if (k == null || k.until().isBefore(now)) {
			Settings settings = load(workspaces.workspace(workspaceId));
			k = new Kept(settings, new BusinessClock(settings.hours()), now.plus(KEEP));
			kept.put(workspaceId, k);
		}
		return k;
	}

	private Settings load(Workspace workspace) {
		return jdbc.sql("select week, holidays, targets, quiet_hours from business_hours where workspace_id = :w")
			.param("w", workspace.id())
			.query((rs, n) -> {
				Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
				mapper.readValue(rs.getString("week"), WEEK).forEach((day, shifts) -> week.put(day,
						shifts.stream().map(s -> Shift.parse("week." + day, s)).toList()));
				List<Holiday> holidays = new ArrayList<>();
				for (StoredHoliday h : mapper.readValue(rs.getString("holidays"), HOLIDAYS)) {
					holidays.add(Holiday.parse("holidays", h.calendar(), h.date(), h.name()));
				}
				String quiet = rs.getString("quiet_hours");
				return new Settings(new BusinessHours(workspace.timeZone(), week, holidays),
						new SlaTargets(new LinkedHashMap<>(mapper.readValue(rs.getString("targets"), TARGETS))),
						quiet == null ? null : QuietHours.parse(quiet), true);
			})
			.optional()
			.orElseGet(() -> new Settings(BusinessHours.defaults(workspace.defaultLocale(), workspace.timeZone()),
					SlaTargets.defaults(), null, false));
	}
}
