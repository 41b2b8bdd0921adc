package io.tajriba.personas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.personas.Persona;
import io.tajriba.personas.Persona.RuleCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Personas and the assignment of customers to them. */
@Repository
class PersonaStore {

	private static final TypeReference<List<RuleCondition>> RULE = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, String>> TRAITS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	PersonaStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID workspaceId, Persona p, Instant now) {
		return jdbc.sql("""
				insert into personas (workspace_id, name, description, traits, priority, rule, created_at, updated_at)
				values (:workspace, :name, :description, cast(:traits as jsonb), :priority, cast(:rule as jsonb), :now, :now)
				returning id""")
			.param("workspace", workspaceId).param("name", p.name()).param("description", p.description())
			.param("traits", mapper.writeValueAsString(p.traits())).param("priority", p.priority())
			.param("rule", mapper.writeValueAsString(p.rule())).param("now", utc(now))
			.query(UUID.class).single();
	}

	void update(UUID workspaceId, UUID id, Persona p, Instant now) {
		jdbc.sql("""
				update personas set name = :name, description = :description, traits = cast(:traits as jsonb),
				  priority = :priority, rule = cast(:rule as jsonb), updated_at = :now
				where workspace_id = :workspace and id = :id""")
			.param("workspace", workspaceId).param("id", id).param("name", p.name())
			.param("description", p.description()).param("traits", mapper.writeValueAsString(p.traits()))
			.param("priority", p.priority()).param("rule", mapper.writeValueAsString(p.rule()))
			.param("now", utc(now)).update();
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from personas where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).update() > 0;
	}

	boolean nameTaken(UUID workspaceId, String name, UUID except) {
		return jdbc.sql("select count(*) from personas where workspace_id = :workspace and lower(name) = lower(:name) and id <> :id")
			.param("workspace", workspaceId).param("name", name).param("id", except).query(Long.class).single() > 0;
	}

	List<Persona> list(UUID workspaceId) {
		return jdbc.sql("""
				select p.*, (select count(*) from persona_assignments a
				             where a.workspace_id = p.workspace_id and a.persona_id = p.id) as customers
				from personas p where p.workspace_id = :workspace order by p.priority, p.name""")
			.param("workspace", workspaceId).query(this::map).list();
	}

	Optional<Persona> find(UUID workspaceId, UUID id) {
		return list(workspaceId).stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** Replaces every assignment of the workspace with the given ones, in one statement each way. */
	void assign(UUID workspaceId, List<UUID> customers, List<UUID> personas, Instant now) {
		jdbc.sql("delete from persona_assignments where workspace_id = :workspace").param("workspace", workspaceId)
			.update();
		jdbc.sql("""
				insert into persona_assignments (workspace_id, customer_id, persona_id, assigned_at)
				select :workspace, c, p, :now from unnest(cast(:customers as uuid[]), cast(:personas as uuid[])) as a(c, p)""")
			.param("workspace", workspaceId).param("customers", customers.toArray(UUID[]::new))
			.param("personas", personas.toArray(UUID[]::new)).param("now", utc(now)).update();
	}

	Optional<UUID> personaOf(UUID workspaceId, UUID customerId) {
		return jdbc.sql("select persona_id from persona_assignments where workspace_id = :workspace and customer_id = :customer")
			.param("workspace", workspaceId).param("customer", customerId).query(UUID.class).optional();
	}

	private Persona map(ResultSet rs, int row) throws SQLException {
		return new Persona(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				mapper.readValue(rs.getString("traits"), TRAITS), rs.getInt("priority"),
				mapper.readValue(rs.getString("rule"), RULE), rs.getLong("customers"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The customers assigned to the persona. */
	java.util.Set<java.util.UUID> members(java.util.UUID workspaceId, java.util.UUID personaId) {
		return new java.util.HashSet<>(jdbc.sql("""
				select customer_id from persona_assignments where workspace_id = :workspace and persona_id = :persona""")
			.param("workspace", workspaceId).param("persona", personaId).query(java.util.UUID.class).list());
	}

	/** The workspaces that have at least one persona. */
	List<UUID> workspacesWithPersonas() {
		return jdbc.sql("select distinct workspace_id from personas").query(UUID.class).list();
	}
}
