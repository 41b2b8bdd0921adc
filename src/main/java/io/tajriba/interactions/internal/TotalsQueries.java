package io.tajriba.interactions.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.interactions.InteractionTotals;
import io.tajriba.interactions.InteractionTotals.TypeTotal;
import io.tajriba.interactions.Purchasers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of the interactions of a period, per type. */
@Repository
public class TotalsQueries {

	private final JdbcClient jdbc;
	private final InteractionDays days;

	TotalsQueries(JdbcClient jdbc, InteractionDays days) {
		this.jdbc = jdbc;
		this.days = days;
	}

	/** The channels and touchpoint names with interactions in [from, to). */
	public io.tajriba.interactions.Interactions.Reach reach(UUID workspaceId, Instant from, Instant to) {
		return jdbc.sql("""
				with used as (
				  select channel_id, touchpoint_id from interactions
				  where workspace_id = :workspace and occurred_at >= :from and occurred_at < :to
				  group by channel_id, touchpoint_id)
				select count(distinct u.channel_id) as channels, count(distinct t.name) as touchpoints
				from used u left join touchpoints t on t.workspace_id = :workspace and t.id = u.touchpoint_id""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new io.tajriba.interactions.Interactions.Reach(rs.getLong("channels"),
					rs.getLong("touchpoints")))
			.single();
	}

	/** The sums straight from the raw interactions: what the daily sums must always equal. */
	InteractionTotals rawTotals(UUID workspaceId, Instant from, Instant to) {
		Map<String, TypeTotal> byType = new HashMap<>();
		jdbc.sql("""
				select type, count(*) as n, coalesce(sum(value), 0) as value,
				  coalesce(sum(duration_seconds), 0) as seconds, count(duration_seconds) as timed
				from interactions where workspace_id = :workspace and occurred_at >= :from and occurred_at < :to
				group by type""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((java.sql.ResultSet rs) -> {
				byType.put(rs.getString("type"), new TypeTotal(rs.getLong("n"), rs.getBigDecimal("value"),
						rs.getLong("seconds"), rs.getLong("timed")));
			});
		return new InteractionTotals(byType);
	}

	/**
	 * The customers who bought in [from, to) and those of them who bought at least twice in it; of {@code only}
	 * these customers when given, in this channel and at this touchpoint when given.
	 */
	public Purchasers purchasers(UUID workspaceId, Instant from, Instant to, @Nullable String channel,
			@Nullable String touchpoint, @Nullable Set<UUID> only) {
		return jdbc.sql("""
				select count(*) as buyers, count(*) filter (where n >= 2) as repeat
				from (select customer_id, count(*) as n from interactions
				      where workspace_id = :workspace and type = 'purchase' and occurred_at >= :from
				        and occurred_at < :to and customer_id is not null
				        and (cast(:channel as text) is null or channel_id in (
				          select id from channels where workspace_id = :workspace and key = :channel))
				        and (cast(:touchpoint as text) is null or touchpoint_id in (
				          select id from touchpoints where workspace_id = :workspace and name = :touchpoint))
				        and (cast(:only as uuid[]) is null or customer_id = any(cast(:only as uuid[])))
				      group by customer_id) p""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC)).param("channel", channel).param("touchpoint", touchpoint)
			.param("only", only == null ? null : only.toArray(UUID[]::new))
			.query((rs, n) -> new Purchasers(rs.getLong("buyers"), rs.getLong("repeat")))
			.single();
	}

	/**
	 * How many customers had an interaction in [from, to) at any of {@code values} of one dimension: channel keys,
	 * touchpoint names or agents ({@code dimension} channel, touchpoint, agent).
	 */
	public long customersAt(UUID workspaceId, Instant from, Instant to, String dimension, Set<String> values) {
		String where = switch (dimension) {
			case "channel" -> "channel_id in (select id from channels where workspace_id = :workspace and key = any(:values))";
			case "touchpoint" ->
				"touchpoint_id in (select id from touchpoints where workspace_id = :workspace and name = any(:values))";
			case "agent" -> "agent = any(:values)";
			default -> throw new IllegalArgumentException("no dimension " + dimension);
		};
		return jdbc.sql("select count(distinct customer_id) from interactions where workspace_id = :workspace "
				+ "and occurred_at >= :from and occurred_at < :to and customer_id is not null and " + where)
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC)).param("values", values.toArray(String[]::new))
			.query(Long.class).single();
	}

	public InteractionTotals totals(UUID workspaceId, Instant from, Instant to) {
		Map<String, TypeTotal> byType = new HashMap<>();
		days.sums(workspaceId, from, to).forEach(s -> byType.put(s.type(), s.total()));
		return new InteractionTotals(byType);
	}
}
