package io.tajriba.maturity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.maturity.domain.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The assessments, their raters and ratings. */
@Repository
class AssessmentStore {

	static final int MAX_LISTED = 200;

	private static final TypeReference<LinkedHashMap<String, Measure>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	AssessmentStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID w, String name, Instant asOf, String version, Map<String, Measure> evidence, String actor,
			Instant now) {
		return jdbc.sql("""
				insert into maturity_assessments (workspace_id, name, as_of, rubric_version, evidence, status, created_by,
				  created_at)
				values (:w, :name, :asOf, :version, cast(:evidence as jsonb), 'open', :actor, :now) returning id""")
			.param("w", w).param("name", name).param("asOf", Timestamp.from(asOf)).param("version", version)
			.param("evidence", mapper.writeValueAsString(evidence)).param("actor", actor)
			.param("now", Timestamp.from(now)).query(UUID.class).single();
	}

	void invite(UUID w, UUID assessment, UUID user, String group, Instant now) {
		jdbc.sql("""
				insert into maturity_raters (workspace_id, assessment_id, user_id, rater_group, invited_at)
				values (:w, :a, :user, :group, :now)
				on conflict (workspace_id, assessment_id, user_id) do update set rater_group = excluded.rater_group""")
			.param("w", w).param("a", assessment).param("user", user).param("group", group)
			.param("now", Timestamp.from(now)).update();
	}

	void rate(UUID w, UUID assessment, UUID user, Map<String, Integer> ratings, Instant now) {
		ratings.forEach((item, rating) -> jdbc.sql("""
				insert into maturity_ratings (workspace_id, assessment_id, user_id, item, rating)
				values (:w, :a, :user, :item, :rating)
				on conflict (workspace_id, assessment_id, user_id, item) do update set rating = excluded.rating""")
			.param("w", w).param("a", assessment).param("user", user).param("item", item).param("rating", rating)
			.update());
		jdbc.sql("update maturity_raters set answered_at = :now where workspace_id = :w and assessment_id = :a"
				+ " and user_id = :user").param("w", w).param("a", assessment).param("user", user)
			.param("now", Timestamp.from(now)).update();
	}

	boolean close(UUID w, UUID assessment, Instant now) {
		return jdbc.sql("update maturity_assessments set status = 'closed', closed_at = :now"
				+ " where workspace_id = :w and id = :a and status = 'open'").param("w", w).param("a", assessment)
			.param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<Assessment> find(UUID w, UUID id) {
		return jdbc.sql("select * from maturity_assessments where workspace_id = :w and id = :id").param("w", w)
			.param("id", id).query((rs, n) -> row(rs)).optional().map(a -> withRaters(w, a));
	}

	/** The assessment standing for the latest day before {@code asOf}, if any. */
	Optional<Assessment> before(UUID w, Instant asOf) {
		return jdbc.sql("select * from maturity_assessments where workspace_id = :w and as_of < :asOf"
				+ " order by as_of desc, created_at desc limit 1").param("w", w).param("asOf", Timestamp.from(asOf))
			.query((rs, n) -> row(rs)).optional().map(a -> withRaters(w, a));
	}

	/** Newest first (by the day they stand for), at most {@value #MAX_LISTED}. */
	List<Assessment> list(UUID w) {
		List<Assessment> rows = jdbc.sql("select * from maturity_assessments where workspace_id = :w"
				+ " order by as_of desc, created_at desc limit " + MAX_LISTED).param("w", w).query((rs, n) -> row(rs))
			.list();
		return rows.stream().map(a -> withRaters(w, a)).toList();
	}

	private Assessment withRaters(UUID w, Assessment a) {
		Map<UUID, Map<String, Integer>> ratings = new HashMap<>();
		jdbc.sql("select user_id, item, rating from maturity_ratings where workspace_id = :w and assessment_id = :a")
			.param("w", w).param("a", a.id())
			.query((ResultSet rs) -> {
				ratings.computeIfAbsent(rs.getObject("user_id", UUID.class), u -> new LinkedHashMap<>())
					.put(rs.getString("item"), rs.getInt("rating"));
			});
		List<Assessment.Rater> raters = new ArrayList<>(jdbc.sql("""
				select user_id, rater_group, invited_at, answered_at from maturity_raters
				where workspace_id = :w and assessment_id = :a order by invited_at, user_id""")
			.param("w", w).param("a", a.id())
			.query((rs, n) -> {
				UUID user = rs.getObject("user_id", UUID.class);
				Timestamp answered = rs.getTimestamp("answered_at");
				return new Assessment.Rater(user, rs.getString("rater_group"), rs.getTimestamp("invited_at").toInstant(),
						answered == null ? null : answered.toInstant(), ratings.getOrDefault(user, Map.of()));
			}).list());
		return new Assessment(a.id(), a.name(), a.asOf(), a.rubricVersion(), a.evidence(), a.status(), a.createdBy(),
				a.createdAt(), a.closedAt(), raters);
	}

	private Assessment row(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Assessment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getTimestamp("as_of").toInstant(),
				rs.getString("rubric_version"), mapper.readValue(rs.getString("evidence"), EVIDENCE),
				rs.getString("status"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				closed == null ? null : closed.toInstant(), List.of());
	}
}
