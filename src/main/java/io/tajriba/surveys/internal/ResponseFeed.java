package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.surveys.ExportedResponse;
import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Completed customer responses in the order they were completed (their export sequence), read by keyset a page at
 * a time, optionally of those completed in a period. Employee survey answers are never read here.
 */
@Repository
public class ResponseFeed {

	static final int PAGE = 500;

	private static final String WHERE = """
			from survey_responses r where r.workspace_id = :workspace and r.export_seq is not null
			  and r.export_seq > :after and r.export_seq <= :upTo
			  and (cast(:from as timestamptz) is null or r.completed_at >= :from)
			  and (cast(:to as timestamptz) is null or r.completed_at < :to)
			  and not %s""".formatted(EmployeeSurveys.answers("r"));

	private record Row(long sequence, UUID id, UUID surveyId, @Nullable UUID customerId, @Nullable String interactionId,
			@Nullable String channel, @Nullable String touchpoint, @Nullable String agent, String language,
			String source, Instant startedAt, Instant completedAt, String answers) {
	}

	private record Asked(String name, List<Question> questions) {
	}

	private final JdbcClient jdbc;
	private final SurveyStore surveys;
	private final ObjectMapper mapper;

	ResponseFeed(JdbcClient jdbc, SurveyStore surveys, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.mapper = mapper;
	}

	/** The sequence of the {@code limit}-th response after {@code after} (the last one if fewer); empty if none. */
	public OptionalLong pageEnd(UUID workspaceId, long after, int limit, @Nullable Instant from, @Nullable Instant to) {
		Long end = jdbc.sql("select max(export_seq) from (select r.export_seq " + WHERE
				+ " order by r.export_seq limit :limit) page")
			.param("workspace", workspaceId).param("after", after).param("upTo", Long.MAX_VALUE)
			.param("from", utc(from)).param("to", utc(to)).param("limit", limit)
			.query(Long.class).optional().orElse(null);
		return end == null ? OptionalLong.empty() : OptionalLong.of(end);
	}

	public long count(UUID workspaceId, @Nullable Instant from, @Nullable Instant to) {
		return jdbc.sql("select count(*) " + WHERE).param("workspace", workspaceId).param("after", 0L)
			.param("upTo", Long.MAX_VALUE).param("from", utc(from)).param("to", utc(to)).query(Long.class).single();
	}

	/** The responses with a sequence in (after, upTo], in order, handed over a page at a time once it is read. */
	public void after(UUID workspaceId, long after, long upTo, @Nullable Instant from, @Nullable Instant to,
			Consumer<List<ExportedResponse>> page) {
		Map<UUID, Optional<Asked>> seen = new HashMap<>();
		long last = after;
		while (true) {
			List<Row> rows = jdbc.sql("select r.* " + WHERE + " order by r.export_seq limit :limit")
				.param("workspace", workspaceId).param("after", last).param("upTo", upTo)
				.param("from", utc(from)).param("to", utc(to)).param("limit", PAGE)
				.query(ResponseFeed::row).list();
			if (rows.isEmpty()) {
				return;
			}
			List<ExportedResponse> responses = new ArrayList<>();
			rows.forEach(r -> response(workspaceId, r, seen).ifPresent(responses::add));
			page.accept(responses);
			if (rows.size() < PAGE) {
				return;
			}
			last = rows.getLast().sequence();
		}
	}

	private Optional<ExportedResponse> response(UUID workspaceId, Row r, Map<UUID, Optional<Asked>> seen) {
		return seen.computeIfAbsent(r.surveyId(), id -> surveys.find(workspaceId, id)
			.map(s -> new Asked(s.name(), s.definition().toDefinition().questions()))).map(survey -> {
			Map<String, Answer> given = AnswersJson.read(mapper, r.answers());
			List<SubmittedResponse.Answer> answers = new ArrayList<>();
			for (Question q : survey.questions()) {
				Answer a = given.get(q.key());
				if (a != null && !a.isEmpty()) {
					answers.add(new SubmittedResponse.Answer(q.key(), q.type().key(), a.number(), a.choices(),
							a.text()));
				}
			}
			return new ExportedResponse(r.sequence(), r.id(), r.surveyId(), survey.name(), r.customerId(),
					r.interactionId(), r.channel(), r.touchpoint(), r.agent(), r.language(), r.source(),
					r.startedAt(), r.completedAt(), answers);
		});
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
		OffsetDateTime started = rs.getObject("started_at", OffsetDateTime.class);
		return new Row(rs.getLong("export_seq"), rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getString("interaction_id"), rs.getString("channel"),
				rs.getString("touchpoint"), rs.getString("agent"), rs.getString("language"), rs.getString("source"),
				started.toInstant(), completed == null ? started.toInstant() : completed.toInstant(),
				rs.getString("answers"));
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : SurveyStore.utc(instant);
	}
}
