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
import java.util.UUID;
import java.util.function.Consumer;

import io.tajriba.surveys.SubmittedResponse;
import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Completed responses with their answers read by the questions they answer, one by one or in time order over a
 * period. A period is read page by page (by keyset), so that months of responses never sit in memory together.
 */
@Repository
public class SubmittedResponses {

	static final int PAGE = 500;

	private static final String COMPLETE = """
			select id, survey_id, customer_id, interaction_id, channel, touchpoint, agent, language, completed_at, answers
			from survey_responses r where workspace_id = :workspace and status = 'complete' and completed_at is not null
			  and not %s""".formatted(EmployeeSurveys.answers("r"));

	/** A stored row before its answers are read by their questions. */
	private record Row(UUID id, UUID surveyId, @Nullable UUID customerId, @Nullable String interactionId,
			@Nullable String channel, @Nullable String touchpoint, @Nullable String agent, String language,
			Instant completedAt, String answers) {
	}

	/** What a survey asked, read once however many of its responses are read. */
	private record Asked(String name, List<Question> questions) {
	}

	private final JdbcClient jdbc;
	private final SurveyStore surveys;
	private final ObjectMapper mapper;

	SubmittedResponses(JdbcClient jdbc, SurveyStore surveys, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.mapper = mapper;
	}

	public Optional<SubmittedResponse> find(UUID workspaceId, UUID responseId) {
		return jdbc.sql(COMPLETE + " and id = :id").param("workspace", workspaceId).param("id", responseId)
			.query(SubmittedResponses::row).optional()
			.flatMap(row -> response(workspaceId, row, new HashMap<>()));
	}

	/** The responses completed in [from, to), oldest first, at most {@code limit}. */
	public void between(UUID workspaceId, Instant from, Instant to, int limit, Consumer<SubmittedResponse> each) {
		between(workspaceId, from, to, limit, PAGE, each);
	}

	void between(UUID workspaceId, Instant from, Instant to, int limit, int pageSize,
			Consumer<SubmittedResponse> each) {
		Map<UUID, Optional<Asked>> seen = new HashMap<>();
		int left = limit;
		Row last = null;
		while (left > 0) {
			List<Row> page = page(workspaceId, from, to, last, Math.min(left, pageSize));
			// handed over once the page is read, so that a slow consumer keeps no result set open
			page.forEach(row -> response(workspaceId, row, seen).ifPresent(each));
			if (page.size() < Math.min(left, pageSize)) {
				return;
			}
			left -= page.size();
			last = page.getLast();
		}
	}

	private List<Row> page(UUID workspaceId, Instant from, Instant to, @Nullable Row after, int size) {
		String start = after == null ? " and completed_at >= :from"
				: " and (completed_at, id) > (:afterAt, :afterId)";
		var query = jdbc.sql(COMPLETE + start + " and completed_at < :to order by completed_at, id limit :size")
			.param("workspace", workspaceId).param("from", SurveyStore.utc(from)).param("to", SurveyStore.utc(to))
			.param("size", size);
		if (after != null) {
			query = query.param("afterAt", SurveyStore.utc(after.completedAt())).param("afterId", after.id());
		}
		return query.query(SubmittedResponses::row).list();
	}

	private Optional<SubmittedResponse> response(UUID workspaceId, Row r, Map<UUID, Optional<Asked>> seen) {
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
			return new SubmittedResponse(workspaceId, r.surveyId(), survey.name(), r.id(), r.customerId(),
					r.interactionId(), r.channel(), r.touchpoint(), r.agent(), r.language(), r.completedAt(), answers);
		});
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getString("interaction_id"), rs.getString("channel"),
				rs.getString("touchpoint"), rs.getString("agent"), rs.getString("language"),
				rs.getObject("completed_at", OffsetDateTime.class).toInstant(), rs.getString("answers"));
	}
}
