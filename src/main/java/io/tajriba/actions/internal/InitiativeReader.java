package io.tajriba.actions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What actions need to know of the workspace's initiatives: whether one exists, their titles, and how many are
 * running and finished for an insight. Initiatives themselves are kept elsewhere; this only reads them. */
@Repository
public class InitiativeReader {

	/** An initiative as a choice in a form or a filter. */
	public record Choice(UUID id, String title, String status) {
	}

	private final JdbcClient jdbc;

	InitiativeReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(UUID workspaceId, UUID id) {
		return jdbc.sql("select exists (select 1 from initiatives where workspace_id = :w and id = :id)")
			.param("w", workspaceId).param("id", id).query(Boolean.class).single();
	}

	/** The workspace's initiatives, by title: cancelled ones last. */
	public List<Choice> choices(UUID workspaceId) {
		return jdbc.sql("""
				select id, title, status from initiatives where workspace_id = :w
				order by status = 'cancelled', lower(title), id""")
			.param("w", workspaceId)
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("status")))
			.list();
	}

	Map<UUID, String> titles(UUID workspaceId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, title from initiatives where workspace_id = :w and id = any(:ids)")
			.param("w", workspaceId).param("ids", ids.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("title"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** How many initiatives started from the insight are running, and how many finished. */
	int[] counts(UUID workspaceId, String kind, String ref) {
		return jdbc.sql("""
				select count(*) filter (where status = 'running') as running,
				  count(*) filter (where status = 'finished') as finished
				from initiatives where workspace_id = :w and insight_kind = :kind and insight_ref = :ref""")
			.param("w", workspaceId).param("kind", kind).param("ref", ref)
			.query((rs, n) -> new int[] { rs.getInt("running"), rs.getInt("finished") }).single();
	}
}
