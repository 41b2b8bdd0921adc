package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.customers.NpsAnswer;
import io.tajriba.text.TextAnalytics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scale answers and emotions of completed responses, one row each, written when a response completes (in its
 * transaction): what the metrics count and group. The scale's ends come from the survey's definition. The written
 * answers are queued for the text analytics and the customers' latest NPS answers kept at the same moment.
 */
@Repository
class ScoreFacts {

	/**
	 * One statement (the answers to employee surveys left out: they count in no customer figure): the completed responses' answers beside their questions (the definition read once), the scale
	 * answers and emotions written as rows of their own, and the written answers returned for the text analytics.
	 */
	private static final String FACTS = """
			with a as (
			  select r.workspace_id, r.id, r.survey_id, r.answers, r.completed_at, r.customer_id, r.channel,
			    r.touchpoint, r.agent, r.language, q ->> 'key' as key, q ->> 'type' as type, q
			  from survey_responses r
			  join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
			  cross join jsonb_array_elements(s.definition -> 'questions') q
			  where r.workspace_id = :workspace and r.id = any(:ids) and r.status = 'complete'
			    and not %s),
			scores as (
			  insert into survey_scores (workspace_id, response_id, question_key, survey_id, question_type, scale_min,
			    scale_max, score, completed_at, customer_id, channel, touchpoint, agent, language)
			  select workspace_id, id, key, survey_id, type,
			    case type when 'nps' then 0 when 'rating' then coalesce((q ->> 'min')::int, 1) else 1 end,
			    case type when 'nps' then 10 when 'ces' then 7 when 'rating' then coalesce((q ->> 'max')::int, 5)
			      else 5 end,
			    (answers ->> key)::int, completed_at, customer_id, channel, touchpoint, agent, language
			  from a
			  where type in ('nps', 'csat', 'ces', 'repurchase', 'rating') and jsonb_typeof(answers -> key) = 'number'
			  on conflict do nothing),
			emotions as (
			  insert into survey_emotions (workspace_id, response_id, question_key, emotion, survey_id, completed_at,
			    channel, touchpoint, agent, language)
			  select workspace_id, id, key, e, survey_id, completed_at, channel, touchpoint, agent, language
			  from a cross join jsonb_array_elements_text(case when jsonb_typeof(answers -> key) = 'array'
			    then answers -> key else '[]'::jsonb end) e
			  where type = 'emotion'
			  on conflict do nothing)
			select 'text' as kind, id::text as id, key as field, answers ->> key as text, completed_at, customer_id
			from a where type = 'text' and jsonb_typeof(answers -> key) = 'string'
			union all
			select 'nps', id::text, key, answers ->> key, completed_at, customer_id
			from a where type = 'nps' and customer_id is not null and jsonb_typeof(answers -> key) = 'number'""".formatted(EmployeeSurveys.sql("s"));

	private final JdbcClient jdbc;
	private final TextAnalytics text;
	private final Customers customers;

	ScoreFacts(JdbcClient jdbc, TextAnalytics text, Customers customers) {
		this.jdbc = jdbc;
		this.text = text;
		this.customers = customers;
	}

	/** Records the scores and emotions of these responses, those of them that are complete. */
	void record(UUID workspaceId, Collection<UUID> responseIds) {
		if (responseIds.isEmpty()) {
			return;
		}
		UUID[] ids = responseIds.toArray(UUID[]::new);
		List<TextAnalytics.Submitted> texts = new ArrayList<>();
		List<NpsAnswer> nps = new ArrayList<>();
		jdbc.sql(FACTS).param("workspace", workspaceId).param("ids", ids).query((ResultSet rs) -> {
			Instant at = rs.getObject("completed_at", OffsetDateTime.class).toInstant();
			if (rs.getString("kind").equals("text")) {
				texts.add(new TextAnalytics.Submitted(rs.getString("id"), rs.getString("field"), rs.getString("text"), at,
						rs.getObject("customer_id", UUID.class)));
			}
			else {
				nps.add(new NpsAnswer(rs.getObject("customer_id", UUID.class), Integer.parseInt(rs.getString("text")), at));
			}
		});
		// the written answers go to the text analytics, in this transaction: none is lost, none analysed twice
		text.enqueue(workspaceId, "response", texts);
		customers.recordNps(workspaceId, nps);
	}
}
