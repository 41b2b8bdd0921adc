package io.tajriba.customers.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.customers.Customers.GroupValues;
import io.tajriba.customers.Customers.Headcount;
import io.tajriba.customers.Customers.PeriodChurn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Figures over all of a workspace's customers, summed in the database rather than streamed one by one. */
@Repository
public class CustomerFigures {

	private final JdbcClient jdbc;

	CustomerFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Headcount headcount(UUID workspaceId) {
		return jdbc.sql("""
				select count(*) as n, count(churned_at) as churned, count(*) filter (where purchases >= 1) as buyers,
				  count(*) filter (where purchases >= 2) as repeat
				from customers where workspace_id = :workspace""")
			.param("workspace", workspaceId)
			.query((rs, n) -> new Headcount(rs.getLong("n"), rs.getLong("churned"), rs.getLong("buyers"),
					rs.getLong("repeat")))
			.single();
	}

	/**
	 * The customers known at {@code from} and not lost before it, and how many of them were lost in [from, to); of
	 * {@code only} these customers when given (a persona's).
	 */
	public PeriodChurn churn(UUID workspaceId, Instant from, Instant to, @Nullable Set<UUID> only) {
		return jdbc.sql("""
				select count(*) as n, count(*) filter (where churned_at < :to) as churned
				from customers
				where workspace_id = :workspace and coalesce(first_seen_at, created_at) < :from
				  and (churned_at is null or churned_at >= :from)
				  and (cast(:only as uuid[]) is null or id = any(cast(:only as uuid[])))""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC)).param("only", only == null ? null : only.toArray(UUID[]::new))
			.query((rs, n) -> new PeriodChurn(rs.getLong("n"), rs.getLong("churned")))
			.single();
	}

	public List<GroupValues> valuesByGroup(UUID workspaceId, Map<UUID, Integer> groups) {
		UUID[] ids = new UUID[groups.size()];
		Integer[] of = new Integer[groups.size()];
		int i = 0;
		for (var e : groups.entrySet()) {
			ids[i] = e.getKey();
			of[i++] = e.getValue();
		}
		GroupSums sums = new GroupSums();
		jdbc.sql("""
				select t.g, %s
				from unnest(cast(:ids as uuid[]), cast(:groups as int[])) as t(id, g)
				join customers c on c.workspace_id = :workspace and c.id = t.id
				group by t.g""".formatted(GroupSums.SQL))
			.param("workspace", workspaceId).param("ids", ids).param("groups", of)
			.query((java.sql.ResultSet rs) -> {
				sums.add(rs.getInt("g"), rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("squares"),
						rs.getLong("repurchased"), rs.getLong("churned"));
			});
		return sums.values();
	}
}
