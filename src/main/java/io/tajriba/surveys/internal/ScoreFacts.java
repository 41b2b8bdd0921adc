package io.tajriba.surveys.internal;

import java.util.Collection;
import java.util.UUID;

import io.tajriba.text.TextAnalytics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scale answers and emotions of completed responses, one row each, written when a response completes (in its
 * transaction): what the metrics count and group. The scale's ends come from the survey's definition. The written
 * answers are queued for the text analytics at the same moment.
 */
@Repository
class ScoreFacts {

	private static final String SCORES = """
			insert into survey_scores (workspace_id, response_id, question_key, survey_id, question_type, scale_min,
			  scale_max, score, completed_at, customer_id, channel, touchpoint, agent, language)
			select r.workspace_id, r.id, q ->> 'key', r.survey_id, q ->> 'type',
			  case q ->> 'type' when 'nps' then 0 when 'rating' then coalesce((q ->> 'min')::int, 1) else 1 end,
			  case q ->> 'type' when 'nps' then 10 when 'ces' then 7 when 'rating' then coalesce((q ->> 'max')::int, 5)
			    else 5 end,
			  (r.answers ->> (q ->> 'key'))::int, r.completed_at, r.customer_id, r.channel, r.touchpoint, r.agent,
			  r.language
			from survey_responses r
			join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
			cross join jsonb_array_elements(s.definition -> 'questions') q
			where r.workspace_id = :workspace and r.id = any(:ids) and r.status = 'complete'
			  and q ->> 'type' in ('nps', 'csat', 'ces', 'repurchase', 'rating')
			  and jsonb_typeof(r.answers -> (q ->> 'key')) = 'number'
			on conflict do nothing""";

	private static final String EMOTIONS = """
			insert into survey_emotions (workspace_id, response_id, question_key, emotion, survey_id, completed_at,
			  channel, touchpoint, agent, language)
			select r.workspace_id, r.id, q ->> 'key', e, r.survey_id, r.completed_at, r.channel, r.touchpoint, r.agent,
			  r.language
			from survey_responses r
			join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
			cross join jsonb_array_elements(s.definition -> 'questions') q
			cross join jsonb_array_elements_text(case when jsonb_typeof(r.answers -> (q ->> 'key')) = 'array'
			  then r.answers -> (q ->> 'key') else '[]'::jsonb end) e
			where r.workspace_id = :workspace and r.id = any(:ids) and r.status = 'complete'
			  and q ->> 'type' = 'emotion'
			on conflict do nothing""";

	private static final String TEXTS = """
			select r.id::text as id, q ->> 'key' as field, r.answers ->> (q ->> 'key') as text, r.completed_at
			from survey_responses r
			join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
			cross join jsonb_array_elements(s.definition -> 'questions') q
			where r.workspace_id = :workspace and r.id = any(:ids) and r.status = 'complete'
			  and q ->> 'type' = 'text' and jsonb_typeof(r.answers -> (q ->> 'key')) = 'string'""";

	private final JdbcClient jdbc;
	private final TextAnalytics text;

	ScoreFacts(JdbcClient jdbc, TextAnalytics text) {
		this.jdbc = jdbc;
		this.text = text;
	}

	/** Records the scores and emotions of these responses, those of them that are complete. */
	void record(UUID workspaceId, Collection<UUID> responseIds) {
		if (responseIds.isEmpty()) {
			return;
		}
		UUID[] ids = responseIds.toArray(UUID[]::new);
		jdbc.sql(SCORES).param("workspace", workspaceId).param("ids", ids).update();
		jdbc.sql(EMOTIONS).param("workspace", workspaceId).param("ids", ids).update();
		// the written answers go to the text analytics, in this transaction: none is lost, none analysed twice
		text.enqueue(workspaceId, "response", jdbc.sql(TEXTS).param("workspace", workspaceId).param("ids", ids)
			.query((rs, n) -> new TextAnalytics.Submitted(rs.getString("id"), rs.getString("field"),
					rs.getString("text"), rs.getObject("completed_at", java.time.OffsetDateTime.class).toInstant()))
			.list());
	}
}
