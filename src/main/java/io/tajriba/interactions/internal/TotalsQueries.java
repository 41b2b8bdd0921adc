package io.tajriba.interactions.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tajriba.interactions.InteractionTotals;
import io.tajriba.interactions.InteractionTotals.TypeTotal;
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

	public InteractionTotals totals(UUID workspaceId, Instant from, Instant to) {
		Map<String, TypeTotal> byType = new HashMap<>();
		days.sums(workspaceId, from, to).forEach(s -> byType.put(s.type(), s.total()));
		return new InteractionTotals(byType);
	}
}
