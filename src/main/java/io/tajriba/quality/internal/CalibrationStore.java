package io.tajriba.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.quality.internal.CalibrationService.Item;
import io.tajriba.quality.internal.CalibrationService.Score;
import io.tajriba.quality.internal.CalibrationService.Session;
import io.tajriba.quality.internal.CalibrationService.Summary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The rows of calibration sessions, their interactions, reviewers and scores. */
@Repository
class CalibrationStore {

	private static final String SESSION = """
			select c.*, v.version from quality_calibrations c join quality_scorecard_versions v
			  on v.workspace_id = c.workspace_id and v.id = c.version_id""";

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	CalibrationStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID w, String name, ScorecardService.Version card, String actor, @Nullable UUID user, Instant now,
			List<Item> items, List<UUID> reviewers) {
		UUID id = jdbc.sql("""
				insert into quality_calibrations (workspace_id, name, scorecard_id, version_id, status, created_by,
				  created_by_user, created_at)
				values (:w, :name, :card, :version, 'open', :actor, :user, :now) returning id""")
			.param("w", w).param("name", name).param("card", card.id()).param("version", card.versionId())
			.param("actor", actor).param("user", user).param("now", Timestamp.from(now)).query(UUID.class).single();
		for (Item item : items) {
			jdbc.sql("""
					insert into quality_calibration_items (workspace_id, calibration_id, position, interaction_id, agent_id)
					values (:w, :id, :position, :interaction, :agent)""")
				.param("w", w).param("id", id).param("position", item.position()).param("interaction", item.interaction())
				.param("agent", item.agent()).update();
		}
		for (int i = 0; i < reviewers.size(); i++) {
			jdbc.sql("""
					insert into quality_calibration_reviewers (workspace_id, calibration_id, user_id, position)
					values (:w, :id, :user, :position)""")
				.param("w", w).param("id", id).param("user", reviewers.get(i)).param("position", i).update();
		}
		return id;
	}

	Optional<Session> find(UUID w, UUID id, boolean lock) {
		Optional<Session> session = jdbc.sql(SESSION + " where c.workspace_id = :w and c.id = :id"
				+ (lock ? " for update of c" : "")).param("w", w).param("id", id).query(this::session).optional();
		return session.map(s -> new Session(s.id(), s.name(), s.scorecard(), s.versionId(), s.version(), s.status(),
				s.createdBy(), s.createdByUser(), s.createdAt(), s.closedAt(), items(w, id), reviewers(w, id)));
	}

	/** The sessions, newest first, with how many scores are in and how many of them are the caller's. */
	List<Summary> list(UUID w, @Nullable UUID me) {
		return jdbc.sql(SESSION.replace("select c.*, v.version", """
				select c.*, v.version, s.name as scorecard_name,
				  (select count(*) from quality_calibration_items i where i.workspace_id = c.workspace_id
				    and i.calibration_id = c.id) as items,
				  (select count(*) from quality_calibration_reviewers r where r.workspace_id = c.workspace_id
				    and r.calibration_id = c.id) as reviewers,
				  (select count(*) from quality_calibration_scores x where x.workspace_id = c.workspace_id
				    and x.calibration_id = c.id) as submitted,
				  (select count(*) from quality_calibration_scores x where x.workspace_id = c.workspace_id
				    and x.calibration_id = c.id and x.reviewer_user = :me) as mine,
				  exists (select 1 from quality_calibration_reviewers r where r.workspace_id = c.workspace_id
				    and r.calibration_id = c.id and r.user_id = :me) as listed""")
				+ " join quality_scorecards s on s.workspace_id = c.workspace_id and s.id = c.scorecard_id"
				+ " where c.workspace_id = :w order by c.created_at desc, c.id limit 200")
			.param("w", w).param("me", me)
			.query((rs, row) -> new Summary(session(rs, row), rs.getString("scorecard_name"), rs.getInt("items"),
					rs.getInt("reviewers"), rs.getInt("submitted"), rs.getInt("mine"), rs.getBoolean("listed")))
			.list();
	}

	/** Adds a score; false when the reviewer had already scored this interaction. */
	boolean insertScore(UUID w, UUID id, Score score) {
		return jdbc.sql("""
				insert into quality_calibration_scores (workspace_id, calibration_id, interaction_id, reviewer_user,
				  answers, comments, score, auto_failed, submitted_at)
				values (:w, :id, :interaction, :reviewer, cast(:answers as jsonb), cast(:comments as jsonb), :score,
				  cast(:failed as jsonb), :at)
				on conflict do nothing""")
			.param("w", w).param("id", id).param("interaction", score.interaction()).param("reviewer", score.reviewer())
			.param("answers", answersJson(score.answers())).param("comments", mapper.writeValueAsString(score.comments()))
			.param("score", score.score()).param("failed", mapper.writeValueAsString(score.autoFailed()))
			.param("at", Timestamp.from(score.submittedAt())).update() == 1;
	}

	List<Score> scores(UUID w, UUID id) {
		return jdbc.sql("""
				select s.* from quality_calibration_scores s join quality_calibration_reviewers r
				  on r.workspace_id = s.workspace_id and r.calibration_id = s.calibration_id and r.user_id = s.reviewer_user
				where s.workspace_id = :w and s.calibration_id = :id order by r.position, s.interaction_id""")
			.param("w", w).param("id", id).query(this::score).list();
	}

	void close(UUID w, UUID id, Instant now) {
		jdbc.sql("update quality_calibrations set status = 'closed', closed_at = :now where workspace_id = :w and id = :id")
			.param("w", w).param("id", id).param("now", Timestamp.from(now)).update();
	}

	private List<Item> items(UUID w, UUID id) {
		return jdbc.sql("select * from quality_calibration_items where workspace_id = :w and calibration_id = :id "
				+ "order by position").param("w", w).param("id", id)
			.query((rs, row) -> new Item(rs.getInt("position"), rs.getString("interaction_id"),
					rs.getObject("agent_id", UUID.class)))
			.list();
	}

	private List<UUID> reviewers(UUID w, UUID id) {
		return jdbc.sql("select user_id from quality_calibration_reviewers where workspace_id = :w and calibration_id = :id "
				+ "order by position").param("w", w).param("id", id).query(UUID.class).list();
	}

	private Session session(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Session(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("scorecard_id", UUID.class),
				rs.getObject("version_id", UUID.class), rs.getInt("version"), rs.getString("status"),
				rs.getString("created_by"), rs.getObject("created_by_user", UUID.class), rs.getTimestamp("created_at").toInstant(),
				closed == null ? null : closed.toInstant(), List.of(), List.of());
	}

	private Score score(ResultSet rs, int row) throws SQLException {
		Map<String, @Nullable Integer> answers = new LinkedHashMap<>();
		mapper.readTree(rs.getString("answers")).properties().forEach(e -> answers.put(e.getKey(),
				e.getValue().isNull() ? null : e.getValue().asInt()));
		Map<String, String> comments = new LinkedHashMap<>();
		mapper.readTree(rs.getString("comments")).properties().forEach(e -> comments.put(e.getKey(),
				e.getValue().asString()));
		List<String> failed = new java.util.ArrayList<>();
		for (JsonNode key : mapper.readTree(rs.getString("auto_failed"))) {
			failed.add(key.asString());
		}
		return new Score(rs.getString("interaction_id"), rs.getObject("reviewer_user", UUID.class), answers, comments,
				(Double) rs.getObject("score"), List.copyOf(failed), rs.getTimestamp("submitted_at").toInstant());
	}

	/** The answers as JSON with N/A kept as null (the application's JSON leaves nulls out). */
	private static String answersJson(Map<String, @Nullable Integer> answers) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		answers.forEach((key, point) -> {
			if (point == null) {
				node.putNull(key);
			}
			else {
				node.put(key, point);
			}
		});
		return node.toString();
	}
}
