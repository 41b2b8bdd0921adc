package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tajriba.surveys.SurveyScores.Dissatisfied;
import io.tajriba.surveys.domain.QuestionType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scale answers of customers at or below their type's cut-off ({@link QuestionType#dissatisfiedAtMost}), on the
 * type's own scale, completed in a period, with what their response is about; read a page at a time by keyset, so
 * that a year of answers never sits in memory.
 */
@Repository
public class DissatisfiedAnswers {

	static final int PAGE = 1_000;

	private static final String CUT_OFFS = Stream.of(QuestionType.values())
		.filter(t -> t.isScale() && t.dissatisfiedAtMost() >= t.defaultMin())
		.map(t -> "(s.question_type = '%s' and s.scale_min = %d and s.scale_max = %d and s.score <= %d)"
			.formatted(t.key(), t.defaultMin(), t.defaultMax(), t.dissatisfiedAtMost()))
		.collect(Collectors.joining(" or ", "(", ")"));

	private static final String SQL = """
			select s.response_id, s.question_key, s.question_type, s.score, s.completed_at, s.customer_id,
			       r.interaction_id, s.touchpoint
			from survey_scores s
			join survey_responses r on r.workspace_id = s.workspace_id and r.id = s.response_id
			where s.workspace_id = :workspace and s.customer_id is not null and %s
			  and s.completed_at < :to and %s
			order by s.completed_at, s.response_id, s.question_key limit :size""";

	private final JdbcClient jdbc;

	DissatisfiedAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void between(UUID workspaceId, Instant from, Instant to, Consumer<Dissatisfied> each) {
		between(workspaceId, from, to, PAGE, each);
	}

	void between(UUID workspaceId, Instant from, Instant to, int pageSize, Consumer<Dissatisfied> each) {
		Dissatisfied last = null;
		while (true) {
			List<Dissatisfied> page = page(workspaceId, from, to, last, pageSize);
			page.forEach(each);
			if (page.size() < pageSize) {
				return;
			}
			last = page.getLast();
		}
	}

	private List<Dissatisfied> page(UUID workspaceId, Instant from, Instant to, @Nullable Dissatisfied after,
			int size) {
		String start = after == null ? "s.completed_at >= :from"
				: "(s.completed_at, s.response_id, s.question_key) > (:afterAt, :afterId, :afterKey)";
		var query = jdbc.sql(SQL.formatted(CUT_OFFS, start)).param("workspace", workspaceId)
			.param("to", SurveyStore.utc(to)).param("size", size);
		query = after == null ? query.param("from", SurveyStore.utc(from))
				: query.param("afterAt", SurveyStore.utc(after.completedAt())).param("afterId", after.responseId())
					.param("afterKey", after.questionKey());
		return query.query(DissatisfiedAnswers::row).list();
	}

	private static Dissatisfied row(ResultSet rs, int n) throws SQLException {
		return new Dissatisfied(rs.getObject("response_id", UUID.class), rs.getString("question_key"),
				rs.getString("question_type"), rs.getInt("score"),
				rs.getObject("completed_at", OffsetDateTime.class).toInstant(), rs.getObject("customer_id", UUID.class),
				rs.getString("interaction_id"), rs.getString("touchpoint"));
	}
}
