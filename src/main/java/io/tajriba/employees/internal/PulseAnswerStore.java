package io.tajriba.employees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.EmployeeRules;
import io.tajriba.employees.domain.Leaf;
import io.tajriba.employees.domain.Level;
import io.tajriba.employees.domain.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The pulse answers of a period's waves, read for figures: counted per wave, department, team and location, or one
 * by one (items, comment, sentiment and themes, never the day) for drivers and comments. A wave belongs to the
 * period of the day it opened on, in the workspace's zone, so that a period never splits a wave.
 */
@Repository
public class PulseAnswerStore {

	/** A wave in a period: its programme, its number there and the day it opened. */
	public record Wave(UUID id, UUID program, String programName, int number, LocalDate opens) {
	}

	/** One answer, with the cell it belongs to. */
	public record Answer(Leaf cell, @Nullable Integer enps, Map<String, Integer> items, @Nullable String comment,
			@Nullable String sentiment, List<String> themes) {
	}

	/**
	 * The waves opened in the period and closed by now: an open wave's figures would move one answer at a time, and
	 * two readings a single answer apart tell that answer.
	 */
	private static final String IN_PERIOD = """
			w.workspace_id = :w and w.opens_at >= :start and w.opens_at < :end and w.closes_at <= :now
			and (cast(:program as uuid) is null or w.program_id = cast(:program as uuid))""";

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	private final java.time.Clock clock;

	PulseAnswerStore(JdbcClient jdbc, ObjectMapper mapper, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/** The waves that opened from the first day up to, not including, the last, oldest first. */
	public List<Wave> waves(UUID workspaceId, ZoneId zone, LocalDate from, LocalDate to, @Nullable UUID program) {
		return period(jdbc.sql("""
				select w.id, w.program_id, p.name, w.number, w.opens_at from pulse_waves w
				join pulse_programs p on p.workspace_id = w.workspace_id and p.id = w.program_id
				where""" + " " + IN_PERIOD + " order by w.opens_at, p.name, w.number"), workspaceId, zone, from, to, program)
			.query((rs, i) -> new Wave(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getInt(4), rs.getTimestamp(5).toInstant().atZone(zone).toLocalDate()))
			.list();
	}

	/** The eNPS answers of the period's waves per wave, department, team and location. */
	public List<Leaf> cells(UUID workspaceId, ZoneId zone, LocalDate from, LocalDate to, @Nullable UUID program,
			EmployeeRules rules) {
		return period(jdbc.sql("""
				select a.wave_id, a.department, a.team, a.location,
				  count(*) filter (where a.enps >= :promoter),
				  count(*) filter (where a.enps > :detractor and a.enps < :promoter),
				  count(*) filter (where a.enps <= :detractor)
				from pulse_answers a join pulse_waves w on w.workspace_id = a.workspace_id and w.id = a.wave_id
				where a.workspace_id = :w and a.enps is not null and""" + " " + IN_PERIOD + """

				group by a.wave_id, a.department, a.team, a.location"""), workspaceId, zone, from, to, program)
			.param("promoter", rules.promoterMin()).param("detractor", rules.detractorMax())
			.query((rs, i) -> new Leaf(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					new Tally(rs.getLong(5), rs.getLong(6), rs.getLong(7))))
			.list();
	}

	/** The answers of the period's waves one by one; the caller keeps those of released cells. */
	public List<Answer> answers(UUID workspaceId, ZoneId zone, LocalDate from, LocalDate to, @Nullable UUID program,
			EmployeeRules rules, boolean withCommentOnly) {
		return period(jdbc.sql("""
				select a.wave_id, a.department, a.team, a.location, a.enps, a.items::text, a.comment, a.sentiment,
				  to_json(a.themes)::text
				from pulse_answers a join pulse_waves w on w.workspace_id = a.workspace_id and w.id = a.wave_id
				where a.workspace_id = :w and (not :comments or a.comment is not null) and""" + " " + IN_PERIOD + """

				order by w.opens_at desc, a.id"""), workspaceId, zone, from, to, program)
			.param("comments", withCommentOnly)
			.query((rs, i) -> answer(rs, rules))
			.list();
	}

	private Answer answer(ResultSet rs, EmployeeRules rules) throws SQLException {
		Integer enps = rs.getObject(5) == null ? null : rs.getInt(5);
		Leaf cell = new Leaf(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				enps == null ? Tally.NONE : Tally.of(enps, rules));
		Map<String, Integer> items = new LinkedHashMap<>();
		mapper.readTree(rs.getString(6)).properties().forEach(e -> {
			if (e.getValue().isNumber()) {
				items.put(e.getKey(), e.getValue().asInt());
			}
		});
		List<String> themes = new ArrayList<>();
		for (JsonNode theme : mapper.readTree(rs.getString(9))) {
			themes.add(theme.asString());
		}
		return new Answer(cell, enps, items, rs.getString(7), rs.getString(8), themes);
	}

	/** The names of a level's groups in the directory: its teams, departments or employees' locations. */
	public List<String> groupNames(UUID workspaceId, Level level) {
		String sql = switch (level) {
			case TEAM -> "select name from employee_teams where workspace_id = :w order by name";
			case DEPARTMENT -> "select distinct department from employee_teams where workspace_id = :w order by 1";
			case LOCATION -> "select distinct location from employees where workspace_id = :w and active"
					+ " and location is not null order by 1";
		};
		return jdbc.sql(sql).param("w", workspaceId).query(String.class).list();
	}

	private JdbcClient.StatementSpec period(JdbcClient.StatementSpec spec, UUID workspaceId, ZoneId zone,
			LocalDate from, LocalDate to, @Nullable UUID program) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.atStartOfDay(zone).toInstant();
		return spec.param("w", workspaceId).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
			.param("program", program).param("now", Timestamp.from(clock.instant()));
	}
}
