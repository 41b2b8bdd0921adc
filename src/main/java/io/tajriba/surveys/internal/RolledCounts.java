package io.tajriba.surveys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores.Count;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Score counts from the daily rollups plus the raw rows not yet rolled up: the same counts as from the raw rows,
 * when the question allows it. It does when the rollups are in the asked zone, the period runs from midnight to
 * midnight of that zone, and neither filter nor groups use what the days do not keep (agent, language).
 */
@Repository
class RolledCounts {

	private static final Set<ScoreDimension> KEPT = Set.of(ScoreDimension.SURVEY, ScoreDimension.QUESTION,
			ScoreDimension.CHANNEL, ScoreDimension.TOUCHPOINT, ScoreDimension.DAY);

	private final JdbcClient jdbc;
	private final ScoreRollups rollups;

	RolledCounts(JdbcClient jdbc, ScoreRollups rollups) {
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	Optional<List<Count>> counts(UUID workspaceId, String questionType, ScoreFilter f, @Nullable ScoreDimension by,
			@Nullable ScoreDimension then, ZoneId zone) {
		if (!answerable(f, by, then, zone) || !rollups.zone(workspaceId).map(zone.getId()::equals).orElse(false)) {
			return Optional.empty();
		}
		SqlConditions days = conditions(workspaceId, questionType, f, zone);
		SqlConditions tail = conditions(workspaceId, questionType, f, zone);
		tail.add("not rolled");
		if (f.from() != null) {
			days.add("day >= :fromDay");
			days.param("fromDay", day(f.from(), zone));
			tail.add("completed_at >= :from");
			tail.param("from", f.from().atOffset(ZoneOffset.UTC));
		}
		if (f.to() != null) {
			days.add("day < :toDay");
			days.param("toDay", day(f.to(), zone));
			tail.add("completed_at < :to");
			tail.param("to", f.to().atOffset(ZoneOffset.UTC));
		}
		days.params.putAll(tail.params);
		String sql = """
				select g, s, scale_min, scale_max, score, sum(n)::bigint as n from (
				  select %s as g, %s as s, scale_min, scale_max, score, n from survey_score_days where %s
				  union all
				  select %s as g, %s as s, scale_min, scale_max, score, 1 from survey_scores where %s
				) x group by 1, 2, 3, 4, 5 order by 1, 2, 5""".formatted(dayColumn(by), dayColumn(then), days,
				column(by), column(then), tail);
		return Optional.of(jdbc.sql(sql).params(days.params)
			.query((rs, n) -> new Count(rs.getString("g"), rs.getString("s"), rs.getInt("scale_min"),
					rs.getInt("scale_max"), rs.getInt("score"), rs.getLong("n")))
			.list());
	}

	private static boolean answerable(ScoreFilter f, @Nullable ScoreDimension by, @Nullable ScoreDimension then,
			ZoneId zone) {
		// the days keep neither agent, language nor customer: such filters read the raw rows
		return f.agent() == null && f.language() == null && f.customers() == null && (by == null || KEPT.contains(by))
				&& (then == null || KEPT.contains(then)) && midnight(f.from(), zone) && midnight(f.to(), zone);
	}

	private static boolean midnight(@Nullable Instant at, ZoneId zone) {
		return at == null || day(at, zone).atStartOfDay(zone).toInstant().equals(at);
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}

	private static SqlConditions conditions(UUID workspaceId, String questionType, ScoreFilter f, ZoneId zone) {
		SqlConditions where = new SqlConditions("workspace_id = :workspace and question_type = :type")
			.param("workspace", workspaceId).param("type", questionType).param("zone", zone.getId());
		where.equal("survey_id", f.surveyId());
		where.equal("question_key", f.questionKey());
		where.equal("channel", f.channel());
		where.equal("touchpoint", f.touchpoint());
		return where;
	}

	private static String column(@Nullable ScoreDimension d) {
		return d == null ? "null" : d.column();
	}

	private static String dayColumn(@Nullable ScoreDimension d) {
		return d == ScoreDimension.DAY ? "day::text" : column(d);
	}
}
