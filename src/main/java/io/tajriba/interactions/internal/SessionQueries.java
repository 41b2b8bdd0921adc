package io.tajriba.interactions.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tajriba.interactions.SessionTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions of a period: distinct session ids, and those with a bounce or a conversion among their interactions. */
@Repository
public class SessionQueries {

	private final JdbcClient jdbc;

	SessionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SessionTotals sessions(UUID workspaceId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(distinct session_id) as sessions,
				  count(distinct session_id) filter (where type = 'bounce') as bounced,
				  count(distinct session_id) filter (where type = 'conversion') as converted
				from interactions
				where workspace_id = :workspace and occurred_at >= :from and occurred_at < :to
				  and session_id is not null""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new SessionTotals(rs.getLong("sessions"), rs.getLong("bounced"), rs.getLong("converted")))
			.single();
	}
}
