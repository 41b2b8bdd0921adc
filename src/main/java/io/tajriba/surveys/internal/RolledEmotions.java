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
import io.tajriba.surveys.SurveyScores.EmotionCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Emotion counts from the daily rollups plus the raw rows not yet rolled up, when the question allows it (see
 * {@link RolledCounts}); the responses with an emotion also need the question to be left open, since they are
 * counted per day across the questions.
 */
@Repository
class RolledEmotions {

	private static final Set<ScoreDimension> KEPT = Set.of(ScoreDimension.SURVEY, ScoreDimension.QUESTION,
			ScoreDimension.CHANNEL, ScoreDimension.TOUCHPOINT, ScoreDimension.DAY);

	private final JdbcClient jdbc;
	private final ScoreRollups rollups;

	RolledEmotions(JdbcClient jdbc, ScoreRollups rollups) {
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	Optional<List<EmotionCount>> emotions(UUID workspaceId, ScoreFilter f, @Nullable ScoreDimension by, ZoneId zone) {
		if ((by != null && !KEPT.contains(by)) || !answerable(workspaceId, f, zone)) {
			return Optional.empty();
		}
		SqlConditions[] where = conditions(workspaceId, f, zone);
		String group = by == null || by == ScoreDimension.QUESTION ? "question_key" : by.column();
		String dayGroup = by == ScoreDimension.DAY ? "day::text" : group;
		return Optional.of(jdbc.sql("""
				select g, emotion, sum(n)::bigint as n from (
				  select %s as g, emotion, n from survey_emotion_days where %s
				  union all
				  select %s as g, emotion, 1 from survey_emotions where %s
				) x group by 1, 2 order by 1, 3 desc""".formatted(dayGroup, where[0], group, where[1]))
			.params(where[0].params)
			.query((rs, n) -> new EmotionCount(by == null ? null : rs.getString("g"), rs.getString("emotion"),
					rs.getLong("n")))
			.list());
	}

	Optional<Long> responses(UUID workspaceId, ScoreFilter f, ZoneId zone) {
		if (f.questionKey() != null || !answerable(workspaceId, f, zone)) {
			return Optional.empty();
		}
		SqlConditions[] where = conditions(workspaceId, f, zone);
		return Optional.of(jdbc.sql("""
				select coalesce(sum(n), 0) from (
				  select n from survey_emotion_response_days where %s
				  union all
				  select count(distinct response_id) from survey_emotions where %s) x""".formatted(where[0], where[1]))
			.params(where[0].params).query(Long.class).single());
	}

	private boolean answerable(UUID workspaceId, ScoreFilter f, ZoneId zone) {
		return f.agent() == null && f.language() == null && f.customers() == null && midnight(f.from(), zone)
				&& midnight(f.to(), zone)
				&& rollups.zone(workspaceId).map(zone.getId()::equals).orElse(false);
	}

	/** The conditions on the days, and on the raw tail; their parameters are all in the first. */
	private static SqlConditions[] conditions(UUID workspaceId, ScoreFilter f, ZoneId zone) {
		SqlConditions days = new SqlConditions("workspace_id = :workspace").param("workspace", workspaceId)
			.param("zone", zone.getId());
		SqlConditions tail = new SqlConditions("workspace_id = :workspace and not rolled");
		for (SqlConditions where : List.of(days, tail)) {
			where.equal("survey_id", f.surveyId());
			where.equal("question_key", f.questionKey());
			where.equal("channel", f.channel());
			where.equal("touchpoint", f.touchpoint());
		}
		if (f.from() != null) {
			days.add("day >= :fromDay");
			days.param("fromDay", day(f.from(), zone));
			tail.add("completed_at >= :from");
			days.param("from", f.from().atOffset(ZoneOffset.UTC));
		}
		if (f.to() != null) {
			days.add("day < :toDay");
			days.param("toDay", day(f.to(), zone));
			tail.add("completed_at < :to");
			days.param("to", f.to().atOffset(ZoneOffset.UTC));
		}
		return new SqlConditions[] { days, tail };
	}

	private static boolean midnight(@Nullable Instant at, ZoneId zone) {
		return at == null || day(at, zone).atStartOfDay(zone).toInstant().equals(at);
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}
}
