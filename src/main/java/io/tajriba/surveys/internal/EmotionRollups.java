package io.tajriba.surveys.internal;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Folds the emotion rows into daily counts, as {@link ScoreRollups} does the scores and in its transaction: the
 * emotions picked per day, and the responses with an emotion per day. One statement marks and counts, so rows
 * committed meanwhile wait for the next fold.
 */
@Repository
class EmotionRollups {

	private static final String FOLD = """
			with %s,
			picked as (
			  insert into survey_emotion_days (workspace_id, day, survey_id, question_key, channel, touchpoint, emotion, n)
			  select workspace_id, (completed_at at time zone :zone)::date, survey_id, question_key, channel, touchpoint,
			    emotion, count(*)
			  from %s group by 1, 2, 3, 4, 5, 6, 7
			  on conflict (workspace_id, day, survey_id, question_key, channel, touchpoint, emotion)
			    do update set n = survey_emotion_days.n + excluded.n)
			insert into survey_emotion_response_days (workspace_id, day, survey_id, channel, touchpoint, n)
			select workspace_id, (completed_at at time zone :zone)::date, survey_id, channel, touchpoint,
			  count(distinct response_id)
			from %2$s group by 1, 2, 3, 4, 5
			on conflict (workspace_id, day, survey_id, channel, touchpoint)
			  do update set n = survey_emotion_response_days.n + excluded.n""";

	private static final String MARK = "update survey_emotions set rolled = true where workspace_id = :workspace "
			+ "and not rolled";

	private final JdbcClient jdbc;

	EmotionRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the emotions not yet rolled up. */
	void fold(UUID workspaceId, ZoneId zone) {
		run(FOLD.formatted("moved as (" + MARK + " returning *)", "moved"), workspaceId, zone);
	}

	/** Counts all the workspace's emotions again, in another zone. */
	void recount(UUID workspaceId, ZoneId zone) {
		jdbc.sql("delete from survey_emotion_days where workspace_id = :workspace").param("workspace", workspaceId)
			.update();
		jdbc.sql("delete from survey_emotion_response_days where workspace_id = :workspace")
			.param("workspace", workspaceId).update();
		run(FOLD.formatted("marked as (" + MARK + ")",
				"(select * from survey_emotions where workspace_id = :workspace) s"), workspaceId, zone);
	}

	private void run(String sql, UUID workspaceId, ZoneId zone) {
		jdbc.sql(sql).param("workspace", workspaceId).param("zone", zone.getId()).update();
	}
}
