package io.tajriba.surveys.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tajriba.surveys.domain.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Survey triggers. The active ones of a workspace are read at most every few seconds per node, since every
 * ingested batch asks for them.
 */
@Repository
class TriggerStore {

	private static final Duration FRESH = Duration.ofSeconds(10);

	private record Cached(List<Trigger> triggers, Instant readAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	TriggerStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID insert(UUID workspaceId, Trigger t) {
		cache.remove(workspaceId);
		return jdbc.sql("""
				insert into survey_triggers (workspace_id, survey_id, interaction_type, channel, touchpoint, delay_minutes,
				  throttle_days, active, created_at)
				values (:workspace, :survey, :type, :channel, :touchpoint, :delay, :throttle, :active, :now) returning id""")
			.param("workspace", workspaceId).param("survey", t.surveyId()).param("type", t.type())
			.param("channel", t.channel()).param("touchpoint", t.touchpoint()).param("delay", t.delayMinutes())
			.param("throttle", t.throttleDays()).param("active", t.active()).param("now", SurveyStore.utc(clock.instant()))
			.query(UUID.class).single();
	}

	boolean delete(UUID workspaceId, UUID surveyId, UUID id) {
		cache.remove(workspaceId);
		return jdbc.sql("delete from survey_triggers where workspace_id = :workspace and survey_id = :survey and id = :id")
			.param("workspace", workspaceId).param("survey", surveyId).param("id", id).update() > 0;
	}

	List<Trigger> list(UUID workspaceId, UUID surveyId) {
		return read(workspaceId).stream().filter(t -> t.surveyId().equals(surveyId)).toList();
	}

	/** The workspace's active triggers of published surveys, from a cache a few seconds old at most. */
	List<Trigger> active(UUID workspaceId) {
		Instant now = clock.instant();
		Cached cached = cache.get(workspaceId);
		if (cached == null || cached.readAt().plus(FRESH).isBefore(now)) {
			cached = new Cached(jdbc.sql("""
					select t.* from survey_triggers t join surveys s on s.workspace_id = t.workspace_id and s.id = t.survey_id
					where t.workspace_id = :workspace and t.active and s.status = 'published'""")
				.param("workspace", workspaceId).query((rs, n) -> map(rs)).list(), now);
			cache.put(workspaceId, cached);
		}
		return cached.triggers();
	}

	private List<Trigger> read(UUID workspaceId) {
		return jdbc.sql("select * from survey_triggers where workspace_id = :workspace order by created_at")
			.param("workspace", workspaceId).query((rs, n) -> map(rs)).list();
	}

	private static Trigger map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Trigger(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getString("interaction_type"), rs.getString("channel"), rs.getString("touchpoint"),
				rs.getInt("delay_minutes"), rs.getInt("throttle_days"), rs.getBoolean("active"));
	}
}
