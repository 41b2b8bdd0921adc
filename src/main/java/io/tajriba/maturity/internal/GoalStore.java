package io.tajriba.maturity.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.GoalJudge;
import io.tajriba.maturity.domain.GoalPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goals and their history, a point a day. */
@Repository
class GoalStore {

	record Stored(UUID id, Goal goal, String createdBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	GoalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Stored> list(UUID w) {
		return jdbc.sql("select * from cx_goals where workspace_id = :w order by due_on, name").param("w", w)
			.query(GoalStore::map).list();
	}

	Optional<Stored> find(UUID w, UUID id) {
		return jdbc.sql("select * from cx_goals where workspace_id = :w and id = :id").param("w", w).param("id", id)
			.query(GoalStore::map).optional();
	}

	long count(UUID w) {
		return jdbc.sql("select count(*) from cx_goals where workspace_id = :w").param("w", w).query(Long.class).single();
	}

	UUID insert(UUID w, Goal g, String actor, Instant now) {
		return jdbc.sql("""
				insert into cx_goals (workspace_id, name, metric, stage, target, set_on, due_on, created_by, created_at)
				values (:w, :name, :metric, :stage, :target, :setOn, :dueOn, :actor, :now) returning id""")
			.param("w", w).param("name", g.name()).param("metric", g.metric().key()).param("stage", g.stage())
			.param("target", g.target()).param("setOn", Date.valueOf(g.setOn())).param("dueOn", Date.valueOf(g.dueOn()))
			.param("actor", actor).param("now", Timestamp.from(now)).query(UUID.class).single();
	}

	boolean delete(UUID w, UUID id) {
		return jdbc.sql("delete from cx_goals where workspace_id = :w and id = :id").param("w", w).param("id", id)
			.update() == 1;
	}

	/** The goals whose due day is at most {@code graceDays} behind {@code day}, by workspace: the job's work. */
	List<UUID[]> live(LocalDate day, int graceDays) {
		return jdbc.sql("select workspace_id, id from cx_goals where due_on >= :since order by workspace_id")
			.param("since", Date.valueOf(day.minusDays(graceDays)))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
	}

	void record(UUID w, UUID goal, GoalPoint p, GoalJudge.Status status) {
		jdbc.sql("""
				insert into cx_goal_history (workspace_id, goal_id, day, value, low, high, n, status)
				values (:w, :g, :day, :value, :low, :high, :n, :status)
				on conflict (workspace_id, goal_id, day) do update set value = excluded.value, low = excluded.low,
				  high = excluded.high, n = excluded.n, status = excluded.status""")
			.param("w", w).param("g", goal).param("day", Date.valueOf(p.day())).param("value", p.value())
			.param("low", p.low()).param("high", p.high()).param("n", p.n()).param("status", status.key()).update();
	}

	/** A point of the history with the status it was judged then. */
	record HistoryRow(GoalPoint point, GoalJudge.Status status) {
	}

	List<HistoryRow> history(UUID w, UUID goal) {
		return jdbc.sql("""
				select day, value, low, high, n, status from cx_goal_history where workspace_id = :w and goal_id = :g
				order by day""")
			.param("w", w).param("g", goal)
			.query((rs, n) -> new HistoryRow(new GoalPoint(rs.getDate("day").toLocalDate(),
					(Double) rs.getObject("value"), (Double) rs.getObject("low"), (Double) rs.getObject("high"),
					rs.getLong("n")), GoalJudge.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT))))
			.list();
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		Goal goal = new Goal(rs.getString("name"), Goal.Metric.parse(rs.getString("metric")), rs.getString("stage"),
				rs.getDouble("target"), rs.getDate("set_on").toLocalDate(), rs.getDate("due_on").toLocalDate());
		return new Stored(rs.getObject("id", UUID.class), goal, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
