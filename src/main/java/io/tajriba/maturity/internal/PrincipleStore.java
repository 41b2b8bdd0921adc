package io.tajriba.maturity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.maturity.domain.Principle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The workspace's CX principles, in the order they were written. */
@Repository
class PrincipleStore {

	/** A stored principle. */
	record Stored(UUID id, Principle principle, String createdBy, Instant createdAt) {
	}

	private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	PrincipleStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	List<Stored> list(UUID w) {
		return jdbc.sql("""
				select id, statement::text as statement, criteria, stages, created_by, created_at from cx_principles
				where workspace_id = :w order by position, created_at""")
			.param("w", w).query(this::map).list();
	}

	Optional<Stored> find(UUID w, UUID id) {
		return jdbc.sql("""
				select id, statement::text as statement, criteria, stages, created_by, created_at from cx_principles
				where workspace_id = :w and id = :id""")
			.param("w", w).param("id", id).query(this::map).optional();
	}

	long count(UUID w) {
		return jdbc.sql("select count(*) from cx_principles where workspace_id = :w").param("w", w).query(Long.class)
			.single();
	}

	UUID insert(UUID w, Principle p, String actor, Instant now) {
		return jdbc.sql("""
				insert into cx_principles (workspace_id, statement, criteria, stages, position, created_by, created_at)
				values (:w, cast(:statement as jsonb), :criteria, :stages,
				  (select coalesce(max(position), 0) + 1 from cx_principles where workspace_id = :w), :actor, :now)
				returning id""")
			.param("w", w).param("statement", mapper.writeValueAsString(p.statement()))
			.param("criteria", p.criteria().toArray(String[]::new)).param("stages", p.stages().toArray(String[]::new))
			.param("actor", actor).param("now", Timestamp.from(now)).query(UUID.class).single();
	}

	boolean delete(UUID w, UUID id) {
		return jdbc.sql("delete from cx_principles where workspace_id = :w and id = :id").param("w", w).param("id", id)
			.update() == 1;
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		Principle principle = new Principle(mapper.readValue(rs.getString("statement"), TEXT),
				Arrays.asList((String[]) rs.getArray("criteria").getArray()),
				Arrays.asList((String[]) rs.getArray("stages").getArray()));
		return new Stored(rs.getObject("id", UUID.class), principle, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
