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

	public List<InteractionView> list(UUID workspaceId, InteractionFilter filter) {
		return jdbc.sql("""
				select i.event_id, i.customer_id, i.type, c.key, t.name, i.occurred_at, i.agent, i.session_id,
				       i.value, i.currency, i.duration_seconds, i.text, i.properties
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
				order by i.occurred_at desc, i.event_id limit :limit""")
			.param("workspace", workspaceId).param("customer", filter.customerId()).param("type", filter.type())
			.param("channel", filter.channel()).param("touchpoint", filter.touchpoint())
			.param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
			.param("to", filter.to() == null ? null : Timestamp.from(filter.to()))
			.param("limit", filter.limit())
			.query((rs, n) -> new InteractionView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10),
					(Integer) rs.getObject(11), rs.getString(12), rs.getString(13)))
			.list();
	}
}
