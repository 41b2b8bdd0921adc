package io.tajriba.customers.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.Customers.GroupValues;
import io.tajriba.customers.NpsAnswer;
import io.tajriba.customers.SentimentMark;
import io.tajriba.customers.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each customer last told, kept on the customer (the latest NPS answer; the sentiment of the latest text, by
 * marks folded in), and the customers' values summed per value of it by the triggers of V44.
 */
@Repository
public class CustomerSignals {

	private final JdbcClient jdbc;

	CustomerSignals(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		CustomerStore.lockInOrder(jdbc, workspaceId, ids);
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


	/**
	 * The customers' values summed per value of the signal, from the sums kept by the triggers (folded sums and the
	 * deltas not yet folded); for sentiment, customers with a mark not yet folded in are moved to the mark's value
	 * where it is as late. The groups are made in Java.
	 */
	public List<GroupValues> valuesByLatest(UUID workspaceId, Signal signal, int[] groupOfValue) {
		if (groupOfValue.length != signal.max() - signal.min() + 1) {
			throw new IllegalArgumentException("one group for each value from " + signal.min() + " to " + signal.max());
		}
		String marks = signal == Signal.NPS ? "" : """
				union all
				select c.last_sentiment, -1, -c.revenue, -c.revenue * c.revenue, -(c.purchases >= 2)::int,
				  -(c.churned_at is not null)::int
				from customer_sentiment_marks m join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
				where m.workspace_id = :workspace and c.last_sentiment is not null
				union all
				select case when m.written_at >= c.last_sentiment_at or c.last_sentiment_at is null then m.polarity
				  else c.last_sentiment end, 1, c.revenue, c.revenue * c.revenue, (c.purchases >= 2)::int,
				  (c.churned_at is not null)::int
				from customer_sentiment_marks m join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
				where m.workspace_id = :workspace""";
		GroupSums sums = new GroupSums();
		jdbc.sql("""
				select value, sum(n) as n, sum(total) as total, sum(squares) as squares, sum(repurchased) as repurchased,
				  sum(churned) as churned
				from (select value, n, total, squares, repurchased, churned from customer_value_sums
				      where workspace_id = :workspace and signal = :signal
				      union all
				      select value, n, total, squares, repurchased, churned from customer_value_deltas
				      where workspace_id = :workspace and signal = :signal
				      %s) x
				group by value""".formatted(marks))
			.param("workspace", workspaceId).param("signal", signal.ordinal())
			.query((java.sql.ResultSet rs) -> {
				sums.add(groupOfValue[rs.getInt("value") - signal.min()], rs.getLong("n"), rs.getBigDecimal("total"),
						rs.getBigDecimal("squares"), rs.getLong("repurchased"), rs.getLong("churned"));
			});
		return sums.values();
	}

	/** Folds the deltas the triggers appended into the sums; one statement a workspace, none lost or doubled. */
	public void foldValues() {
		jdbc.sql("select distinct workspace_id from customer_value_deltas").query(UUID.class).list()
			.forEach(workspaceId -> jdbc.sql("""
					with moved as (delete from customer_value_deltas where workspace_id = :workspace returning *)
					insert into customer_value_sums (workspace_id, signal, value, n, total, squares, repurchased, churned)
					select workspace_id, signal, value, sum(n), sum(total), sum(squares), sum(repurchased), sum(churned)
					from moved group by 1, 2, 3
					on conflict (workspace_id, signal, value) do update set n = customer_value_sums.n + excluded.n,
					  total = customer_value_sums.total + excluded.total,
					  squares = customer_value_sums.squares + excluded.squares,
					  repurchased = customer_value_sums.repurchased + excluded.repurchased,
					  churned = customer_value_sums.churned + excluded.churned""")
				.param("workspace", workspaceId).update());
	}
}
