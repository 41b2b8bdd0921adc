package io.tajriba.interactions.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.domain.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** The interactions explorer: pages by keyset, newest first, and counts by type and channel of a filter. */
@Repository
public class ExplorerQueries {

	/** How many interactions of a type (channel null) or of a channel (type null) the filter matches. */
	public record Count(@Nullable String type, @Nullable String channel, long count) {
	}

	private static final String FROM_WHERE = """
			from interactions i
			join channels c on c.workspace_id = i.workspace_id and c.id = i.channel_id
			left join touchpoints t on t.workspace_id = i.workspace_id and t.id = i.touchpoint_id
			where i.workspace_id = :workspace
			  and (cast(:customer as uuid) is null or i.customer_id = :customer)
			  and (cast(:type as text) is null or i.type = :type)
			  and (cast(:channel as text) is null or c.key = :channel)
			  and (cast(:touchpoint as text) is null or t.name = :touchpoint)
			  and (cast(:from as timestamptz) is null or i.occurred_at >= :from)
			  and (cast(:to as timestamptz) is null or i.occurred_at < :to)
			""";

	private final JdbcClient jdbc;

	ExplorerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** At most {@code filter.limit()} interactions older than the cursor (from the newest without one). */
	public List<InteractionView> page(UUID workspaceId, InteractionFilter filter, @Nullable Cursor before) {
		return bind(jdbc.sql("""
				select i.event_id, i.customer_id, i.type, c.key, t.name, i.occurred_at, i.agent, i.session_id,
				       i.value, i.currency, i.duration_seconds, i.text, i.properties
				""" + FROM_WHERE + """
				  and (cast(:beforeAt as timestamptz) is null or (i.occurred_at, i.event_id) < (:beforeAt, :beforeId))
				order by i.occurred_at desc, i.event_id desc limit :limit"""), workspaceId, filter)
			.param("beforeAt", before == null ? null : Timestamp.from(before.occurredAt()))
			.param("beforeId", before == null ? null : before.eventId())
			.param("limit", filter.limit())
			.query((rs, n) -> new InteractionView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10),
					(Integer) rs.getObject(11), rs.getString(12), rs.getString(13)))
			.list();
	}

	/** Counts of the whole filter (not only of a page), largest first. */
	public List<Count> counts(UUID workspaceId, InteractionFilter filter) {
		return bind(jdbc.sql("select i.type, c.key, count(*) " + FROM_WHERE
				+ " group by grouping sets ((i.type), (c.key)) order by count(*) desc, 1, 2"), workspaceId, filter)
			.query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	private static StatementSpec bind(StatementSpec sql, UUID workspaceId, InteractionFilter filter) {
		return sql.param("workspace", workspaceId).param("customer", filter.customerId())
			.param("type", filter.type()).param("channel", filter.channel()).param("touchpoint", filter.touchpoint())
			.param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
			.param("to", filter.to() == null ? null : Timestamp.from(filter.to()));
	}
}
