package io.tajriba.surveys.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the score rows into daily counts per workspace-local day (survey_score_days). Each fold is one statement
 * that marks the rows it counts as rolled: rows committed meanwhile stay unrolled for the next fold, so no row is
 * counted twice or never, however the fold and the inserts interleave. The metrics read the days and the unrolled
 * tail together.
 */
@Repository
public class ScoreRollups {

	private static final String DAY_COUNTS = """
			select workspace_id, question_type, (completed_at at time zone :zone)::date, survey_id, question_key,
			  channel, touchpoint, scale_min, scale_max, score, count(*)
			from %s group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""";

	private static final String INTO_DAYS = """
			with %s
			insert into survey_score_days (workspace_id, question_type, day, survey_id, question_key, channel,
			  touchpoint, scale_min, scale_max, score, n)
			%s
			on conflict (workspace_id, question_type, day, survey_id, question_key, channel, touchpoint, scale_min,
			  scale_max, score) do update set n = survey_score_days.n + excluded.n""";

	private final JdbcClient jdbc;
	private final EmotionRollups emotions;

	ScoreRollups(JdbcClient jdbc, EmotionRollups emotions) {
		this.jdbc = jdbc;
		this.emotions = emotions;
	}

	/** The zone whose days the workspace's rollups count in, if they exist. */
	Optional<String> zone(UUID workspaceId) {
		return jdbc.sql("select zone from survey_rollups where workspace_id = :workspace")
			.param("workspace", workspaceId).query(String.class).optional();
	}

	/** Workspaces with score or emotion rows not yet rolled up, or whose rollups exist. */
	List<UUID> workspaces() {
		return jdbc.sql("""
				select distinct workspace_id from survey_scores where not rolled
				union select distinct workspace_id from survey_emotions where not rolled
				union select workspace_id from survey_rollups""").query(UUID.class).list();
	}

	/** Brings the workspace's rollups up to date in its zone, counting them all again if the zone changed. */
	@Transactional
	public void roll(UUID workspaceId, ZoneId zone) {
		jdbc.sql("""
				insert into survey_rollups (workspace_id, zone) values (:workspace, '')
				on conflict (workspace_id) do nothing""").param("workspace", workspaceId).update();
		// the lock keeps two folds of one workspace apart
		String counted = jdbc.sql("select zone from survey_rollups where workspace_id = :workspace for update")
			.param("workspace", workspaceId).query(String.class).single();
		String marked = "update survey_scores set rolled = true where workspace_id = :workspace and not rolled";
		if (counted.equals(zone.getId())) {
			fold("moved as (" + marked + " returning *)", DAY_COUNTS.formatted("moved"), workspaceId, zone);
			emotions.fold(workspaceId, zone);
			return;
		}
		jdbc.sql("delete from survey_score_days where workspace_id = :workspace").param("workspace", workspaceId)
			.update();
		// one statement, one snapshot: the rows it counts are exactly those it marks or finds marked
		fold("marked as (" + marked + ")",
				DAY_COUNTS.formatted("(select * from survey_scores where workspace_id = :workspace) s"), workspaceId,
				zone);
		emotions.recount(workspaceId, zone);
		jdbc.sql("update survey_rollups set zone = :zone where workspace_id = :workspace")
			.param("workspace", workspaceId).param("zone", zone.getId()).update();
	}

	private void fold(String with, String counts, UUID workspaceId, ZoneId zone) {
		jdbc.sql(INTO_DAYS.formatted(with, counts)).param("workspace", workspaceId).param("zone", zone.getId()).update();
	}
}
