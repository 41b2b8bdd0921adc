package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.SurveyScores.Count;
import io.tajriba.surveys.SurveyScores.EmotionCount;
import io.tajriba.surveys.SurveyScores.ScaleQuestion;
import io.tajriba.surveys.SurveyScores.Scored;
import io.tajriba.surveys.domain.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries behind {@link io.tajriba.surveys.SurveyScores}, over the score and emotion rows. They only read, in
 * read-only transactions (joining the caller's, if it has one): with a read replica set, they are the dashboards'
 * reads that go to it.
 */
@Repository
@Transactional(readOnly = true)
public class ScoreQueries {

	private final JdbcClient jdbc;
	private final SurveyStore surveys;
	private final RolledCounts rolled;
	private final RolledEmotions rolledEmotions;

	ScoreQueries(JdbcClient jdbc, SurveyStore surveys, RolledCounts rolled, RolledEmotions rolledEmotions) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.rolled = rolled;
		this.rolledEmotions = rolledEmotions;
	}

	/** From the daily rollups where they answer the question, else from the raw rows: the same counts either way. */
	public List<Count> counts(UUID workspaceId, String questionType, ScoreFilter filter, @Nullable ScoreDimension by,
			@Nullable ScoreDimension then, ZoneId zone) {
		return rolled.counts(workspaceId, questionType, filter, by, then, zone)
			.orElseGet(() -> rawCounts(workspaceId, questionType, filter, by, then, zone));
	}

	List<Count> rawCounts(UUID workspaceId, String questionType, ScoreFilter filter, @Nullable ScoreDimension by,
			@Nullable ScoreDimension then, ZoneId zone) {
		SqlConditions where = where(workspaceId, filter, zone);
		where.add("question_type = :type");
		where.param("type", questionType);
		String group = (by == null ? "null" : by.column()) + " as g, " + (then == null ? "null" : then.column()) + " as s";
		return jdbc.sql("select " + group + ", scale_min, scale_max, score, count(*) as n from survey_scores where "
				+ where + " group by 1, 2, 3, 4, 5 order by 1, 2, 5")
			.params(where.params)
			.query((rs, n) -> new Count(rs.getString("g"), rs.getString("s"), rs.getInt("scale_min"),
					rs.getInt("scale_max"), rs.getInt("score"), rs.getLong("n")))
			.list();
	}

	public List<EmotionCount> emotions(UUID workspaceId, ScoreFilter filter, @Nullable ScoreDimension by, ZoneId zone) {
		return rolledEmotions.emotions(workspaceId, filter, by, zone)
			.orElseGet(() -> rawEmotions(workspaceId, filter, by, zone));
	}

	List<EmotionCount> rawEmotions(UUID workspaceId, ScoreFilter filter, @Nullable ScoreDimension by, ZoneId zone) {
		SqlConditions where = emotionsWhere(workspaceId, filter, zone);
		String group = by == null || by == ScoreDimension.QUESTION ? "question_key" : by.column();
		return jdbc.sql("select " + group + " as g, emotion, count(*) as n from survey_emotions where " + where
				+ " group by 1, 2 order by 1, 3 desc")
			.params(where.params)
			.query((rs, n) -> new EmotionCount(by == null ? null : rs.getString("g"), rs.getString("emotion"),
					rs.getLong("n")))
			.list();
	}

	public long[] invitations(UUID workspaceId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) as invited, count(*) filter (where status = 'responded') as responded
				from survey_invitations
				where workspace_id = :workspace and created_at >= :from and created_at < :to""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new long[] { rs.getLong("invited"), rs.getLong("responded") }).single();
	}

	public long emotionResponses(UUID workspaceId, ScoreFilter filter, ZoneId zone) {
		return rolledEmotions.responses(workspaceId, filter, zone).orElseGet(() -> rawEmotionResponses(workspaceId,
				filter));
	}

	long rawEmotionResponses(UUID workspaceId, ScoreFilter filter) {
		SqlConditions where = emotionsWhere(workspaceId, filter, ZoneOffset.UTC);
		return jdbc.sql("select count(distinct response_id) from survey_emotions where " + where).params(where.params)
			.query(Long.class).single();
	}

	/**
	 * The latest {@code limit} responses of the period with their scale answers, newest first: read from one index in
	 * time order, so the cost grows with the sample, not with the period. A response's rows come together; only its
	 * first row is read whole.
	 */
	public List<Scored> perResponse(UUID workspaceId, UUID surveyId, int questions, ScoreFilter filter, int limit) {
		SqlConditions where = where(workspaceId, filter, ZoneOffset.UTC);
		where.equal("survey_id", surveyId);
		long rows = (long) Math.max(1, limit) * Math.max(1, questions);
		List<Scored> sample = new ArrayList<>();
		long[] answers = { 0 };
		jdbc.sql("""
				select response_id, customer_id, completed_at, question_key, score from survey_scores where %s
				order by completed_at desc, response_id limit %d""".formatted(where, rows))
			.params(where.params)
			.query(new org.springframework.jdbc.core.RowCallbackHandler() {
				private @Nullable String current;

				@Override
				public void processRow(ResultSet rs) throws SQLException {
					// by position: looking columns up by name costs more than reading them, row after row
					String id = rs.getString(1);
					if (!id.equals(current)) {
						current = id;
						sample.add(scored(rs, UUID.fromString(id)));
					}
					sample.getLast().scores().put(rs.getString(4), rs.getInt(5));
					answers[0]++;
				}
			});
		// when the rows ran out mid-response, the oldest response read may lack some of its answers: leave it out
		boolean cut = answers[0] >= rows;
		int keep = Math.min(limit, cut && sample.size() > 1 ? sample.size() - 1 : sample.size());
		return List.copyOf(sample.subList(0, keep));
	}

	/** The emotions picked in a survey's responses completed in [from, to), by response. */
	public Map<UUID, Set<String>> emotionsOf(UUID workspaceId, UUID surveyId, Instant from, Instant to) {
		Map<UUID, Set<String>> emotions = new HashMap<>();
		jdbc.sql("""
				select response_id, emotion from survey_emotions
				where workspace_id = :workspace and survey_id = :survey and completed_at >= :from and completed_at < :to""")
			.param("workspace", workspaceId).param("survey", surveyId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((ResultSet rs) -> {
				emotions.computeIfAbsent(rs.getObject("response_id", UUID.class), r -> new java.util.TreeSet<>())
					.add(rs.getString("emotion"));
			});
		return emotions;
	}

	public Map<UUID, Set<String>> latestEmotions(UUID workspaceId) {
		Map<UUID, Set<String>> latest = new HashMap<>();
		jdbc.sql("""
				with latest as (
				  select distinct on (r.customer_id) r.customer_id, e.response_id
				  from survey_emotions e join survey_responses r on r.workspace_id = e.workspace_id and r.id = e.response_id
				  where e.workspace_id = :workspace and r.customer_id is not null
				  order by r.customer_id, e.completed_at desc, e.response_id)
				select l.customer_id, e.emotion from latest l
				join survey_emotions e on e.workspace_id = :workspace and e.response_id = l.response_id""")
			.param("workspace", workspaceId)
			.query((ResultSet rs) -> {
				latest.computeIfAbsent(rs.getObject("customer_id", UUID.class), c -> new java.util.TreeSet<>())
					.add(rs.getString("emotion"));
			});
		return latest;
	}

	public boolean answeredSince(UUID workspaceId, String questionType, Instant since) {
		return jdbc.sql("""
				select exists (select 1 from survey_scores
				  where workspace_id = :workspace and question_type = :type and completed_at >= :since)""")
			.param("workspace", workspaceId).param("type", questionType).param("since", since.atOffset(ZoneOffset.UTC))
			.query(Boolean.class).single();
	}

	public Map<UUID, Integer> latestByCustomer(UUID workspaceId, String questionType, Instant until) {
		Map<UUID, Integer> latest = new HashMap<>();
		jdbc.sql("""
				select distinct on (customer_id) customer_id, score from survey_scores
				where workspace_id = :workspace and question_type = :type and customer_id is not null
				  and completed_at < :until
				order by customer_id, completed_at desc, score desc""")
			.param("workspace", workspaceId).param("type", questionType)
			.param("until", until.atOffset(ZoneOffset.UTC))
			.query((ResultSet rs) -> {
				latest.put(rs.getObject("customer_id", UUID.class), rs.getInt("score"));
			});
		return latest;
	}

	public List<ScaleQuestion> scaleQuestions(UUID workspaceId, UUID surveyId) {
		return surveys.find(workspaceId, surveyId).map(s -> s.definition().toDefinition().questions().stream()
			.filter(q -> q.type().isScale()).map(ScoreQueries::question).toList()).orElse(List.of());
	}

	public Map<UUID, String> surveyNames(UUID workspaceId) {
		Map<UUID, String> names = new LinkedHashMap<>();
		surveys.list(workspaceId).forEach(s -> names.put(s.id(), s.name()));
		return names;
	}

	private static ScaleQuestion question(Question q) {
		return new ScaleQuestion(q.key(), q.type().key(), q.min(), q.max(), q.text().texts());
	}

	private static Scored scored(ResultSet rs, UUID id) {
		try {
			return new Scored(id, rs.getObject("customer_id", UUID.class),
					rs.getObject("completed_at", OffsetDateTime.class).toInstant(), new LinkedHashMap<>());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	// the emotions picked carry no customer: theirs is the response's
	private static final String EMOTION_CUSTOMER = "(select r.customer_id from survey_responses r"
			+ " where r.workspace_id = survey_emotions.workspace_id and r.id = survey_emotions.response_id)";

	private static SqlConditions where(UUID workspaceId, ScoreFilter f, ZoneId zone) {
		return where(workspaceId, f, zone, "customer_id");
	}

	private static SqlConditions emotionsWhere(UUID workspaceId, ScoreFilter f, ZoneId zone) {
		return where(workspaceId, f, zone, EMOTION_CUSTOMER);
	}

	private static SqlConditions where(UUID workspaceId, ScoreFilter f, ZoneId zone, String customer) {
		SqlConditions where = new SqlConditions("workspace_id = :workspace").param("workspace", workspaceId)
			.param("zone", zone.getId());
		where.equal("survey_id", f.surveyId());
		where.equal("question_key", f.questionKey());
		where.equal("channel", f.channel());
		where.equal("touchpoint", f.touchpoint());
		where.equal("agent", f.agent());
		where.equal("language", f.language());
		if (f.customers() != null) {
			where.add(customer + " = any(:customers)");
			where.param("customers", f.customers().toArray(UUID[]::new));
		}
		if (f.from() != null) {
			where.add("completed_at >= :from");
			where.param("from", f.from().atOffset(ZoneOffset.UTC));
		}
		if (f.to() != null) {
			where.add("completed_at < :to");
			where.param("to", f.to().atOffset(ZoneOffset.UTC));
		}
		return where;
	}
}
