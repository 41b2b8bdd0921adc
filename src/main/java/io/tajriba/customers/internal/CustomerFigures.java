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
		// one answer per customer (an update changes a row once per statement): the latest, then the higher
		Map<UUID, NpsAnswer> latest = new HashMap<>();
		answers.forEach(a -> latest.merge(a.customerId(), a, (x, y) -> LATER.compare(x, y) >= 0 ? x : y));
		if (latest.isEmpty()) {
			return;
		}
		List<NpsAnswer> rows = List.copyOf(latest.values());
		UUID[] ids = rows.stream().map(NpsAnswer::customerId).toArray(UUID[]::new);
		// lock in one order, as recording activity does, so that two batches wait for each other, never deadlock
		jdbc.sql("""
				select id from customers where workspace_id = :workspace and id = any(:ids)
				order by id for no key update""")
			.param("workspace", workspaceId).param("ids", ids).query(UUID.class).list();
		jdbc.sql("""
				update customers c set last_nps = t.score, last_nps_at = t.at
				from unnest(cast(:ids as uuid[]), cast(:scores as int[]), cast(:ats as timestamptz[])) as t(id, score, at)
				where c.workspace_id = :workspace and c.id = t.id
				  and (c.last_nps_at is null or (t.at, t.score) > (c.last_nps_at, c.last_nps))""")
			.param("workspace", workspaceId).param("ids", ids)
			.param("scores", rows.stream().map(NpsAnswer::score).toArray(Integer[]::new))
			.param("ats", rows.stream().map(a -> Timestamp.from(a.answeredAt())).toArray(Timestamp[]::new))
			.update();
	}

	private static final Comparator<NpsAnswer> LATER = Comparator.comparing(NpsAnswer::answeredAt)
		.thenComparingInt(NpsAnswer::score);

	/** Leaves the sentiment of these customers' latest texts as marks, folded into the customers later. */
	public void recordSentiment(UUID workspaceId, Collection<SentimentMark> marks) {
		Map<UUID, SentimentMark> each = new java.util.TreeMap<>();
		marks.forEach(m -> each.put(m.customerId(), m));
		if (each.isEmpty()) {
			return;
		}
		List<SentimentMark> rows = List.copyOf(each.values());
		jdbc.sql("""
				insert into customer_sentiment_marks as m (workspace_id, customer_id, polarity, written_at)
				select :workspace, t.id, t.polarity, t.at
				from unnest(cast(:ids as uuid[]), cast(:polarities as int[]), cast(:ats as timestamptz[]))
				  as t(id, polarity, at)
				join customers c on c.workspace_id = :workspace and c.id = t.id
				order by t.id
				on conflict (workspace_id, customer_id) do update
				  set polarity = excluded.polarity, written_at = excluded.written_at""")
			.param("workspace", workspaceId)
			.param("ids", rows.stream().map(SentimentMark::customerId).toArray(UUID[]::new))
			.param("polarities", rows.stream().map(SentimentMark::polarity).toArray(Integer[]::new))
			.param("ats", rows.stream().map(m -> Timestamp.from(m.writtenAt())).toArray(Timestamp[]::new))
			.update();
	}

	/**
	 * Folds the sentiment marks into their customers, skipping customers whose rows others hold (their marks wait for
	 * the next fold): it never waits, so it never deadlocks. Answers how many were folded.
	 */
	public int foldSentiment(int limit) {
		return jdbc.sql("""
				with taken as (
				  select c.workspace_id, c.id from customer_sentiment_marks m
				  join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
				  order by c.workspace_id, c.id limit :limit
				  for no key update of c, m skip locked),
				folded as (
				  update customers c set last_sentiment = m.polarity, last_sentiment_at = m.written_at
				  from customer_sentiment_marks m join taken t on t.workspace_id = m.workspace_id and t.id = m.customer_id
				  where c.workspace_id = m.workspace_id and c.id = m.customer_id
				    and (c.last_sentiment_at is null or m.written_at >= c.last_sentiment_at)
				  returning c.id)
				delete from customer_sentiment_marks m using taken t
				where m.workspace_id = t.workspace_id and m.customer_id = t.id""")
			.param("limit", limit).update();
	}

	public List<GroupValues> valuesByLatest(UUID workspaceId, Signal signal, int[] groupOfValue) {
		if (groupOfValue.length != signal.max() - signal.min() + 1) {
			throw new IllegalArgumentException("one group for each value from " + signal.min() + " to " + signal.max());
		}
		// the customers' own value; for sentiment, a mark not yet folded in counts where it is as late
		String value = signal == Signal.NPS ? "c.last_nps" : """
				case when m.written_at >= c.last_sentiment_at or c.last_sentiment_at is null then m.polarity
				  else c.last_sentiment end""";
		String marks = signal == Signal.NPS ? "" : """
				left join customer_sentiment_marks m on m.workspace_id = c.workspace_id and m.customer_id = c.id""";
		return jdbc.sql("""
				select (cast(:groups as int[]))[v.value - :min + 1] as g, count(*) as n, avg(v.revenue) as mean,
				  coalesce(stddev_samp(v.revenue), 0) as sd, count(*) filter (where v.purchases >= 2) as repurchased,
				  count(v.churned_at) as churned
				from (select coalesce(%s, %s) as value, c.revenue, c.purchases, c.churned_at
				      from customers c %s where c.workspace_id = :workspace) v
				where v.value is not null
				group by 1 order by 1""".formatted(value, signal == Signal.NPS ? "null" : "c.last_sentiment", marks))
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
