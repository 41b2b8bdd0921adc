package io.tajriba.surveys.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey responses; an imported response with the same id as an earlier one is skipped. */
@Repository
public class ResponseStore {

	/** A response to store. {@code answers} is a JSON object of question key to answer. */
	record NewResponse(UUID surveyId, @Nullable String externalId, @Nullable UUID customerId,
			@Nullable String interactionId, @Nullable String channel, @Nullable String touchpoint,
			@Nullable String agent, String language, String source, String answers, boolean complete,
			Instant startedAt, @Nullable Instant completedAt) {
	}

	/** A stored response, as lists and exports show it; {@code answers} is a JSON object. */
	public record StoredResponse(UUID id, UUID surveyId, @Nullable String externalId, @Nullable UUID customerId,
			@Nullable String interactionId, @Nullable String channel, @Nullable String touchpoint,
			@Nullable String agent, String language, String source, @JsonRawValue String answers, String status,
			Instant startedAt, @Nullable Instant completedAt) {
	}

	private final JdbcClient jdbc;
	private final ScoreFacts facts;

	ResponseStore(JdbcClient jdbc, ScoreFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	/** Stores the response unless one with its external id exists; answers its id, or empty for a duplicate. */
	Optional<UUID> insert(UUID workspaceId, NewResponse r) {
		Optional<UUID> id = jdbc.sql("""
				insert into survey_responses (workspace_id, survey_id, external_id, customer_id, interaction_id, channel,
				  touchpoint, agent, language, source, answers, status, started_at, completed_at)
				values (:workspace, :survey, :external, :customer, :interaction, :channel, :touchpoint, :agent,
				  :language, :source, cast(:answers as jsonb), :status, :started, :completed)
				on conflict (workspace_id, survey_id, external_id) do nothing returning id""")
			.param("workspace", workspaceId).param("survey", r.surveyId()).param("external", r.externalId())
			.param("customer", r.customerId()).param("interaction", r.interactionId()).param("channel", r.channel())
			.param("touchpoint", r.touchpoint()).param("agent", r.agent()).param("language", r.language())
			.param("source", r.source()).param("answers", r.answers())
			.param("status", r.complete() ? "complete" : "incomplete")
			.param("started", SurveyStore.utc(r.startedAt()))
			.param("completed", r.completedAt() == null ? null : SurveyStore.utc(r.completedAt()))
			.query(UUID.class).optional();
		if (r.complete()) {
			id.ifPresent(stored -> facts.record(workspaceId, List.of(stored)));
		}
		return id;
	}

	/** Saves a partial response's answers again, and completes it when {@code completedAt} is given. */
	void update(UUID workspaceId, UUID id, String answers, @Nullable Instant completedAt) {
		jdbc.sql("""
				update survey_responses set answers = cast(:answers as jsonb),
				  status = case when cast(:completed as timestamptz) is null then 'incomplete' else 'complete' end,
				  completed_at = :completed
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("answers", answers)
			.param("completed", completedAt == null ? null : SurveyStore.utc(completedAt)).update();
		if (completedAt != null) {
			facts.record(workspaceId, List.of(id));
		}
	}

	/** The answers saved for a response, as a JSON object. */
	String answers(UUID workspaceId, UUID id) {
		return jdbc.sql("select answers from survey_responses where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(String.class).optional().orElse("{}");
	}

	public List<StoredResponse> list(UUID workspaceId, UUID surveyId, int limit) {
		return jdbc.sql("""
				select * from survey_responses where workspace_id = :workspace and survey_id = :survey
				order by coalesce(completed_at, started_at) desc limit :limit""")
			.param("workspace", workspaceId).param("survey", surveyId).param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Every response of a survey in the order of {@link #list}, handed over a page at a time so that no more than a
	 * page is ever held: keyset pages by (time, id).
	 */
	public void eachPage(UUID workspaceId, UUID surveyId, int pageSize,
			java.util.function.Consumer<List<StoredResponse>> page) {
		java.time.Instant time = null;
		UUID id = null;
		while (true) {
			List<StoredResponse> rows = jdbc.sql("""
					select * from survey_responses where workspace_id = :workspace and survey_id = :survey
					  and (cast(:time as timestamptz) is null
					       or (coalesce(completed_at, started_at), id) < (cast(:time as timestamptz), cast(:id as uuid)))
					order by coalesce(completed_at, started_at) desc, id desc limit :limit""")
				.param("workspace", workspaceId).param("survey", surveyId)
				.param("time", time == null ? null : time.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", id, java.sql.Types.OTHER).param("limit", pageSize)
				.query((rs, n) -> row(rs))
				.list();
			if (rows.isEmpty()) {
				return;
			}
			page.accept(rows);
			StoredResponse last = rows.getLast();
			time = last.completedAt() != null ? last.completedAt() : last.startedAt();
			id = last.id();
			if (rows.size() < pageSize) {
				return;
			}
		}
	}

	static StoredResponse row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StoredResponse(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getString("external_id"), rs.getObject("customer_id", UUID.class), rs.getString("interaction_id"),
				rs.getString("channel"), rs.getString("touchpoint"), rs.getString("agent"), rs.getString("language"),
				rs.getString("source"), rs.getString("answers"), rs.getString("status"),
				rs.getObject("started_at", java.time.OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getObject("completed_at", java.time.OffsetDateTime.class))
					.map(java.time.OffsetDateTime::toInstant).orElse(null));
	}

	public Map<String, Long> counts(UUID workspaceId, UUID surveyId) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("""
				select status, count(*) from survey_responses where workspace_id = :workspace and survey_id = :survey
				group by status""")
			.param("workspace", workspaceId).param("survey", surveyId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}
}
