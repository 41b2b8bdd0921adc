package io.tajriba.customers.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.Customers.GroupValues;
import io.tajriba.customers.Customers.Headcount;
import io.tajriba.customers.NpsAnswer;
import io.tajriba.customers.SentimentMark;
import io.tajriba.customers.Signal;
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

	public void recordNps(UUID workspaceId, Collection<NpsAnswer> answers) {
		// one answer per customer (an upsert changes a row once per statement): the latest, then the higher
		Map<UUID, NpsAnswer> latest = new HashMap<>();
		answers.forEach(a -> latest.merge(a.customerId(), a, (x, y) -> LATER.compare(x, y) >= 0 ? x : y));
		List<NpsAnswer> rows = List.copyOf(latest.values());
		keep(workspaceId, "nps", rows.stream().map(NpsAnswer::customerId).toArray(UUID[]::new),
				rows.stream().map(NpsAnswer::score).toArray(Integer[]::new),
				rows.stream().map(a -> Timestamp.from(a.answeredAt())).toArray(Timestamp[]::new),
				"(excluded.last_nps_at, excluded.last_nps) > (s.last_nps_at, s.last_nps)");
	}

	private static final Comparator<NpsAnswer> LATER = Comparator.comparing(NpsAnswer::answeredAt)
		.thenComparingInt(NpsAnswer::score);

	public void recordSentiment(UUID workspaceId, Collection<SentimentMark> marks) {
		Map<UUID, SentimentMark> each = new HashMap<>();
		marks.forEach(m -> each.put(m.customerId(), m));
		List<SentimentMark> rows = List.copyOf(each.values());
		keep(workspaceId, "sentiment", rows.stream().map(SentimentMark::customerId).toArray(UUID[]::new),
				rows.stream().map(SentimentMark::polarity).toArray(Integer[]::new),
				rows.stream().map(m -> Timestamp.from(m.writtenAt())).toArray(Timestamp[]::new), "true");
	}

	/**
	 * Keeps a signal of these customers (those that still exist), in customer order so that two batches touching
	 * the same customers wait for each other instead of deadlocking; an existing value is replaced when
	 * {@code replace} holds.
	 */
	private void keep(UUID workspaceId, String signal, UUID[] ids, Integer[] values, Timestamp[] ats, String replace) {
		if (ids.length == 0) {
			return;
		}
		jdbc.sql("""
				insert into customer_signals as s (workspace_id, customer_id, last_%1$s, last_%1$s_at)
				select :workspace, t.id, t.value, t.at
				from unnest(cast(:ids as uuid[]), cast(:values as int[]), cast(:ats as timestamptz[])) as t(id, value, at)
				join customers c on c.workspace_id = :workspace and c.id = t.id
				order by t.id
				on conflict (workspace_id, customer_id) do update
				  set last_%1$s = excluded.last_%1$s, last_%1$s_at = excluded.last_%1$s_at
				  where s.last_%1$s_at is null or %2$s""".formatted(signal, replace))
			.param("workspace", workspaceId).param("ids", ids).param("values", values).param("ats", ats)
			.update();
	}

	public List<GroupValues> valuesByLatest(UUID workspaceId, Signal signal, int[] groupOfValue) {
		if (groupOfValue.length != signal.max() - signal.min() + 1) {
			throw new IllegalArgumentException("one group for each value from " + signal.min() + " to " + signal.max());
		}
		String column = signal.column();
		return jdbc.sql("""
				select (cast(:groups as int[]))[s.%1$s - :min + 1] as g, count(*) as n, avg(c.revenue) as mean,
				  coalesce(stddev_samp(c.revenue), 0) as sd, count(*) filter (where c.purchases >= 2) as repurchased,
				  count(c.churned_at) as churned
				from customer_signals s join customers c on c.workspace_id = s.workspace_id and c.id = s.customer_id
				where s.workspace_id = :workspace and s.%1$s is not null
				group by 1 order by 1""".formatted(column))
			.param("workspace", workspaceId).param("min", signal.min())
			.param("groups", java.util.Arrays.stream(groupOfValue).boxed().toArray(Integer[]::new))
			.query((rs, n) -> new GroupValues(rs.getInt("g"), rs.getLong("n"), rs.getDouble("mean"), rs.getDouble("sd"),
					rs.getLong("repurchased"), rs.getLong("churned")))
			.list();
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
