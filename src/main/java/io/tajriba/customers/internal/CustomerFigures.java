package io.tajriba.customers.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.Customers.GroupValues;
import io.tajriba.customers.Customers.Headcount;
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

	public List<GroupValues> valuesByGroup(UUID workspaceId, Map<UUID, Integer> groups) {
		UUID[] ids = new UUID[groups.size()];
		Integer[] of = new Integer[groups.size()];
		int i = 0;
		for (var e : groups.entrySet()) {
			ids[i] = e.getKey();
			of[i++] = e.getValue();
		}
		return jdbc.sql("""
				select t.g, count(*) as n, avg(c.revenue) as mean, coalesce(stddev_samp(c.revenue), 0) as sd,
				  count(*) filter (where c.purchases >= 2) as repurchased, count(c.churned_at) as churned
				from unnest(cast(:ids as uuid[]), cast(:groups as int[])) as t(id, g)
				join customers c on c.workspace_id = :workspace and c.id = t.id
				group by t.g order by t.g""")
			.param("workspace", workspaceId).param("ids", ids).param("groups", of)
			.query((rs, n) -> new GroupValues(rs.getInt("g"), rs.getLong("n"), rs.getDouble("mean"), rs.getDouble("sd"),
					rs.getLong("repurchased"), rs.getLong("churned")))
			.list();
	}
}
