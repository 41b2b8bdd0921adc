package io.tajriba.journeys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.journeys.domain.JourneyMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** The journey maps of workspaces, the map itself as JSON. */
@Repository
class JourneyStore {

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	JourneyStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<JourneyRecord> list(UUID workspaceId) {
		return jdbc.sql("""
				select id, persona_id, definition::text, updated_at from journey_maps
				where workspace_id = :workspace order by created_at, id""")
			.param("workspace", workspaceId).query(this::record).list();
	}

	Optional<JourneyRecord> find(UUID workspaceId, UUID id) {
		return jdbc.sql("""
				select id, persona_id, definition::text, updated_at from journey_maps
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).query(this::record).optional();
	}

	JourneyRecord insert(UUID workspaceId, @Nullable UUID personaId, JourneyMap map, Instant now) {
		UUID id = jdbc.sql("""
				insert into journey_maps (workspace_id, name, persona_id, definition, created_at, updated_at)
				values (:workspace, :name, :persona, cast(:definition as jsonb), :now, :now) returning id""")
			.param("workspace", workspaceId).param("name", map.name().en()).param("persona", personaId)
			.param("definition", json.writeValueAsString(map)).param("now", Timestamp.from(now))
			.query(UUID.class).single();
		return new JourneyRecord(id, personaId, map, now);
	}

	boolean update(UUID workspaceId, UUID id, @Nullable UUID personaId, JourneyMap map, Instant now) {
		return jdbc.sql("""
				update journey_maps set name = :name, persona_id = :persona, definition = cast(:definition as jsonb),
				  updated_at = :now
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("name", map.name().en())
			.param("persona", personaId).param("definition", json.writeValueAsString(map))
			.param("now", Timestamp.from(now)).update() == 1;
	}

	/** Takes a transaction-wide lock on the workspace's maps, so that two first visits make one template map. */
	void lock(UUID workspaceId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('journey_maps:' || :workspace, 0))")
			.param("workspace", workspaceId.toString()).query((ResultSet rs) -> {
			});
	}

	private JourneyRecord record(ResultSet rs, int row) throws SQLException {
		return new JourneyRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				json.readValue(rs.getString(3), JourneyMap.class), rs.getTimestamp(4).toInstant());
	}
}
