package io.tajriba.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** The surveys of each workspace. */
@Repository
class SurveyStore {

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	SurveyStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID workspaceId, String name, SurveyDocument definition, Instant now) {
		return jdbc.sql("""
				insert into surveys (workspace_id, name, status, definition, created_at, updated_at)
				values (:workspace, :name, 'draft', cast(:definition as jsonb), :now, :now) returning id""")
			.param("workspace", workspaceId).param("name", name)
			.param("definition", mapper.writeValueAsString(definition)).param("now", utc(now))
			.query(UUID.class).single();
	}

	void update(UUID workspaceId, UUID id, String name, SurveyDocument definition, Instant now) {
		jdbc.sql("""
				update surveys set name = :name, definition = cast(:definition as jsonb), updated_at = :now
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("name", name)
			.param("definition", mapper.writeValueAsString(definition)).param("now", utc(now)).update();
	}

	void status(UUID workspaceId, UUID id, String status, Instant now) {
		jdbc.sql("""
				update surveys set status = :status, updated_at = :now,
				  published_at = case when :status = 'published' then coalesce(published_at, :now) else published_at end,
				  closed_at = case when :status = 'closed' then :now else null end
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("status", status).param("now", utc(now)).update();
	}

	Optional<Survey> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from surveys where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(this::map).optional();
	}

	List<Survey> list(UUID workspaceId) {
		return jdbc.sql("select * from surveys where workspace_id = :workspace order by created_at desc")
			.param("workspace", workspaceId).query(this::map).list();
	}

	private Survey map(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("status"),
				mapper.readValue(rs.getString("definition"), SurveyDocument.class), instant(rs, "created_at"),
				instant(rs, "updated_at"), instant(rs, "published_at"), instant(rs, "closed_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
