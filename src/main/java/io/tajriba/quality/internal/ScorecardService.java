package io.tajriba.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.domain.Scorecard;
import io.tajriba.workspaces.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Scorecards with their versions: everyone reads them; owners, admins and analysts write them. A change of what
 * scores (criteria added or removed, a scale, weight, N/A or critical flag) makes a new version; a change of
 * wording, titles, name or channel rewrites the current version in place.
 */
@Service
public class ScorecardService {

	/** A scorecard's version: {@code version} its number, {@code versionId} what reviews keep. */
	public record Version(UUID id, UUID versionId, int version, Scorecard card, Instant createdAt, Instant updatedAt) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;
	private final Clock clock;

	ScorecardService(JdbcClient jdbc, ObjectMapper mapper, Clock clock) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** The workspace's scorecards at their current versions, by name. */
	public List<Version> list(UUID workspaceId) {
		return jdbc.sql(SELECT + " where s.workspace_id = :w and v.version = s.current_version order by lower(s.name), s.id")
			.param("w", workspaceId).query(this::map).list();
	}

	public Version current(UUID workspaceId, UUID id) {
		return jdbc.sql(SELECT + " where s.workspace_id = :w and s.id = :id and v.version = s.current_version")
			.param("w", workspaceId).param("id", id).query(this::map).optional()
			.orElseThrow(() -> new NotFoundException("Scorecard"));
	}

	public Optional<Version> version(UUID workspaceId, UUID versionId) {
		return jdbc.sql(SELECT + " where s.workspace_id = :w and v.id = :v").param("w", workspaceId)
			.param("v", versionId).query(this::map).optional();
	}

	@Transactional
	public Version create(Access access, Scorecard card) {
		requireWriter(access);
		Instant now = clock.instant();
		UUID id = jdbc.sql("""
				insert into quality_scorecards (workspace_id, name, channel, current_version, created_at, updated_at)
				values (:w, :name, :channel, 1, :now, :now) returning id""")
			.param("w", access.workspaceId()).param("name", card.name()).param("channel", card.channel())
			.param("now", Timestamp.from(now)).query(UUID.class).single();
		insertVersion(access.workspaceId(), id, 1, card, now);
		return current(access.workspaceId(), id);
	}

	@Transactional
	public Version change(Access access, UUID id, Scorecard card) {
		requireWriter(access);
		UUID w = access.workspaceId();
		Version current = jdbc.sql(SELECT + " where s.workspace_id = :w and s.id = :id and v.version = s.current_version"
				+ " for update of s").param("w", w).param("id", id).query(this::map).optional()
			.orElseThrow(() -> new NotFoundException("Scorecard"));
		Instant now = clock.instant();
		int version = current.version();
		if (current.card().needsNewVersion(card)) {
			version++;
			insertVersion(w, id, version, card, now);
		}
		else {
			jdbc.sql("update quality_scorecard_versions set content = cast(:c as jsonb) where workspace_id = :w and id = :v")
				.param("w", w).param("v", current.versionId()).param("c", content(card)).update();
		}
		jdbc.sql("""
				update quality_scorecards set name = :name, channel = :channel, current_version = :version, updated_at = :now
				where workspace_id = :w and id = :id""")
			.param("w", w).param("id", id).param("name", card.name()).param("channel", card.channel())
			.param("version", version).param("now", Timestamp.from(now)).update();
		return current(w, id);
	}

	private void insertVersion(UUID workspaceId, UUID id, int version, Scorecard card, Instant now) {
		jdbc.sql("""
				insert into quality_scorecard_versions (workspace_id, scorecard_id, version, content, created_at)
				values (:w, :id, :version, cast(:c as jsonb), :now)""")
			.param("w", workspaceId).param("id", id).param("version", version).param("c", content(card))
			.param("now", Timestamp.from(now)).update();
	}

	private String content(Scorecard card) {
		return mapper.writeValueAsString(ScorecardCodec.write(card));
	}

	private static final String SELECT = """
			select s.id, s.created_at, s.updated_at, v.id as version_id, v.version, v.content::text as content
			from quality_scorecards s join quality_scorecard_versions v
			  on v.workspace_id = s.workspace_id and v.scorecard_id = s.id""";

	private Version map(ResultSet rs, int row) throws SQLException {
		return new Version(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class), rs.getInt("version"),
				ScorecardCodec.read(mapper.readTree(rs.getString("content"))), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	static void requireWriter(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts may write scorecards and reviews");
		}
	}
}
