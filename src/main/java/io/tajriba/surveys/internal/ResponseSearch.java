package io.tajriba.surveys.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.surveys.internal.ResponseQuery.Cursor;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses of a survey found by their filters, newest first, page after page by keyset. */
@Repository
public class ResponseSearch {

	private static final String AT = "coalesce(completed_at, started_at)";

	private final JdbcClient jdbc;

	ResponseSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} responses older than the cursor (all from the newest without one). */
	public List<StoredResponse> page(UUID workspaceId, UUID surveyId, ResponseQuery query, @Nullable Cursor before,
			int limit) {
		SqlConditions where = where(workspaceId, surveyId, query);
		if (before != null) {
			where.add("(" + AT + ", id) < (:beforeAt, :beforeId)");
			where.params.put("beforeAt", before.at().atOffset(ZoneOffset.UTC));
			where.params.put("beforeId", before.id());
		}
		return jdbc.sql("select * from survey_responses where " + where.sql + " order by " + AT
				+ " desc, id desc limit " + Math.max(1, limit))
			.params(where.params)
			.query((rs, n) -> ResponseStore.row(rs))
			.list();
	}

	/** How many responses match, whatever the page. */
	public long count(UUID workspaceId, UUID surveyId, ResponseQuery query) {
		SqlConditions where = where(workspaceId, surveyId, query);
		return jdbc.sql("select count(*) from survey_responses where " + where.sql).params(where.params)
			.query(Long.class).single();
	}

	/** A customer's completed responses to any survey, newest first, at most {@code limit}. */
	public List<StoredResponse> ofCustomer(UUID workspaceId, UUID customerId, int limit) {
		return jdbc.sql("""
				select * from survey_responses
				where workspace_id = :workspace and customer_id = :customer and status = 'complete'
				order by completed_at desc, id desc limit :limit""")
			.param("workspace", workspaceId).param("customer", customerId).param("limit", Math.max(1, limit))
			.query((rs, n) -> ResponseStore.row(rs))
			.list();
	}

	public Optional<StoredResponse> find(UUID workspaceId, UUID surveyId, UUID responseId) {
		return jdbc.sql("select * from survey_responses where workspace_id = :workspace and survey_id = :survey and id = :id")
			.param("workspace", workspaceId).param("survey", surveyId).param("id", responseId)
			.query((rs, n) -> ResponseStore.row(rs))
			.optional();
	}

	private SqlConditions where(UUID workspaceId, UUID surveyId, ResponseQuery q) {
		SqlConditions where = new SqlConditions("workspace_id = :workspace and survey_id = :survey")
			.param("workspace", workspaceId).param("survey", surveyId);
		where.equal("status", q.status());
		where.equal("language", q.language());
		where.equal("channel", q.channel());
		where.equal("touchpoint", q.touchpoint());
		where.equal("agent", q.agent());
		where.equal("customer_id", q.customerId());
		if (q.from() != null) {
			where.add(AT + " >= :from");
			where.params.put("from", q.from().atOffset(ZoneOffset.UTC));
		}
		if (q.to() != null) {
			where.add(AT + " < :to");
			where.params.put("to", q.to().atOffset(ZoneOffset.UTC));
		}
		if (q.question() != null) {
			where.params.put("question", q.question());
			scale(where, q);
			if (q.answer() != null) {
				where.add("(answers -> :question = to_jsonb(cast(:answer as text)) or jsonb_exists(answers -> :question, :answer))");
				where.params.put("answer", q.answer());
			}
			if (q.min() == null && q.max() == null && q.answer() == null) {
				where.add("jsonb_exists(answers, :question)");
			}
		}
		if (q.text() != null) {
			where.add("exists (select 1 from jsonb_each(answers) a where jsonb_typeof(a.value) = 'string' "
					+ "and a.value #>> '{}' ilike :text escape '\\')");
			where.params.put("text", "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return where;
	}

	private static void scale(SqlConditions where, ResponseQuery q) {
		String number = "case when jsonb_typeof(answers -> :question) = 'number' then (answers ->> :question)::numeric end";
		if (q.min() != null) {
			where.add(number + " >= :min");
			where.params.put("min", q.min());
		}
		if (q.max() != null) {
			where.add(number + " <= :max");
			where.params.put("max", q.max());
		}
	}
}
