package io.tajriba.customers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.CustomerProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listing and searching customers of one workspace, for the pages. */
@Repository
public class CustomerDirectory {

	private final JdbcClient jdbc;

	CustomerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the workspace has a customer of this id (a merged-away id has none). */
	public boolean exists(UUID workspaceId, UUID customerId) {
		return jdbc.sql("select exists (select 1 from customers where workspace_id = :workspace and id = :id)")
			.param("workspace", workspaceId).param("id", customerId).query(Boolean.class).single();
	}

	/**
	 * Customers whose external id, e-mail or phone contains {@code query} (all without one), most recently seen
	 * first. Attributes and identities are left out: a list does not show them.
	 */
	public List<CustomerProfile> search(UUID workspaceId, @Nullable String query, int limit) {
		String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.trim().toLowerCase()) + "%";
		return jdbc.sql("""
				select c.id, c.external_id, c.locale, c.first_seen_at, c.last_seen_at, c.revenue, c.interactions,
				       c.churned_at, c.churn_source
				from customers c
				where c.workspace_id = :workspace
				  and (cast(:pattern as text) is null or exists (
				       select 1 from customer_identities i
				       where i.workspace_id = c.workspace_id and i.customer_id = c.id
				         and lower(i.value) like :pattern escape '\\'))
				order by c.last_seen_at desc nulls last, c.id limit :limit""")
			.param("workspace", workspaceId).param("pattern", pattern).param("limit", limit)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** The external id of each of these customers that exists in the workspace. */
	public Map<UUID, String> externalIds(UUID workspaceId, Collection<UUID> ids) {
		Map<UUID, String> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, external_id from customers where workspace_id = :workspace and id = any(cast(:ids as uuid[]))")
			.param("workspace", workspaceId).param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				found.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return found;
	}

	private static CustomerProfile summary(ResultSet rs) throws SQLException {
		return new CustomerProfile(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("locale"),
				"{}", instant(rs, "first_seen_at"), instant(rs, "last_seen_at"), rs.getBigDecimal("revenue"),
				rs.getLong("interactions"), instant(rs, "churned_at"), List.of(), rs.getString("churn_source"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
