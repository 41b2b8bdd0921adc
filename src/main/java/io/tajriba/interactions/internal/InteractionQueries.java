package io.tajriba.interactions.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.InteractionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading interactions back, newest first, always within one workspace. */
@Repository
public class InteractionQueries {

	private final JdbcClient jdbc;

	InteractionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SELECT = """
			select i.event_id, i.customer_id, i.type, c.key, t.name, i.occurred_at, i.agent, i.session_id,
			       i.value, i.currency, i.duration_seconds, i.text, i.properties
			from interactions i
			join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
			left join touchpoints t on t.workspace_id = i.workspace_id and t.id = i.touchpoint_id
			""";

	public java.util.Optional<InteractionView> find(UUID workspaceId, String eventId) {
		return jdbc.sql(SELECT + "where i.workspace_id = :workspace and i.event_id = :id")
			.param("workspace", workspaceId).param("id", eventId).query(InteractionQueries::map).optional();
	}

	/**
	 * The interactions of one stored batch (received at that instant) of these types that occurred in [from, to],
	 * read by time so that the range bounds the work.
	 */
	public void batch(UUID workspaceId, java.time.Instant receivedAt, java.time.Instant from, java.time.Instant to,
			java.util.Set<String> types, java.util.function.Consumer<InteractionView> each) {
		// a stream holds its connection until closed, inside a transaction or not
		try (var rows = jdbc.sql(SELECT + """
				where i.workspace_id = :workspace and i.occurred_at >= :from and i.occurred_at <= :to
				  and i.received_at = :received and i.type = any(:types)""")
			.param("workspace", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("received", Timestamp.from(receivedAt)).param("types", types.toArray(String[]::new))
			.query(InteractionQueries::map).stream()) {
			rows.forEach(each);
		}
	}

	/** The distinct agents the interactions of one recorded batch name. */
	public java.util.List<String> agentsOf(UUID workspaceId, java.time.Instant receivedAt, java.time.Instant from,
			java.time.Instant to) {
		return jdbc.sql("""
				select distinct agent from interactions
				where workspace_id = :workspace and occurred_at >= :from and occurred_at <= :to
				  and received_at = :received and agent is not null""")
			.param("workspace", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("received", Timestamp.from(receivedAt)).query(String.class).list();
	}

	/** The interactions of these types that occurred in [from, to), oldest first, at most {@code limit}. */
	public void between(UUID workspaceId, java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
			int limit, java.util.function.Consumer<InteractionView> each) {
		try (var rows = jdbc.sql(SELECT + """
				where i.workspace_id = :workspace and i.occurred_at >= :from and i.occurred_at < :to
				  and (cardinality(cast(:types as text[])) = 0 or i.type = any(:types))
				order by i.occurred_at limit :limit""")
			.param("workspace", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("types", types.toArray(String[]::new)).param("limit", limit)
			.query(InteractionQueries::map).stream()) {
			rows.forEach(each);
		}
	}

	/** The interactions that name an agent and occurred in [from, to), by agent and time, streamed. */
	public void served(UUID workspaceId, java.time.Instant from, java.time.Instant to,
			java.util.function.Consumer<io.tajriba.interactions.ServedInteraction> each) {
		try (var rows = jdbc.sql("""
				select i.event_id, i.agent, c.key, i.customer_id, i.occurred_at
				from interactions i
				join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
				where i.workspace_id = :workspace and i.occurred_at >= :from and i.occurred_at < :to
				  and i.agent is not null
				order by i.agent, i.occurred_at, i.event_id""")
			.param("workspace", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new io.tajriba.interactions.ServedInteraction(rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.stream()) {
			rows.forEach(each);
		}
	}

	public List<InteractionView> list(UUID workspaceId, InteractionFilter filter) {
		return jdbc.sql(SELECT + """
				where i.workspace_id = :workspace
				  and (cast(:customer as uuid) is null or i.customer_id = :customer)
				  and (cast(:type as text) is null or i.type = :type)
				  and (cast(:channel as text) is null or c.key = :channel)
				  and (cast(:touchpoint as text) is null or t.name = :touchpoint)
				  and (cast(:from as timestamptz) is null or i.occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or i.occurred_at < :to)
				order by i.occurred_at desc, i.event_id limit :limit""")
			.param("workspace", workspaceId).param("customer", filter.customerId()).param("type", filter.type())
			.param("channel", filter.channel()).param("touchpoint", filter.touchpoint())
			.param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
			.param("to", filter.to() == null ? null : Timestamp.from(filter.to()))
			.param("limit", filter.limit())
			.query(InteractionQueries::map)
			.list();
	}

	private static InteractionView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new InteractionView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
				rs.getBigDecimal(9), rs.getString(10), (Integer) rs.getObject(11), rs.getString(12), rs.getString(13));
	}
}
