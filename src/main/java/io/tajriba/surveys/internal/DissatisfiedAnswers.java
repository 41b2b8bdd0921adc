package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.tajriba.surveys.SurveyScores.Dissatisfied;
import io.tajriba.surveys.domain.QuestionType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scale answers of customers at or below their type's cut-off ({@link QuestionType#dissatisfiedAtMost}), on the
 * type's own scale, completed in a period, with what their response is about. Read one type at a time, a page at a
 * time by keyset along the index of a type's answers by time, so that each page starts where the last ended and a
 * year of answers never sits in memory.
 */
@Repository
public class DissatisfiedAnswers {

	static final int PAGE = 1_000;

	private static final List<QuestionType> TYPES = Stream.of(QuestionType.values())
		.filter(t -> t.isScale() && t.dissatisfiedAtMost() >= t.defaultMin()).toList();

	private static final String SQL = """
			select s.response_id, s.question_key, s.question_type, s.score, s.completed_at, s.customer_id,
			       r.interaction_id, s.touchpoint
			from survey_scores s
			join survey_responses r on r.workspace_id = s.workspace_id and r.id = s.response_id
			where s.workspace_id = :workspace and s.question_type = :type and s.scale_min = :min
			  and s.scale_max = :max and s.score <= :cutOff and s.customer_id is not null
			  and s.completed_at < :to and %s
			order by s.completed_at, s.response_id, s.question_key limit :size""";

	private final JdbcClient jdbc;

	DissatisfiedAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The dissatisfied answers completed in [from, to), one question type after the other, oldest first in each. */
	public void between(UUID workspaceId, Instant from, Instant to, Consumer<Dissatisfied> each) {
		between(workspaceId, from, to, PAGE, each);
	}

	void between(UUID workspaceId, Instant from, Instant to, int pageSize, Consumer<Dissatisfied> each) {
		for (QuestionType type : TYPES) {
			Dissatisfied last = null;
			while (true) {
				List<Dissatisfied> page = page(workspaceId, type, from, to, last, pageSize);
				page.forEach(each);
				if (page.size() < pageSize) {
					break;
				}
				last = page.getLast();
			}
		}
	}

	private List<Dissatisfied> page(UUID workspaceId, QuestionType type, Instant from, Instant to,
			@Nullable Dissatisfied after, int size) {
		// the plain bound lets the index start at the last page's end; the row comparison breaks its ties
		String start = after == null ? "s.completed_at >= :from" : "s.completed_at >= :afterAt"
				+ " and (s.completed_at, s.response_id, s.question_key) > (:afterAt, :afterId, :afterKey)";
		var query = jdbc.sql(SQL.formatted(start)).param("workspace", workspaceId).param("type", type.key())
			.param("min", type.defaultMin()).param("max", type.defaultMax()).param("cutOff", type.dissatisfiedAtMost())
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
